#include "audit/substancecheck.h"

using namespace Qt::StringLiterals;

namespace Dz
{

QList<AuditCheck> SubstanceCheck::run(const Report &report, const ReportParts &parts, const ReportWeaknesses &weaknesses, const AuditRules &rules,
    const QuantityScanner &scanner, ReportAudit &audit)
{
    QList<AuditCheck> checks;

    const QList<TextSpan> p1 = parts.spans(u"P1"_s);
    audit.p1Length = ReportParts::visibleLength(report.text, p1);
    TextSpan firstFigure;
    for (const TextSpan &span : p1) {
        const QList<Quantity> found = scanner.scanFolded(QStringView(report.matchText).mid(span.start, span.length()));
        audit.figures += int(found.size());
        if (!firstFigure.isValid() && !found.isEmpty())
            firstFigure = {span.start + found.first().span.start, span.start + found.first().span.end};
    }
    audit.figuresPer1000 = audit.p1Length > 0 ? 1000.0 * audit.figures / audit.p1Length : 0;
    AuditCheck figures;
    figures.id = AuditCheckId::Figures;
    figures.value = QString::number(audit.figuresPer1000, 'f', 1);
    if (audit.p1Length == 0) {
        figures.status = AuditStatus::Unknown;
        figures.reason = tr("The report has no measures part (P1) to count figures in.");
    } else {
        figures.status = audit.figuresPer1000 >= rules.minimumFiguresPer1000 ? AuditStatus::Met : AuditStatus::Finding;
        figures.reason = tr("%n quantified statement(s) in %1 characters of the measures part (P1): %2 per 1,000 characters", nullptr, audit.figures)
                             .arg(audit.p1Length)
                             .arg(audit.figuresPer1000, 0, 'f', 2)
            + u' '
            + (figures.status == AuditStatus::Met ? tr("(at least %1 expected).") : tr("(fewer than %1: results stated without figures)."))
                  .arg(rules.minimumFiguresPer1000);
        figures.span = p1.isEmpty() ? TextSpan() : p1.first();
    }
    checks.append(figures);

    const QList<TextSpan> p2 = parts.spans(u"P2"_s);
    const int p2Length = ReportParts::visibleLength(report.text, p2);
    audit.p2Share = parts.bodyLength() > 0 ? double(p2Length) / parts.bodyLength() : 0;
    AuditCheck share;
    share.id = AuditCheckId::ShortcomingsShare;
    share.value = u"%1%"_s.arg(audit.p2Share * 100, 0, 'f', 1);
    share.span = p2.isEmpty() ? TextSpan() : p2.first();
    if (p2.isEmpty()) {
        share.status = AuditStatus::Finding;
        share.reason = tr("The report has no shortcomings part (P2): it takes none of the body.");
    } else {
        share.status = audit.p2Share >= rules.minimumShortcomingsShare ? AuditStatus::Met : AuditStatus::Finding;
        share.reason =
            tr("The shortcomings part (P2) has %1 of the body's %2 characters (%3%)").arg(p2Length).arg(parts.bodyLength()).arg(audit.p2Share * 100, 0, 'f', 1)
            + u' '
            + (share.status == AuditStatus::Met ? tr("(at least %1% expected).") : tr("(less than %1%: a report of achievements with a token admission)."))
                  .arg(rules.minimumShortcomingsShare * 100);
    }
    checks.append(share);

    AuditCheck count;
    count.id = AuditCheckId::Shortcomings;
    QStringList heads;
    for (const WeaknessItem &item : weaknesses.items) {
        if (item.kind != WeaknessKind::Shortcoming)
            continue;
        ++audit.shortcomings;
        if (heads.size() < 3)
            heads.append(u"“%1”"_s.arg(item.text.left(24)));
        if (!count.span.isValid())
            count.span = item.span;
    }
    count.value = QString::number(audit.shortcomings);
    count.status = audit.shortcomings >= rules.minimumShortcomings ? AuditStatus::Met : AuditStatus::Finding;
    if (weaknesses.missing)
        count.reason = tr("The report admits no shortcoming: it has no shortcomings part.");
    else if (audit.shortcomings == 0)
        count.reason = tr("The shortcomings part names no shortcoming the extractor could tell apart.");
    else
        count.reason = tr("%n shortcoming(s) admitted: %1.", nullptr, audit.shortcomings).arg(heads.join(u", "_s));
    checks.append(count);
    return checks;
}

} // namespace Dz
