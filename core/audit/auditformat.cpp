#include "audit/auditformat.h"

#include "base/textformatting.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

const QList<AuditCheckId> &allChecks()
{
    static const QList<AuditCheckId> ids {AuditCheckId::Contents, AuditCheckId::Timeliness, AuditCheckId::Signature, AuditCheckId::Figures,
        AuditCheckId::ShortcomingsShare, AuditCheckId::Shortcomings, AuditCheckId::Copied, AuditCheckId::CopiedBy, AuditCheckId::Shared,
        AuditCheckId::FollowUp};
    return ids;
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString excerpt(const QList<Report> &reports, int index, TextSpan span, int limit = 60)
{
    if (index < 0 || index >= reports.size())
        return {};
    const QString text = reports.at(index).textOf(span).toString().simplified();
    return text.size() > limit ? text.left(limit) + u'…' : text;
}

QString otherName(const QList<ReportAudit> &audits, int other)
{
    return other >= 0 && other < audits.size() ? audits.at(other).displayName : QString();
}

// One direction's passages: {share, passages [{start, end, text, other, other_file, other_start, other_end, characters, same_body}]}.
QJsonObject directionJson(const QList<ReportAudit> &audits, const QList<Report> &reports, int index, CopyDirection direction)
{
    const CopyFindings &c = audits.at(index).copied;
    QJsonArray passages;
    for (const CopiedPassage &p : c.passages) {
        if (p.direction != direction)
            continue;
        passages.append(QJsonObject {{u"start"_s, p.span.start}, {u"end"_s, p.span.end}, {u"text"_s, excerpt(reports, index, p.span, 200)},
            {u"other"_s, otherName(audits, p.other)}, {u"other_file"_s, p.other >= 0 && p.other < audits.size() ? audits.at(p.other).file : QString()},
            {u"other_start"_s, p.otherSpan.start}, {u"other_end"_s, p.otherSpan.end}, {u"characters"_s, p.length}, {u"same_body"_s, p.sameBody}});
    }
    QJsonObject out {{u"share"_s, Internal::rounded(c.share(direction))}, {u"passages"_s, passages}};
    if (direction == CopyDirection::Copied)
        out.insert(u"own_share"_s, Internal::rounded(c.bodyLength > 0 ? double(c.ownLength) / c.bodyLength : 0));
    return out;
}

QJsonObject orderJson(const ReportOrder &order)
{
    return {{u"year"_s, order.year > 0 ? QJsonValue(order.year) : QJsonValue(QJsonValue::Null)}, {u"date"_s, dateOrNull(order.date)},
        {u"date_kind"_s, textOrNull(ReportOrder::dateKindKey(order.dateKind))}};
}

QJsonObject followUpJson(const FollowUp &f)
{
    QJsonArray plans;
    for (const PlanFollowUp &p : f.plans) {
        QJsonObject evidence;
        const bool found = p.status != FollowUpStatus::NotReported;
        if (found) {
            evidence = {{u"passage"_s, p.passage}, {u"section"_s, p.sectionTitle}, {u"node"_s, p.node}, {u"start"_s, p.sectionSpan.start},
                {u"end"_s, p.sectionSpan.end}, {u"score"_s, Internal::rounded(p.score)}, {u"shared"_s, QJsonArray::fromStringList(p.shared)}};
        }
        plans.append(QJsonObject {{u"title"_s, p.title}, {u"text"_s, p.text}, {u"status"_s, followUpStatusKey(p.status)}, {u"theme"_s, textOrNull(p.theme)},
            {u"start"_s, p.span.start}, {u"end"_s, p.span.end}, {u"coverage"_s, Internal::rounded(p.coverage)},
            {u"missing"_s, QJsonArray::fromStringList(p.missing)}, {u"admission"_s, textOrNull(p.admission)}, {u"reason"_s, p.reason},
            {u"evidence"_s, found ? QJsonValue(evidence) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray recurring;
    for (const RecurringShortcoming &r : f.recurring) {
        recurring.append(QJsonObject {{u"text"_s, r.text}, {u"previous_text"_s, r.previousText}, {u"theme"_s, textOrNull(r.theme)},
            {u"score"_s, Internal::rounded(r.score)}, {u"signs"_s, QJsonArray::fromStringList(r.signs)}, {u"shared"_s, QJsonArray::fromStringList(r.shared)},
            {u"start"_s, r.span.start}, {u"end"_s, r.span.end}, {u"previous_start"_s, r.previousSpan.start}, {u"previous_end"_s, r.previousSpan.end}});
    }
    QJsonArray rectified;
    for (const RectifiedShortcoming &r : f.rectified)
        rectified.append(QJsonObject {{u"previous_text"_s, r.previousText}, {u"evidence"_s, r.evidence}, {u"start"_s, r.span.start}, {u"end"_s, r.span.end}});
    return {{u"previous_file"_s, f.previousFile}, {u"plans"_s, plans}, {u"recurring"_s, recurring}, {u"rectified"_s, rectified}};
}

} // namespace

QString AuditFormat::checkLabel(AuditCheckId id)
{
    switch (id) {
    case AuditCheckId::Contents:
        return tr("Required contents");
    case AuditCheckId::Timeliness:
        return tr("Published on time");
    case AuditCheckId::Signature:
        return tr("Signature");
    case AuditCheckId::Figures:
        return tr("Figures per 1,000 chars");
    case AuditCheckId::ShortcomingsShare:
        return tr("Shortcomings share");
    case AuditCheckId::Shortcomings:
        return tr("Shortcomings");
    case AuditCheckId::Copied:
        return tr("Copied from");
    case AuditCheckId::CopiedBy:
        return tr("Copied by");
    case AuditCheckId::Shared:
        return tr("Shared");
    case AuditCheckId::FollowUp:
        return tr("Last year's plan");
    }
    return {};
}

QString AuditFormat::directionLabel(CopyDirection direction)
{
    switch (direction) {
    case CopyDirection::Copied:
        return tr("copied from");
    case CopyDirection::CopiedBy:
        return tr("copied by");
    case CopyDirection::Shared:
        return tr("shared with");
    }
    return {};
}

QString AuditFormat::directionKey(CopyDirection direction)
{
    switch (direction) {
    case CopyDirection::Copied:
        return u"copied"_s;
    case CopyDirection::CopiedBy:
        return u"copied_by"_s;
    case CopyDirection::Shared:
        return u"shared"_s;
    }
    return {};
}

QString AuditFormat::statusLabel(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Met:
        return tr("met");
    case AuditStatus::Finding:
        return tr("finding");
    case AuditStatus::Unknown:
        return tr("unknown");
    }
    return {};
}

QJsonObject AuditFormat::toJson(const QList<ReportAudit> &audits, const QList<Report> &reports)
{
    QJsonArray out;
    for (int i = 0; i < audits.size(); ++i) {
        const ReportAudit &a = audits.at(i);
        QJsonArray boilerplate;
        for (const BoilerplatePassage &b : a.copied.boilerplate)
            boilerplate.append(QJsonObject {{u"start"_s, b.span.start}, {u"end"_s, b.span.end}, {u"text"_s, excerpt(reports, i, b.span, 200)}});
        QJsonValue signedValue(QJsonValue::Null);
        if (a.signature)
            signedValue = QJsonObject {{u"issuer"_s, textOrNull(a.signature->issuer)}, {u"date"_s, textOrNull(a.signature->date)}};
        out.append(QJsonObject {
            {u"file"_s, a.file},
            {u"label"_s, a.displayName},
            {u"district"_s, textOrNull(a.district)},
            {u"year"_s, a.year > 0 ? QJsonValue(a.year) : QJsonValue(QJsonValue::Null)},
            {u"parts"_s, QJsonObject {{u"present"_s, QJsonArray::fromStringList(a.present)}, {u"missing"_s, QJsonArray::fromStringList(a.missing)}}},
            {u"published"_s, dateOrNull(a.published)},
            {u"deadline"_s, dateOrNull(a.deadline)},
            {u"timeliness"_s, timelinessKey(a.timeliness)},
            {u"days_late"_s, a.daysLate >= 0 ? QJsonValue(a.daysLate) : QJsonValue(QJsonValue::Null)},
            {u"signed"_s, signedValue},
            {u"figures_per_1000"_s, Internal::rounded(a.figuresPer1000)},
            {u"p2_share"_s, Internal::rounded(a.p2Share)},
            {u"order"_s, orderJson(a.order)},
            {u"copied"_s, directionJson(audits, reports, i, CopyDirection::Copied)},
            {u"copied_by"_s, directionJson(audits, reports, i, CopyDirection::CopiedBy)},
            {u"shared"_s, directionJson(audits, reports, i, CopyDirection::Shared)},
            {u"boilerplate"_s, boilerplate},
            {u"followups"_s, a.followUp ? QJsonValue(followUpJson(*a.followUp)) : QJsonValue(QJsonValue::Null)},
        });
    }
    return {{u"reports"_s, out}};
}

QString AuditFormat::toText(const QList<ReportAudit> &audits, const QList<Report> &reports)
{
    QString out;
    for (int i = 0; i < audits.size(); ++i) {
        const ReportAudit &a = audits.at(i);
        out += u"%1  (%2)\n"_s.arg(a.displayName, a.file);
        for (const AuditCheck &c : a.checks)
            out += u"  %1 %2 %3\n      %4\n"_s.arg(Internal::padded(checkLabel(c.id), 26), Internal::padded(statusLabel(c.status), 8), c.value, c.reason);
        for (const CopiedPassage &c : a.copied.passages) {
            out += u"    %1 %2: “%3” [%4–%5] ⇔ [%6–%7]%8\n"_s.arg(directionLabel(c.direction), otherName(audits, c.other), excerpt(reports, i, c.span))
                       .arg(c.span.start)
                       .arg(c.span.end)
                       .arg(c.otherSpan.start)
                       .arg(c.otherSpan.end)
                       .arg(c.sameBody ? u" ("_s + tr("same body") + u')' : QString());
        }
        if (a.followUp) {
            for (const PlanFollowUp &p : a.followUp->plans) {
                out += p.status != FollowUpStatus::NotReported
                    ? u"    %1 → %2: %3 (%4)\n"_s.arg(p.title, followUpStatusName(p.status), p.passage).arg(Internal::rounded(p.score))
                    : u"    %1 → %2\n"_s.arg(p.title, followUpStatusName(p.status));
            }
            for (const RecurringShortcoming &r : a.followUp->recurring)
                out += u"    %1: %2 ⇐ %3\n"_s.arg(tr("recurring"), r.text, r.previousText);
            for (const RectifiedShortcoming &r : a.followUp->rectified)
                out += u"    %1: %2 ⇐ %3\n"_s.arg(tr("rectified"), r.previousText, r.evidence);
        }
        out += u'\n';
    }
    return out;
}

QString AuditFormat::toCsv(const QList<ReportAudit> &audits)
{
    QString out = u"file,district,year,check,status,value,reason\n"_s;
    for (const ReportAudit &a : audits) {
        for (const AuditCheck &c : a.checks) {
            out += QStringList {Internal::csvField(a.file), Internal::csvField(a.district), a.year > 0 ? QString::number(a.year) : QString(),
                       auditCheckKey(c.id), auditStatusKey(c.status), Internal::csvField(c.value), Internal::csvField(c.reason)}
                       .join(u',')
                + u'\n';
        }
        if (!a.followUp)
            continue;
        // Per plan of the year before and per recurring shortcoming, a row of its own.
        const QStringList where {Internal::csvField(a.file), Internal::csvField(a.district), a.year > 0 ? QString::number(a.year) : QString()};
        for (const PlanFollowUp &p : a.followUp->plans)
            out +=
                (where + QStringList {u"follow_up_plan"_s, followUpStatusKey(p.status), Internal::csvField(p.title), Internal::csvField(p.reason)}).join(u',')
                + u'\n';
        for (const RecurringShortcoming &r : a.followUp->recurring) {
            out += (where + QStringList {u"recurring_shortcoming"_s, u"finding"_s, Internal::csvField(r.text), Internal::csvField(r.previousText)}).join(u',')
                + u'\n';
        }
    }
    return out;
}

TableData AuditFormat::table(const QList<ReportAudit> &audits)
{
    TableData t;
    t.title = tr("Audit");
    t.header.append(tr("Report"));
    for (const AuditCheckId id : allChecks())
        t.header.append(checkLabel(id));
    for (const ReportAudit &a : audits) {
        QList<CellValue> row {a.displayName};
        for (const AuditCheckId id : allChecks()) {
            const AuditCheck *c = a.check(id);
            row.append(c ? u"%1: %2"_s.arg(statusLabel(c->status), c->value) : QString());
        }
        t.rows.append(row);
    }
    t.note = tr("finding: the report does not meet the rule; unknown: its text does not say. Rules: 《法治政府建设与责任落实督察工作规定》 (contents, "
                "第二十四条 publication before 1 April), the 落款, figures and shortcomings, passages of 13 or more characters beyond boilerplate copied from "
                "earlier reports (the earlier by the year reported on, then the publication or signing date), copied by later ones, or shared with "
                "reports whose order is unknown.");
    t.source = tr("Duizhao audit of %n report(s)", nullptr, int(audits.size()));
    return t;
}

QString AuditFormat::toMarkdown(const QList<ReportAudit> &audits)
{
    const TableData t = table(audits);
    auto cell = [](QString s) {
        return s.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    };
    QString out = u"# "_s + t.title + u"\n\n| "_s;
    QStringList header;
    for (const QString &h : t.header)
        header.append(cell(h));
    out += header.join(u" | "_s) + u" |\n|"_s + QString(u"---|"_s).repeated(t.header.size()) + u'\n';
    for (const auto &row : t.rows) {
        QStringList cells;
        for (const CellValue &v : row)
            cells.append(cell(std::holds_alternative<QString>(v) ? std::get<QString>(v) : QString()));
        out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    out += u"\n"_s + t.note + u"\n"_s;
    for (const ReportAudit &a : audits) {
        out += u"\n## "_s + cell(a.displayName) + u"\n\n"_s;
        for (const AuditCheck &c : a.checks)
            out += u"- **%1** (%2, %3): %4\n"_s.arg(checkLabel(c.id), statusLabel(c.status), cell(c.value), cell(c.reason));
    }
    return out;
}

TableData AuditFormat::copiedTable(const QList<ReportAudit> &audits, const QList<Report> &reports, int index)
{
    TableData t;
    if (index < 0 || index >= audits.size())
        return t;
    const ReportAudit &a = audits.at(index);
    t.title = tr("Copied passages: %1").arg(a.displayName);
    t.header = QStringList {tr("Direction"), tr("Passage"), tr("Characters"), tr("Other report"), tr("There")};
    for (const CopiedPassage &c : a.copied.passages) {
        const QString other = otherName(audits, c.other);
        t.rows.append(QList<CellValue> {directionLabel(c.direction), excerpt(reports, index, c.span, 80), double(c.length),
            c.sameBody ? tr("%1 (same body)").arg(other) : other, excerpt(reports, c.other, c.otherSpan, 40)});
    }
    const CopyFindings &f = a.copied;
    t.note = tr("Copied from earlier reports: %1% of the body; copied by later reports: %2%; shared with reports whose order is unknown: %3%. "
                "Passages of 13 or more characters; boilerplate is not counted; the earlier report is the one of the earlier year reported on, "
                "then of the earlier publication or signing date.")
                 .arg(f.share(CopyDirection::Copied) * 100, 0, 'f', 1)
                 .arg(f.share(CopyDirection::CopiedBy) * 100, 0, 'f', 1)
                 .arg(f.share(CopyDirection::Shared) * 100, 0, 'f', 1);
    // Reports by their labels, never by a file name.
    t.source = tr("Source: the rule-of-law report of %1 and the reports it shares passages with; audit by Duizhao.").arg(a.displayName);
    return t;
}

TableData AuditFormat::followUpTable(const QList<ReportAudit> &audits, int index)
{
    TableData t;
    if (index < 0 || index >= audits.size() || !audits.at(index).followUp)
        return t;
    const ReportAudit &a = audits.at(index);
    const FollowUp &f = *a.followUp;
    const int previous = f.previous;
    t.title = tr("Plans followed up: %1").arg(a.displayName);
    t.header = QStringList {tr("Plan"), tr("Status"), tr("What the next report says"), tr("Why")};
    int reported = 0;
    for (const PlanFollowUp &p : f.plans) {
        reported += p.status == FollowUpStatus::Reported;
        t.rows.append(QList<CellValue> {p.title, followUpStatusName(p.status), p.passage, p.reason});
    }
    const QString before = previous >= 0 && previous < audits.size() ? audits.at(previous).displayName : QFileInfo(f.previousFile).fileName();
    t.note =
        tr("%1 of %n plan item(s) of %2 reported on; read by meaning (themes, topic terms and their synonyms, words, figures).", nullptr, int(f.plans.size()))
            .arg(reported)
            .arg(before);
    // Reports by their labels, never by a file name.
    t.source = tr("Source: the rule-of-law reports of %1 and %2; plans followed up by Duizhao.").arg(a.displayName, before);
    return t;
}

TableData AuditFormat::recurrenceTable(const QList<ReportAudit> &audits)
{
    TableData t;
    t.title = tr("Shortcomings admitted again");
    t.header = QStringList {tr("Report"), tr("This year"), tr("The year before"), tr("Signs of recurrence")};
    for (const ReportAudit &a : audits) {
        if (!a.followUp)
            continue;
        for (const RecurringShortcoming &r : a.followUp->recurring)
            t.rows.append(QList<CellValue> {a.displayName, r.text, r.previousText, r.signs.join(tr(", "))});
    }
    t.note = tr("A later year's shortcoming on the same theme and topic as one of the year before, in any words.");
    return t;
}

} // namespace Dz
