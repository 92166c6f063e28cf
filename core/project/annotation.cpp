#include "project/annotation.h"

using namespace Qt::StringLiterals;

namespace Dz
{

Annotation Annotation::of(qint64 reportId, const QString &text, TextSpan span)
{
    Annotation a;
    a.reportId = reportId;
    a.span = span;
    const qsizetype start = qBound<qsizetype>(0, span.start, text.size());
    const qsizetype end = qBound<qsizetype>(start, span.end, text.size());
    a.span = {start, end};
    a.quote = text.mid(start, end - start);
    const qsizetype before = qMax<qsizetype>(0, start - ContextLength);
    a.contextBefore = text.mid(before, start - before);
    a.contextAfter = text.mid(end, ContextLength);
    return a;
}

QString Annotation::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    }
    return {};
}

std::optional<Annotation::Severity> Annotation::severityFromName(const QString &name)
{
    for (const Severity s : {Severity::Low, Severity::Medium, Severity::High}) {
        if (severityName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString Annotation::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return u"open"_s;
    case Status::Reviewed:
        return u"reviewed"_s;
    case Status::Flagged:
        return u"flagged"_s;
    }
    return {};
}

std::optional<Annotation::Status> Annotation::statusFromName(const QString &name)
{
    for (const Status s : {Status::Open, Status::Reviewed, Status::Flagged}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace Dz
