#pragma once

#include "base/textspan.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dz
{

/**
 * An analyst's note on a stretch of a report's text.
 *
 * Besides its position it keeps the quoted text and a little of the text
 * around it, so that it can be found again when the report's text changes
 * (AnnotationAnchor::locate()).
 */
struct Annotation {
    enum class Severity { Low, Medium, High };
    enum class Status { Open, Reviewed, Flagged };

    /// Characters of context kept on each side of the quote.
    static constexpr int ContextLength = 32;

    qint64 id = 0; ///< 0 until stored
    qint64 reportId = 0;
    TextSpan span; ///< UTF-16 positions in the report's stored text
    QString quote; ///< the text at @c span when the annotation was made (or last anchored)
    QString contextBefore;
    QString contextAfter;
    QString note;
    QStringList tags;
    Severity severity = Severity::Medium;
    Status status = Status::Open;
    QDateTime created;
    QDateTime modified;
    /// The report's text changed and the quote could not be found again:
    /// the annotation is kept, at its old place, until the analyst places it.
    bool needsReanchoring = false;

    /// An annotation of @p span in @p text, with its quote and context taken from the text.
    static Annotation of(qint64 reportId, const QString &text, TextSpan span);

    static QString severityName(Severity severity);
    static std::optional<Severity> severityFromName(const QString &name);
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);

    /// Equal in everything the analyst wrote and where it points (not in the times).
    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.id == b.id && a.reportId == b.reportId && a.span == b.span && a.quote == b.quote && a.contextBefore == b.contextBefore
            && a.contextAfter == b.contextAfter && a.note == b.note && a.tags == b.tags && a.severity == b.severity && a.status == b.status
            && a.needsReanchoring == b.needsReanchoring;
    }
};

} // namespace Dz
