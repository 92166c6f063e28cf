#include "weaknesses/weaknessextractor.h"

#include "indicators/sectionscope.h"
#include "weaknesses/weaknesssplitter.h"

using namespace Qt::StringLiterals;

namespace Dz
{

QString weaknessKindName(WeaknessKind kind)
{
    return kind == WeaknessKind::Cause ? u"cause"_s : u"shortcoming"_s;
}

WeaknessExtractor::WeaknessExtractor(WeaknessCatalog catalog)
    : m_classifier(*WeaknessClassifier::of(catalog))
{
}

ReportWeaknesses WeaknessExtractor::extract(const Report &report, const ReportClassification &classification) const
{
    ReportWeaknesses result;
    result.filePath = report.filePath;
    result.district = report.metadata.district.value;
    result.year = report.year();

    const QList<SectionScope> scopes = SectionScope::of(report, classification);
    result.missing = std::none_of(scopes.begin(), scopes.end(), [this](const SectionScope &scope) {
        return scope.part == catalog().part();
    });
    result.items = WeaknessSplitter(m_classifier).split(report, scopes);
    const QStringView text = report.matchText;
    for (WeaknessItem &item : result.items) {
        // The explanation is the item's span around its headline.
        const QString detail = text.mid(item.span.start, qMax<qsizetype>(0, item.headlineSpan.start - item.span.start))
            + text.mid(item.headlineSpan.end, qMax<qsizetype>(0, item.span.end - item.headlineSpan.end));
        const WeaknessClassification c = m_classifier.classify(text.mid(item.headlineSpan.start, item.headlineSpan.length()), detail);
        item.theme = c.theme();
        item.confidence = c.confidence;
        item.cues = c.cues();
        item.themes = c.themes;
    }
    return result;
}

} // namespace Dz
