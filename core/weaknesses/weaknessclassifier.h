#pragma once

#include "weaknesses/weaknesscatalog.h"

#include <QString>
#include <QStringList>

namespace Dz
{

/// Which weakness theme an item is about, how sure, and why.
struct WeaknessClassification {
    QString theme; ///< empty when no theme reaches the catalog's threshold
    double confidence = 0;
    QStringList cues; ///< the chosen theme's terms found in the item
};

/**
 * Scores an item against each theme of a WeaknessCatalog: a cue in the
 * headline counts its weight, a cue in the explanation the catalog's
 * detailWeight of it. The best theme wins when it reaches the threshold;
 * confidence grows with its score and its lead over the runner-up.
 */
class WeaknessClassifier
{
public:
    explicit WeaknessClassifier(WeaknessCatalog catalog);

    const WeaknessCatalog &catalog() const
    {
        return m_catalog;
    }

    WeaknessClassification classify(QStringView headline, QStringView detail) const;

private:
    WeaknessCatalog m_catalog;
};

} // namespace Dz
