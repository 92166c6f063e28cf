#include "project/projectanalysis.h"

#include "alignment/alignmentformat.h"
#include "alignment/sectionclassifier.h"
#include "analysis/analysisengines.h"
#include "indicators/indicatorformat.h"
#include "outline/outlineformat.h"
#include "project/projectstore.h"
#include "reading/reportloader.h"
#include "weaknesses/weaknessformat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Bump when OutlineParser or MetadataExtractor output changes.
constexpr int OutlineEngine = 1;
// Bump when SectionClassifier changes; scheme edits are picked up by hash.
constexpr int ClassificationEngine = 1;

// Bump when the weakness splitter or classifier changes; theme edits are picked up by hash.
constexpr int WeaknessEngine = 1;

const AnalysisEngines &engines()
{
    return AnalysisEngines::required();
}

// A short hash of a built-in data file, so editing it makes stored records stale.
QString fingerprint(QStringView path)
{
    QFile file(path.toString());
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(12));
}

QString schemeFingerprint()
{
    static const QString value = fingerprint(Scheme::BuiltInPath);
    return value;
}

} // namespace

QString ProjectAnalysis::outlineKind()
{
    return u"outline"_s;
}

QString ProjectAnalysis::classificationKind()
{
    return u"classification"_s;
}

QString ProjectAnalysis::indicatorsKind()
{
    return u"indicators"_s;
}

QString ProjectAnalysis::weaknessesKind()
{
    return u"weaknesses"_s;
}

QStringList ProjectAnalysis::kinds()
{
    return {outlineKind(), classificationKind(), indicatorsKind(), weaknessesKind()};
}

QString ProjectAnalysis::engineVersion(const QString &kind)
{
    if (kind == outlineKind())
        return u"outline-%1"_s.arg(OutlineEngine);
    if (kind == classificationKind())
        return u"classification-%1/%2@%3"_s.arg(ClassificationEngine).arg(engines().classifier.scheme().id(), schemeFingerprint());
    // Indicators and weaknesses also rest on the classification (P1 only, P2 only).
    if (kind == indicatorsKind()) {
        static const QString catalog = fingerprint(IndicatorCatalog::BuiltInPath);
        return u"indicators-%1/%2@%3/%4"_s.arg(IndicatorExtractor::EngineVersion)
            .arg(engines().indicators.catalog().id(), catalog, engineVersion(classificationKind()));
    }
    if (kind == weaknessesKind()) {
        static const QString catalog = fingerprint(WeaknessCatalog::BuiltInPath);
        return u"weaknesses-%1/%2@%3/%4"_s.arg(WeaknessEngine).arg(engines().weaknesses.catalog().id(), catalog, engineVersion(classificationKind()));
    }
    return {};
}

QList<AnalysisRecord> ProjectAnalysis::analyse(const Report &report)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AnalysisRecord> records;
    records.append({outlineKind(), engineVersion(outlineKind()), OutlineFormat::toJson(report), now});

    const ReportClassification classification = engines().classifier.classify(report);
    QJsonArray sections;
    for (const SectionClassification &section : classification.sections)
        sections.append(AlignmentFormat::classificationToJson(section));
    const QJsonObject data {
        {u"scheme"_s, classification.schemeId},
        {u"sections"_s, sections},
        {u"missing_parts"_s, QJsonArray::fromStringList(classification.missingParts)},
    };
    records.append({classificationKind(), engineVersion(classificationKind()), data, now});
    records.append(
        {indicatorsKind(), engineVersion(indicatorsKind()), IndicatorFormat::reportToJson(engines().indicators.extract(report, classification)), now});
    records.append(
        {weaknessesKind(), engineVersion(weaknessesKind()), WeaknessFormat::reportToJson(engines().weaknesses.extract(report, classification)), now});
    return records;
}

Result<int> ProjectAnalysis::refresh(ProjectStore &store, const std::function<bool()> &canceled)
{
    QList<qint64> stale;
    QSet<qint64> seen;
    for (const QString &kind : kinds()) {
        auto ids = store.reportsNeedingAnalysis(kind, engineVersion(kind));
        if (!ids)
            return Result<int>::failure(ids.error());
        for (const qint64 id : std::as_const(ids.value())) {
            if (!seen.contains(id)) {
                seen.insert(id);
                stale.append(id);
            }
        }
    }
    int done = 0;
    for (const qint64 id : std::as_const(stale)) {
        if (canceled && canceled())
            break;
        auto stored = store.report(id);
        if (!stored)
            return Result<int>::failure(stored.error());
        const Report report = ReportLoader::fromText(stored->text, stored->summary.fileName, stored->summary.encoding);
        const QList<AnalysisRecord> records = analyse(report);
        auto written = store.transaction([&]() -> Result<> {
            for (const AnalysisRecord &record : records) {
                if (auto r = store.storeAnalysis(id, record); !r)
                    return r;
            }
            return {};
        });
        if (!written)
            return Result<int>::failure(written.error());
        ++done;
    }
    return done;
}

} // namespace Dz
