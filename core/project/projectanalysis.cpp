#include "project/projectanalysis.h"

#include "alignment/sectionclassifier.h"
#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "identity/identityoverrides.h"
#include "outline/outlineformat.h"
#include "project/analysiscodec.h"
#include "project/projectstore.h"
#include "weaknesses/wordgroups.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Bump when OutlineParser or MetadataExtractor output changes.
constexpr int OutlineEngine = 3; // 2: own-line 一是 headings, run-on sub-headings, bodies of unlisted places; 3: townships, units, inferred places, banners
// Bump when SectionClassifier changes; scheme edits are picked up by hash.
constexpr int ClassificationEngine = 2; // 2: parts only a heading assigns (needsHeading), weak theme headings count for content

// Bump when the weakness splitter or classifier changes; theme and word list edits are picked up by hash.
constexpr int WeaknessEngine = 2; // 2: themes W01–W20 read by meaning (topic and deficiency per clause, word segmentation), two themes per item

// How the records are written (AnalysisCodec): part of the outline's and the
// classification's version, and so of every kind's (the others include the
// classification's).
QString codecTag()
{
    return u"c%1"_s.arg(AnalysisCodec::Version);
}

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
        return u"outline-%1/%2"_s.arg(OutlineEngine).arg(codecTag());
    if (kind == classificationKind())
        return u"classification-%1/%2@%3/%4"_s.arg(ClassificationEngine).arg(engines().classifier.scheme().id(), schemeFingerprint(), codecTag());
    // Indicators and weaknesses also rest on the classification (P1 only, P2 only).
    if (kind == indicatorsKind()) {
        static const QString catalog = fingerprint(IndicatorCatalog::BuiltInPath);
        return u"indicators-%1/%2@%3/%4"_s.arg(IndicatorExtractor::EngineVersion)
            .arg(engines().indicators.catalog().id(), catalog, engineVersion(classificationKind()));
    }
    if (kind == weaknessesKind()) {
        // The word groups' words are units of the word cutting too, so they change what a term is.
        static const QString catalog =
            fingerprint(WeaknessCatalog::BuiltInPath) + u'+' + fingerprint(WordSegmenter::BuiltInPath) + u'+' + fingerprint(WordGroups::BuiltInPath);
        return u"weaknesses-%1/%2@%3/%4"_s.arg(WeaknessEngine).arg(engines().weaknesses.catalog().id(), catalog, engineVersion(classificationKind()));
    }
    return {};
}

QList<AnalysisRecord> ProjectAnalysis::records(const ReportAnalysis &analysis)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {
        {outlineKind(), engineVersion(outlineKind()), AnalysisCodec::encodeOutline(analysis.report), now},
        {classificationKind(), engineVersion(classificationKind()), AnalysisCodec::encodeClassification(analysis.classification), now},
        {indicatorsKind(), engineVersion(indicatorsKind()), AnalysisCodec::encodeIndicators(analysis.indicators), now},
        {weaknessesKind(), engineVersion(weaknessesKind()), AnalysisCodec::encodeWeaknesses(analysis.weaknesses), now},
    };
}

std::optional<ReportAnalysis> ProjectAnalysis::fromRecords(const StoredReport &stored, const QList<AnalysisRecord> &records)
{
    ReportAnalysis analysis;
    analysis.report.filePath = stored.summary.fileName;
    analysis.report.encoding = stored.summary.encoding;
    analysis.report.text = stored.text;
    int found = 0;
    for (const AnalysisRecord &record : records) {
        if (record.engineVersion != engineVersion(record.kind))
            return std::nullopt;
        bool read = false;
        if (record.kind == outlineKind())
            read = AnalysisCodec::decodeOutline(record.data, analysis.report);
        else if (record.kind == classificationKind())
            read = AnalysisCodec::decodeClassification(record.data, analysis.classification);
        else if (record.kind == indicatorsKind())
            read = AnalysisCodec::decodeIndicators(record.data, analysis.indicators);
        else if (record.kind == weaknessesKind())
            read = AnalysisCodec::decodeWeaknesses(record.data, analysis.weaknesses);
        if (!read)
            return std::nullopt;
        analysis.engineVersions.insert(record.kind, record.engineVersion);
        ++found;
    }
    if (found != kinds().size())
        return std::nullopt;
    analysis.applyIdentity(stored.summary.overrides);
    return analysis;
}

