#include "audit/timelinesscheck.h"

#include "base/textsearch.h"
#include "base/widthfolding.h"

#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QDate dateAt(const QRegularExpressionMatch &m, int first)
{
    return QDate(m.captured(first).toInt(), m.captured(first + 1).toInt(), m.captured(first + 2).toInt());
}

const QRegularExpression &dateRe()
{
    static const QRegularExpression re(u"(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})"_s);
    return re;
}

// A label, a colon or a space, then the date: 发布时间:2025-02-24 10:49. Made
// once for the rules' labels (folded), however many reports are audited.
QRegularExpression publicationExpression(const QStringList &labels)
{
    static QMutex mutex;
    static std::optional<std::pair<QStringList, QRegularExpression>> made;
    const QMutexLocker lock(&mutex);
    if (!made || made->first != labels) {
        QStringList escaped;
        for (const QString &label : labels)
            escaped.append(QRegularExpression::escape(label));
        made.emplace(labels, QRegularExpression(u"(%1)\\s*[:：]?\\s*"_s.arg(escaped.join(u'|')) + dateRe().pattern()));
    }
    return made->second;
}

} // namespace

std::optional<PublicationDate> TimelinessCheck::publicationDate(const Report &report, const AuditRules &rules)
{
    if (rules.publicationLabels.isEmpty())
        return std::nullopt;
    QStringList labels;
    for (const QString &label : rules.publicationLabels)
        labels.append(foldWidth(label));
    const QString folded = foldWidth(report.text);
    // The lines that hold a label (start, end), in text order: only they can
    // name the date, and most reports have one or none.
    std::vector<std::pair<qsizetype, qsizetype>> lines;
    for (const TextSpan &label : occurrencesOf(folded, labels)) {
        const qsizetype start = label.start > 0 ? folded.lastIndexOf(u'\n', label.start - 1) + 1 : 0;
        const qsizetype newline = folded.indexOf(u'\n', label.start);
        const qsizetype end = newline < 0 ? folded.size() : newline;
        if (label.end <= end)
            lines.push_back({start, end});
    }
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    if (lines.empty())
        return std::nullopt;
    const QRegularExpression re = publicationExpression(labels);
    for (const auto &[lineStart, lineEnd] : lines) {
        // Page headers and metadata lines are short; a sentence that mentions
        // 发布日期 in the body is not one.
        const QStringView line = QStringView(folded).mid(lineStart, lineEnd - lineStart);
        if (line.trimmed().size() > 160)
            continue;
        const auto m = re.matchView(line);
        if (m.hasMatch()) {
            const QDate date = dateAt(m, 2);
            if (date.isValid())
                return PublicationDate {date, {lineStart + m.capturedStart(2), lineStart + m.capturedEnd(4)}, m.captured(1)};
        }
    }
    return std::nullopt;
}

std::optional<std::pair<QDate, TextSpan>> TimelinessCheck::signingDate(const Report &report)
{
    for (const Block &b : report.blocks) {
        if (b.kind != BlockKind::Date)
            continue;
        const QString folded = foldWidth(report.textOf(b.span));
        const auto m = dateRe().match(folded);
        if (m.hasMatch() && dateAt(m, 1).isValid())
            return std::make_pair(dateAt(m, 1), TextSpan {b.span.start + m.capturedStart(), b.span.start + m.capturedEnd()});
    }
    return std::nullopt;
}

AuditCheck TimelinessCheck::run(const Report &report, const AuditRules &rules, ReportAudit &audit)
{
    AuditCheck check;
    check.id = AuditCheckId::Timeliness;
    // A year read from the text or given by the analyst only: one guessed
    // from the publication date (the year before it) would make the check
    // hold by construction.
    const MetadataField &given = report.metadata.year;
    const bool stated = given.isValid() && (given.span.isValid() || given.origin == u"analyst");
    const int year = stated ? report.year() : 0;
    if (year > 0)
        audit.deadline = QDate(year + 1, rules.deadlineMonth, rules.deadlineDay);
    const auto published = publicationDate(report, rules);
    const auto signing = signingDate(report);
    if (signing)
        audit.signingDate = signing->first;
    const QString rule = tr("第二十四条 of 《法治政府建设与责任落实督察工作规定》: published before %1.").arg(audit.deadline.toString(Qt::ISODate));
    if (published) {
        audit.published = published->date;
        audit.publishedSpan = published->span;
        check.span = published->span;
    }
    if (!published || !audit.deadline.isValid()) {
        audit.timeliness = Timeliness::Unknown;
        check.status = AuditStatus::Unknown;
        check.value = tr("unknown");
        if (!audit.deadline.isValid())
            check.reason = tr("The text does not say which year it reports on, so there is no deadline to hold it to.");
        else if (signing) {
            check.reason = tr("No publication date (发布时间, 发布日期) in the text; it was signed on %1, which is not when it was published. %2")
                               .arg(signing->first.toString(Qt::ISODate), rule);
            check.span = signing->second;
        } else
            check.reason = tr("No publication date (发布时间, 发布日期) and no signing date in the text. %1").arg(rule);
        return check;
    }
    if (audit.published < audit.deadline) {
        audit.timeliness = Timeliness::OnTime;
        check.status = AuditStatus::Met;
        check.value = tr("on time");
        check.reason = tr("Published on %1 (%2), before the deadline. %3").arg(audit.published.toString(Qt::ISODate), published->label, rule);
    } else {
        audit.timeliness = Timeliness::Late;
        audit.daysLate = int(audit.deadline.daysTo(audit.published)) + 1;
        check.status = AuditStatus::Finding;
        check.value = tr("late by %n day(s)", nullptr, audit.daysLate);
        check.reason = tr("Published on %1 (%2), %n day(s) after the last day allowed. %3", nullptr, audit.daysLate)
                           .arg(audit.published.toString(Qt::ISODate), published->label, rule);
    }
    return check;
}

} // namespace Dz
