#pragma once

// Plain rows of a project file, as ProjectStore reads and writes them.

#include "alignment/alignmentcorrection.h"
#include "base/textspan.h"
#include "reading/report.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dz
{

/// What a project knows about a report without reading its text.
struct ReportSummary {
    qint64 id = 0;
    QString fileName; ///< the original file name, without folder
    QString sourcePath; ///< where it was imported from (absolute), for re-import
    QString contentHash; ///< SHA-256 of the stored text (UTF-8), hex
    QDateTime importedAt;
    QString encoding;
    /// As found by the metadata extractor: {district: {value, start, end, from}, …},
    /// the "metadata" object of OutlineFormat::toJson().
    QJsonObject metadata;
    /// The analyst's corrections of metadata values: {"district": "滨海", "year": "2024"}.
    QJsonObject overrides;

    /// The analyst's value for @p field if there is one, else the one found.
    QString value(const QString &field) const
    {
        const QString own = overrides.value(field).toString();
        return own.isEmpty() ? metadata.value(field).toObject().value(QLatin1StringView("value")).toString() : own;
    }

    /// What a list shows before the text is read: the file name and the
    /// identity found, the analyst's values over it; no text, no sections.
    Report listedReport() const;
};

struct StoredReport {
    ReportSummary summary;
    QString text;
};

/// A report whose stored text no longer matches its content hash: damaged
/// bytes in the project. It is named, and left out of what is read.
struct DamagedReport {
    qint64 id = 0;
    QString fileName;
    QString message; ///< names the project, the report and what is wrong
};

/// Derived data of one kind for one report, and the engine version that made
/// it: a record made by another version is recomputed, never trusted.
struct AnalysisRecord {
    QString kind; ///< "outline", "classification" …
    QString engineVersion;
    QJsonObject data;
    QDateTime computedAt;
};

/// A report ready to be stored: made on a worker thread, written in one go.
struct NewReport {
    QString fileName;
    QString sourcePath;
    QString encoding;
    QString text;
    QString contentHash;
    QJsonObject metadata;
    QList<AnalysisRecord> analyses;
    // What the writer would otherwise make itself, made already on the
    // thread that analysed the report (ProjectImporter::prepare()), so that
    // the one writer thread only writes; the store makes them when empty.
    QString searchTokens; ///< SearchIndex::bigramTokens(text)
    QString metadataJson; ///< @c metadata as compact JSON
    QStringList analysesJson; ///< each of @c analyses' data as compact JSON, in order
    /// The file as read, kept beside the text (empty: nothing to keep).
    QByteArray original;
    QString format = QStringLiteral("text"); ///< the reader's format name
    QString mimeType;
    QString address; ///< the web address it was fetched from, if any
    /// What the reader doubts about the text (SourceDocument::warnings); not stored.
    QStringList warnings;
};

/// A report's original file, as kept in the project.
struct ReportOriginal {
    QByteArray bytes;
    QString format;
    QString mimeType;
    QString address;
};

/// What a report's analysis is read back from: its text and summary, its
/// stored records (any engine version), and the format it was read from.
struct StoredAnalysisSource {
    StoredReport report;
    QList<AnalysisRecord> records;
    QString format; ///< "text" for a report imported before originals were kept
    QString address;
};

struct StoredCorrection {
    qint64 id = 0; ///< 0 until stored
    AlignmentCorrection correction;
    QDateTime created;
};

/// An analyst's value for an indicator of a report, replacing what was extracted.
struct IndicatorOverride {
    // Every member has an initialiser, so one written with its first fields
    // only ({0, report, indicator, value, note, time}) is complete.
    qint64 id = 0; ///< 0 until stored
    qint64 reportId = 0;
    QString indicatorId {};
    QString value {}; ///< the figure as text; empty for "not_reported"
    QString note {}; ///< why; for "not_reported", the reason
    QDateTime time {};
    /// "value" (a figure the analyst typed or chose), "not_reported" (the
    /// report gives no figure, whatever was extracted) or "sum" (the sum of
    /// the statements in @c parts).
    QString kind = QStringLiteral("value");
    /// For a sum: the statements added up, [{"value": "3", "evidence": "…",
    /// "start": 120, "end": 123}, …].
    QJsonArray parts {};

    friend bool operator==(const IndicatorOverride &a, const IndicatorOverride &b)
    {
        return a.reportId == b.reportId && a.indicatorId == b.indicatorId && a.value == b.value && a.note == b.note && a.kind == b.kind && a.parts == b.parts;
    }
};

/// One report found by SearchIndex::search().
struct SearchHit {
    qint64 reportId = 0;
    QString fileName;
    /// A stretch of the text around the best match, line ends as spaces,
    /// "…" where it is cut.
    QString snippet;
    QList<TextSpan> highlights; ///< the matches, as positions in @c snippet
    double score = 0; ///< higher is better
};

} // namespace Dz