namespace
{

// The analysis @p source holds: its stored records where they are current,
// else made again from the text, the one source of truth (not written
// back: refresh() does that).
ReportAnalysis analysisOf(const StoredAnalysisSource &source)
{
    const StoredReport &stored = source.report;
    std::optional<ReportAnalysis> analysis = ProjectAnalysis::fromRecords(stored, source.records);
    if (!analysis) {
        analysis = ReportPipeline(engines()).analyseText(stored.text, stored.summary.fileName, stored.summary.encoding, stored.summary.overrides);
        for (const QString &kind : ProjectAnalysis::kinds())
            analysis->engineVersions.insert(kind, ProjectAnalysis::engineVersion(kind));
    }
    // What the report was read from (web page, Word, PDF…) shows in its details.
    analysis->report.format = source.format;
    analysis->report.address = source.address;
    return std::move(*analysis);
}

// Reports are read back in batches: a few queries each, decoded on every
// core, with progress and cancellation between batches.
constexpr qsizetype ReadBatch = 256;

// Its own pool: readAll() runs on the global pool's workers (a comparison
// in the background), and blocking on work queued behind itself there
// would deadlock.
QThreadPool &decodingPool()
{
    static QThreadPool pool;
    return pool;
}

// A report read back, or why its text cannot be trusted.
struct ReadBack {
    std::optional<ReportAnalysis> analysis;
    std::optional<DamagedReport> damage;
};

// The text is checked against its content hash here, on the decoding
// threads: once per read, in parallel with the decoding.
ReadBack readBack(const ReportRecords &reports, const StoredAnalysisSource &source)
{
    if (auto damaged = reports.damage(source.report))
        return {std::nullopt, std::move(damaged)};
    return {analysisOf(source), std::nullopt};
}

Result<QList<ReadBack>> readBatch(const ReportRecords &reports, const QList<qint64> &ids)
{
    auto sources = reports.analysisSources(ids);
    if (!sources)
        return Failure(sources.error());
    return QtConcurrent::blockingMapped<QList<ReadBack>>(&decodingPool(), sources.value(), [&reports](const StoredAnalysisSource &source) {
        return readBack(reports, source);
    });
}

} // namespace

Result<ReportAnalysis> ProjectAnalysis::read(const ProjectStore &store, qint64 id)
{
    const ReportRecords &reports = store.reportRecords();
    auto sources = reports.analysisSources({id});
    if (!sources)
        return Failure(sources.error());
    ReadBack read = readBack(reports, sources->constFirst());
    if (read.damage)
        return Result<ReportAnalysis>::failure(read.damage->message);
    return std::move(*read.analysis);
}

Result<QList<ReportAnalysis>> ProjectAnalysis::readAll(
    const ProjectStore &store, const QList<qint64> &ids, const std::function<bool(qsizetype done)> &progress, QList<DamagedReport> *damaged)
{
    QList<ReportAnalysis> analyses;
    analyses.reserve(ids.size());
    QList<DamagedReport> left;
    for (qsizetype from = 0; from < ids.size(); from += ReadBatch) {
        auto batch = readBatch(store.reportRecords(), ids.mid(from, ReadBatch));
        if (!batch)
            return Failure(batch.error());
        for (ReadBack &read : batch.value()) {
            if (read.damage)
                left.append(std::move(*read.damage));
            else
                analyses.append(std::move(*read.analysis));
        }
        if (progress && !progress(qMin(from + ReadBatch, ids.size())))
            return Result<QList<ReportAnalysis>>::failure(tr("Canceled."));
    }
    if (!left.isEmpty()) {
        if (!damaged) {
            QStringList messages;
            for (const DamagedReport &d : std::as_const(left))
                messages.append(d.message);
            return Result<QList<ReportAnalysis>>::failure(messages.join(u'\n'));
        }
        *damaged += left;
    }
    return analyses;
}

Result<QList<ReportIndicators>> ProjectAnalysis::readIndicators(const ProjectStore &store, const QList<qint64> &ids)
{
    using R = Result<QList<ReportIndicators>>;
    const QString kind = indicatorsKind();
    const QString version = engineVersion(kind);
    QList<ReportIndicators> all;
    all.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += ReadBatch) {
        auto sources = store.reportRecords().analysisSources(ids.mid(from, ReadBatch), kind);
        if (!sources)
            return R::failure(sources.error());
        // Decoded on every core; nullopt where the record cannot serve.
        const auto decoded = QtConcurrent::blockingMapped<QList<std::optional<ReportIndicators>>>(
            &decodingPool(), sources.value(), [&version](const StoredAnalysisSource &source) -> std::optional<ReportIndicators> {
                if (source.records.size() != 1 || source.records.constFirst().engineVersion != version)
                    return std::nullopt;
                ReportIndicators indicators;
                if (!AnalysisCodec::decodeIndicators(source.records.constFirst().data, indicators))
                    return std::nullopt;
                // Named as ReportAnalysis::applyIdentity() names them.
                ReportMetadata identity;
                if (IdentityOverrides::apply(identity, source.report.summary.overrides)) {
                    if (identity.district.isValid())
                        indicators.district = identity.district.value;
                    if (identity.year.isValid())
                        indicators.year = identity.year.value.toInt();
                }
                return indicators;
            });
        for (qsizetype i = 0; i < decoded.size(); ++i) {
            if (decoded.at(i)) {
                all.append(*decoded.at(i));
                continue;
            }
            auto analysis = read(store, ids.at(from + i));
            if (!analysis)
                return R::failure(analysis.error());
            all.append(std::move(analysis->indicators));
        }
    }
    return all;
}

