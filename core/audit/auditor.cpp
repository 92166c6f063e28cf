#include "audit/auditor.h"

#include "analysis/analysisengines.h"
#include "audit/copyindex.h"
#include "audit/copyindexcache.h"
#include "audit/followuptracker.h"
#include "audit/reportparts.h"
#include "audit/requiredcontentscheck.h"
#include "audit/signaturecheck.h"
#include "audit/substancecheck.h"
#include "audit/timelinesscheck.h"
#include "base/widthfolding.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "dz.core.audit", QtInfoMsg)

namespace Dz
{

namespace
{

// What copying is not looked for in: title, 落款 and page furniture, the
// numbering markers, and the headings that name a required part (every
// report has 主要举措和成效; the rule asks for it).
QList<TextSpan> notCompared(const Report &report, const ReportClassification &classification)
{
    QList<TextSpan> spans;
    for (const Block &b : report.blocks) {
        if (b.kind == BlockKind::Title || b.kind == BlockKind::Signature || b.kind == BlockKind::Date || b.kind == BlockKind::Furniture)
            spans.append(b.span);
    }
    for (int i = 0; i < report.sections.size(); ++i) {
        const Section &s = report.sections.at(i);
        const bool partHeading = i < classification.sections.size() && classification.sections.at(i).isPartHeading;
        if (partHeading && s.headingSpan.isValid())
            spans.append(s.headingSpan);
        else if (s.headingSpan.isValid() && s.titleSpan.isValid() && s.titleSpan.start > s.headingSpan.start)
            spans.append({s.headingSpan.start, s.titleSpan.start});
    }
    return ReportParts::merged(spans);
}

AuditCheck copiedCheck(const ReportAudit &audit, const QList<ReportAudit> &all, const AuditRules &rules)
{
    AuditCheck check;
    check.id = AuditCheckId::Copied;
    const CopyFindings &c = audit.copied;
    check.value = u"%1%"_s.arg(c.share() * 100, 0, 'f', 1);
    if (c.passages.isEmpty()) {
        check.status = AuditStatus::Met;
        check.reason = Auditor::tr("No passage of %n or more characters is shared with another report beyond boilerplate", nullptr, rules.copying.passageLength)
            + u' ' + Auditor::tr("(%n boilerplate passage(s) set apart).", nullptr, int(c.boilerplate.size()));
        return check;
    }
    check.status = AuditStatus::Finding;
    QHash<int, int> perSource;
    QList<int> order;
    for (int i = 0; i < c.passages.size(); ++i) {
        const int other = audit.copiedFromReport.value(i, -1);
        if (!perSource.contains(other))
            order.append(other);
        perSource[other] += c.passages.at(i).length;
    }
    QStringList sources;
    for (const int other : std::as_const(order)) {
        const QString name = other >= 0 && other < all.size() ? all.at(other).displayName : QString();
        sources.append(Auditor::tr("%1 (%2 characters)").arg(name).arg(perSource.value(other)));
    }
    check.reason = Auditor::tr("%n passage(s) shared with other reports cover %1% of the body: %2.", nullptr, int(c.passages.size()))
                       .arg(c.share() * 100, 0, 'f', 1)
                       .arg(sources.join(u", "_s));
    check.span = c.passages.first().span;
    return check;
}

AuditCheck followUpCheck(const ReportAudit &audit)
{
    AuditCheck check;
    check.id = AuditCheckId::FollowUp;
    if (!audit.followUp) {
        check.status = AuditStatus::Unknown;
        check.value = Auditor::tr("no previous year");
        check.reason = Auditor::tr("The project holds no report of the same body for the year before.");
        return check;
    }
    const FollowUp &f = *audit.followUp;
    int reported = 0;
    int partly = 0;
    QStringList missed;
    for (const PlanFollowUp &p : f.plans) {
        if (p.status == FollowUpStatus::Reported)
            ++reported;
        else if (p.status == FollowUpStatus::Partly)
            ++partly;
        else if (missed.size() < 3)
            missed.append(u"“%1”"_s.arg(p.title.left(24)));
    }
    check.value = u"%1/%2"_s.arg(reported).arg(f.plans.size());
    QString reason = Auditor::tr("Of the %n plan item(s) of %1, ", nullptr, int(f.plans.size())).arg(QFileInfo(f.previousFile).fileName())
        + Auditor::tr("%n reported on", nullptr, reported);
    if (partly > 0)
        reason += u", "_s + Auditor::tr("%n partly", nullptr, partly);
    if (!missed.isEmpty())
        reason += u"; "_s + Auditor::tr("not reported: %1").arg(missed.join(u", "_s));
    reason += u". "_s + Auditor::tr("%n shortcoming(s) admitted again", nullptr, int(f.recurring.size())) + u", "_s
        + Auditor::tr("%n said to be rectified (整改).", nullptr, int(f.rectified.size()));
    check.reason = reason;
    check.status = reported < f.plans.size() || !f.recurring.isEmpty() ? AuditStatus::Finding : AuditStatus::Met;
    return check;
}

} // namespace

Auditor::Auditor(const AuditRules &rules)
    : m_rules(&rules)
{
}

QString Auditor::bodyKey(const Report &report)
{
    QString issuer = foldWidth(report.metadata.issuer.value);
    issuer.remove(QRegularExpression(u"\\s+"_s));
    if (!issuer.isEmpty())
        return u"issuer:"_s + issuer;
    return report.metadata.district.isValid() ? u"district:"_s + report.metadata.district.value : QString();
}

QList<ReportAudit> Auditor::audit(const Comparison &comparison, CopyIndexCache *copies) const
{
    return run(comparison, nullptr, copies);
}

void Auditor::auditAll(QPromise<QList<ReportAudit>> &promise, const Comparison *comparison, const AuditRules *rules, CopyIndexCache *copies)
{
    const Auditor auditor(rules ? *rules : AuditRules::builtIn());
    QList<ReportAudit> result = auditor.run(*comparison, &promise, copies);
    if (!promise.isCanceled())
        promise.addResult(std::move(result));
}

QList<ReportAudit> Auditor::run(const Comparison &comparison, QPromise<QList<ReportAudit>> *promise, CopyIndexCache *copies) const
{
    const AnalysisEngines &engines = AnalysisEngines::required();
    const QList<Report> &reports = comparison.reports;
    const int n = int(reports.size());
    if (promise)
        promise->setProgressRange(0, 3 * n);
    QList<ReportAudit> audits;
    std::vector<std::unique_ptr<ReportParts>> parts;
    for (int i = 0; i < n; ++i) {
        if (promise && promise->isCanceled())
            return {};
        const Report &report = reports.at(i);
        parts.push_back(std::make_unique<ReportParts>(comparison.alignment, report, i));
        ReportAudit a;
        a.file = report.filePath;
        a.displayName = report.displayName();
        a.district = report.metadata.district.value;
        a.year = report.year();
        a.checks.append(RequiredContentsCheck::run(*parts.back(), comparison.alignment, *m_rules, a));
        a.checks.append(TimelinessCheck::run(report, *m_rules, a));
        a.checks.append(SignatureCheck::run(report, a));
        a.checks.append(SubstanceCheck::run(report, *parts.back(), comparison.weaknesses.value(i), *m_rules, QuantityScanner::builtIn(), a));
        audits.append(a);
        if (promise)
            promise->setProgressValue(i + 1);
    }

    std::optional<CopyIndexCache> own;
    if (!copies)
        copies = &own.emplace(*m_rules);
    QList<CopyIndexCache::Body> bodies;
    bodies.reserve(n);
    for (int i = 0; i < n; ++i)
        bodies.append({reports.at(i).matchText, notCompared(reports.at(i), comparison.classifications.value(i))});
    const bool indexed = copies->update(bodies, [promise, n](int done) {
        if (promise)
            promise->setProgressValue(n + done);
        return !(promise && promise->isCanceled());
    });
    if (!indexed)
        return {};
    const CopyIndex &index = copies->index();
    for (int i = 0; i < n; ++i) {
        ReportAudit &a = audits[i];
        a.copied = index.findings(i);
        for (const CopiedPassage &p : std::as_const(a.copied.passages)) {
            a.copiedFromReport.append(p.other);
            a.copiedFrom.append(reports.at(p.other).filePath);
        }
    }
    for (int i = 0; i < n; ++i)
        audits[i].checks.append(copiedCheck(audits.at(i), audits, *m_rules));

    // The themes the comparison's weaknesses were read with (an analyst's catalog too).
    const FollowUpTracker tracker(
        engines.classifier.scheme(), comparison.weaknessCatalog.isValid() ? comparison.weaknessCatalog : engines.weaknesses.catalog(), *m_rules);
    for (int i = 0; i < n; ++i) {
        if (promise && promise->isCanceled())
            return {};
        const Report &report = reports.at(i);
        const QString key = bodyKey(report);
        if (!key.isEmpty() && report.year() > 0) {
            for (int j = 0; j < n; ++j) {
                if (j == i || reports.at(j).year() != report.year() - 1 || bodyKey(reports.at(j)) != key)
                    continue;
                const FollowUpInput earlier {&reports.at(j), &comparison.classifications.at(j), parts[std::size_t(j)].get(), &comparison.weaknesses.at(j)};
                const FollowUpInput later {&report, &comparison.classifications.at(i), parts[std::size_t(i)].get(), &comparison.weaknesses.at(i)};
                FollowUp f = tracker.compare(earlier, later);
                f.previous = j;
                audits[i].followUp = std::move(f);
                break;
            }
        }
        audits[i].checks.append(followUpCheck(audits.at(i)));
        if (promise)
            promise->setProgressValue(2 * n + i + 1);
    }
    qCDebug(lcAudit) << "audited" << n << "reports";
    return audits;
}

} // namespace Dz
