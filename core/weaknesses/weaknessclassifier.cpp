#include "weaknesses/weaknessclassifier.h"

#include <algorithm>

namespace Dz
{

WeaknessClassifier::WeaknessClassifier(WeaknessCatalog catalog)
    : m_catalog(std::move(catalog))
{
}

WeaknessClassification WeaknessClassifier::classify(QStringView headline, QStringView detail) const
{
    WeaknessClassification result;
    double best = 0;
    double second = 0;
    for (const WeaknessTheme &theme : m_catalog.themes()) {
        double score = 0;
        QStringList cues;
        for (const SchemeCue &cue : theme.cues) {
            const double weight = (headline.contains(cue.term) ? cue.weight : 0) + (detail.contains(cue.term) ? cue.weight * m_catalog.detailWeight() : 0);
            if (weight > 0) {
                score += weight;
                cues.append(cue.term);
            }
        }
        if (score > best) {
            second = best;
            best = score;
            result.theme = theme.id;
            result.cues = cues;
        } else if (score > second) {
            second = score;
        }
    }
    if (best < m_catalog.themeThreshold())
        return {};
    // Strength (saturating at twice the threshold) times the lead over the runner-up.
    const double strength = std::min(1.0, best / (2 * m_catalog.themeThreshold()));
    const double lead = best / (best + second);
    result.confidence = strength * lead;
    return result;
}

} // namespace Dz