namespace
{

// @p ids without the damaged reports, and their messages.
QList<qint64> intactIds(const QList<qint64> &ids, const QList<DamagedReport> &damaged, QStringList *problems)
{
    QSet<qint64> left;
    for (const DamagedReport &d : damaged) {
        left.insert(d.id);
        problems->append(d.message);
    }
    QList<qint64> kept;
    for (const qint64 id : ids) {
        if (!left.contains(id))
            kept.append(id);
    }
    return kept;
}

} // namespace

Result<Comparison> ProjectAnalysis::compare(const ProjectStore &store, const QList<qint64> &ids, const QList<AlignmentCorrection> &corrections)
{
    QList<DamagedReport> damaged;
    auto analyses = readAll(store, ids, {}, &damaged);
    if (!analyses)
        return Failure(analyses.error());
    QStringList problems;
    const QList<qint64> kept = intactIds(ids, damaged, &problems);
    Comparison comparison = Comparison::compose(engines(), std::move(analyses).value(), corrections, kept);
    comparison.problems = problems;
    return comparison;
}

void ProjectAnalysis::compareInBackground(
    QPromise<Result<Comparison>> &promise, const QString &projectPath, const QList<qint64> &ids, const QList<AlignmentCorrection> &corrections)
{
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
    if (!store) {
        promise.addResult(Result<Comparison>::failure(store.error()));
        return;
    }
    const int total = int(ids.size());
    promise.setProgressRange(0, total + 1); // the alignment is the last step
    QList<DamagedReport> damaged;
    auto analyses = readAll(
        *store.value(), ids,
        [&promise, total](qsizetype done) {
            promise.setProgressValueAndText(int(done), tr("Reading the reports' analyses: %1 of %2").arg(done).arg(total));
            return !promise.isCanceled();
        },
        &damaged);
    if (promise.isCanceled())
        return;
    if (!analyses) {
        promise.addResult(Result<Comparison>::failure(analyses.error()));
        return;
    }
    promise.setProgressValueAndText(total, tr("Aligning the sections of %n report(s)", nullptr, total));
    QStringList problems;
    const QList<qint64> kept = intactIds(ids, damaged, &problems);
    Comparison comparison = Comparison::compose(engines(), std::move(analyses).value(), corrections, kept);
    comparison.problems = problems;
    promise.setProgressValue(total + 1);
    promise.addResult(std::move(comparison));
}

Result<int> ProjectAnalysis::refresh(ProjectStore &store, const std::function<bool()> &canceled)
{
    ReportRecords &reports = store.reportRecords();
    QList<qint64> stale;
    QSet<qint64> seen;
    for (const QString &kind : kinds()) {
        auto ids = reports.reportsNeedingAnalysis(kind, engineVersion(kind));
        if (!ids)
            return Failure(ids.error());
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
        bool damaged = false;
        auto stored = reports.report(id, &damaged);
        if (!stored) {
            // A damaged text is named where it is read (and logged); the
            // others are brought up to date all the same.
            if (damaged)
                continue;
            return Failure(stored.error());
        }
        const ReportAnalysis analysis = ReportPipeline(engines()).analyseText(stored->text, stored->summary.fileName, stored->summary.encoding);
        const QList<AnalysisRecord> records = ProjectAnalysis::records(analysis);
        // The list reads the metadata found from the report's row: it says
        // what the new reading says, so a report has one label before and
        // after its text is read.
        const QJsonObject metadata = OutlineFormat::metadataToJson(analysis.report.metadata);
        auto written = store.database().transaction([&]() -> Result<> {
            for (const AnalysisRecord &record : records) {
                if (auto r = reports.storeAnalysis(id, record); !r)
                    return r;
            }
            if (metadata != stored->summary.metadata)
                return reports.setFoundMetadata(id, metadata);
            return {};
        });
        if (!written)
            return Failure(written.error());
        ++done;
    }
    return done;
}

} // namespace Dz
