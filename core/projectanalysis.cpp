#include "projectanalysis.h"

#include "alignmentformat.h"
#include "outlineformat.h"
#include "projectstore.h"
#include "reportloader.h"
#include "sectionclassifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Bump when OutlineParser or MetadataExtractor output changes.
constexpr int OutlineEngine = 1;
// Bump when SectionClassifier changes; scheme edits are picked up by hash.
constexpr int ClassificationEngine = 1;

// The built-in scheme is compiled in, so failing to load it is a build defect.
const SectionClassifier &classifier()
{
    static const SectionClassifier instance = [] {
        auto scheme = Scheme::builtIn();
        if (!scheme)
            qFatal("%s", qPrintable(scheme.error()));
        return SectionClassifier(scheme.value());
    }();
    return instance;
}

QString schemeFingerprint()
{
    static const QString fingerprint = [] {
        QFile file(QString::fromUtf16(Scheme::BuiltInPath));
        if (!file.open(QIODevice::ReadOnly))
            return u"unknown"_s;
        return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(12));
    }();
    return fingerprint;
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

QStringList ProjectAnalysis::kinds()
{
    return {outlineKind(), classificationKind()};
}

QString ProjectAnalysis::engineVersion(const QString &kind)
{
    if (kind == outlineKind())
        return u"outline-%1"_s.arg(OutlineEngine);
    if (kind == classificationKind())
        return u"classification-%1/%2@%3"_s.arg(ClassificationEngine).arg(classifier().scheme().id(), schemeFingerprint());
    return {};
}

QList<AnalysisRecord> ProjectAnalysis::analyse(const Report &report)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AnalysisRecord> records;
    records.append({outlineKind(), engineVersion(outlineKind()), OutlineFormat::toJson(report), now});

    const ReportClassification classification = classifier().classify(report);
    QJsonArray sections;
    for (const SectionClassification &section : classification.sections)
        sections.append(AlignmentFormat::classificationToJson(section));
    const QJsonObject data {
        {u"scheme"_s, classification.schemeId},
        {u"sections"_s, sections},
        {u"missing_parts"_s, QJsonArray::fromStringList(classification.missingParts)},
    };
    records.append({classificationKind(), engineVersion(classificationKind()), data, now});
    return records;
}

Result<int> ProjectAnalysis::refresh(ProjectStore &store, const std::function<bool()> &canceled)
{
    QList<qint64> stale;
    for (const QString &kind : kinds()) {
        auto ids = store.reportsNeedingAnalysis(kind, engineVersion(kind));
        if (!ids)
            return Result<int>::failure(ids.error());
        for (const qint64 id : std::as_const(ids.value())) {
            if (!stale.contains(id))
                stale.append(id);
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
        auto written = store.transaction([&]() -> Result<bool> {
            for (const AnalysisRecord &record : records) {
                if (auto r = store.storeAnalysis(id, record); !r)
                    return r;
            }
            return true;
        });
        if (!written)
            return Result<int>::failure(written.error());
        ++done;
    }
    return done;
}

} // namespace Dz
