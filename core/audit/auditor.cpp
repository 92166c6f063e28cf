#include "audit/auditor.h"

#include "analysis/analysisengines.h"
#include "audit/audit_debug.h"
#include "audit/bodyidentity.h"
#include "audit/copyindex.h"
#include "audit/copyindexcache.h"
#include "audit/followuptracker.h"
#include "audit/reportparts.h"
#include "audit/requiredcontentscheck.h"
#include "audit/signaturecheck.h"
#include "audit/substancecheck.h"
#include "audit/timelinesscheck.h"
#include "base/parallelgrain.h"

#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QtConcurrentMap>

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;

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

QString percent(double share)
{
    return u"%1%"_s.arg(share * 100, 0, 'f', 1);
}

// The other reports of @p passages with the characters each has, in the
// order they first appear: "滨海 · 2023 (120 characters)".
QStringList othersOf(const QList<CopiedPassage> &passages, const QList<ReportAudit> &all, const std::function<QString(int other, int characters)> &name)
{
    QHash<int, int> characters;
    QList<int> order;
    for (const CopiedPassage &p : passages) {
        if (!characters.contains(p.other))
            order.append(p.other);
        characters[p.other] += p.length;
    }
    QStringList names;
    for (const int other : std::as_const(order)) {
        if (other >= 0 && other < all.size())
            names.append(name(other, characters.value(other)));
    }
    return names;
}

AuditCheck copiedCheck(const ReportAudit &audit, const QList<ReportAudit> &all, const AuditRules &rules)
{
    AuditCheck check;
    check.id = AuditCheckId::Copied;
    const CopyFindings &c = audit.copied;
    const QList<CopiedPassage> taken = c.passagesOf(CopyDirection::Copied);
    check.value = percent(c.share(CopyDirection::Copied));
    if (taken.isEmpty()) {
        check.status = AuditStatus::Met;
        check.reason =
            Auditor::tr("No passage of %n or more characters was taken from an earlier report beyond boilerplate", nullptr, rules.copying.passageLength) + u' '
            + Auditor::tr("(%n boilerplate passage(s) set apart).", nullptr, int(c.boilerplate.size()));
        return check;
    }
    check.status = AuditStatus::Finding;
    const QStringList sources = othersOf(taken, all, [&](int other, int characters) {
        const QString &name = all.at(other).displayName;
        return audit.body.isEmpty() || audit.body != all.at(other).body
            ? Auditor::tr("%1 (%2 characters)").arg(name).arg(characters)
            : Auditor::tr("%1 (%2 characters, the same body's earlier report)").arg(name).arg(characters);
    });
    check.reason = Auditor::tr("%n passage(s) taken from earlier reports cover %1% of the body: %2.", nullptr, int(taken.size()))
                       .arg(c.share(CopyDirection::Copied) * 100, 0, 'f', 1)
                       .arg(sources.join(u", "_s));
    if (c.ownLength > 0)
        check.reason +=
            u' ' + Auditor::tr("%1% of the body repeats the same body's earlier report(s).").arg(double(c.ownLength) * 100 / c.bodyLength, 0, 'f', 1);
    check.span = taken.first().span;
    return check;
}

AuditCheck copiedByCheck(const ReportAudit &audit, const QList<ReportAudit> &all, const AuditRules &rules)
{
    AuditCheck check;
    check.id = AuditCheckId::CopiedBy;
    // Being copied is no finding against the report that was copied.
    check.status = AuditStatus::Met;
    const CopyFindings &c = audit.copied;
    const QList<CopiedPassage> taken = c.passagesOf(CopyDirection::CopiedBy);
    check.value = percent(c.share(CopyDirection::CopiedBy));
    if (taken.isEmpty()) {
        check.reason = Auditor::tr("No later report took a passage of %n or more characters from it.", nullptr, rules.copying.passageLength);
        return check;
    }
    const QStringList takers = othersOf(taken, all, [&](int other, int characters) {
        return Auditor::tr("%1 (%2 characters)").arg(all.at(other).displayName).arg(characters);
    });
    check.reason =
        Auditor::tr("Later reports took %1% of its body, in %n passage(s): %2. Being copied is no finding against this report.", nullptr, int(taken.size()))
            .arg(c.share(CopyDirection::CopiedBy) * 100, 0, 'f', 1)
            .arg(takers.join(u", "_s));
    check.span = taken.first().span;
    return check;
}

AuditCheck sharedCheck(const ReportAudit &audit, const QList<ReportAudit> &all, const AuditRules &rules)
{
    AuditCheck check;
    check.id = AuditCheckId::Shared;
    const CopyFindings &c = audit.copied;
    const QList<CopiedPassage> shared = c.passagesOf(CopyDirection::Shared);
    check.value = percent(c.share(CopyDirection::Shared));
    if (shared.isEmpty()) {
        check.status = AuditStatus::Met;
        check.reason = Auditor::tr("No passage of %n or more characters is shared with a report whose order is unknown.", nullptr, rules.copying.passageLength);
        return check;
    }
    // Who copied whom cannot be told: the text does not say.
    check.status = AuditStatus::Unknown;
    const QStringList others = othersOf(shared, all, [&](int other, int characters) {
        const ReportAudit &o = all.at(other);
        QString why = ReportOrder::whyUnknown(audit.order, audit.displayName, o.order, o.displayName);
        // A sentence inside the parentheses: without its full stop.
        while (why.endsWith(u'.') || why.endsWith(u'。'))
            why.chop(1);
        return Auditor::tr("%1 (%2 characters; %3)").arg(o.displayName).arg(characters).arg(why);
    });
    check.reason = Auditor::tr(
        "%1% of the body is shared, in %n passage(s), with reports it cannot be ordered with, so who copied whom is unknown: %2.", nullptr, int(shared.size()))
                       .arg(c.share(CopyDirection::Shared) * 100, 0, 'f', 1)
                       .arg(others.join(u", "_s));
    check.span = shared.first().span;
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

// Report @p i's own checks: required contents, timeliness, signature,
// substance; its body and its order among the others.
ReportAudit ownChecks(const Comparison &comparison, int i, const ReportParts &parts, const AuditRules &rules)
{
    const Report &report = comparison.reports.at(i);
    ReportAudit a;
    a.file = report.filePath;
    a.displayName = report.displayName();
    a.district = report.metadata.district.value;
    a.year = report.year();
    a.checks.append(RequiredContentsCheck::run(parts, comparison.alignment, rules, a));
    a.checks.append(TimelinessCheck::run(report, rules, a));
    a.checks.append(SignatureCheck::run(report, a));
    a.checks.append(SubstanceCheck::run(report, parts, comparison.weaknesses.value(i), rules, QuantityScanner::builtIn(), a));
    a.body = BodyIdentity::keyOf(report);
    a.order = ReportOrder::of(report, a.published, a.signingDate);
    return a;
}

// The passages each report shares with the others, by direction, from
// @p copies brought up to date; false when @p progress stopped it.
bool findCopies(const Comparison &comparison, QList<ReportAudit> &audits, CopyIndexCache &copies, const std::function<bool(int done)> &progress)
{
    const int n = int(audits.size());
    // Indexed from the earliest report (year, then date; those of unknown
    // order last), so that a report is compared with its sources when it is
    // added: each then needs one verified source per passage.
    QList<int> sequence(n);
    std::iota(sequence.begin(), sequence.end(), 0);
    std::stable_sort(sequence.begin(), sequence.end(), [&audits](int a, int b) {
        return audits.at(a).order.sortKey() < audits.at(b).order.sortKey();
    });
    QList<int> place(n);
    QList<CopyIndexCache::Body> bodies;
    bodies.reserve(n);
    for (int at = 0; at < n; ++at) {
        const int i = sequence.at(at);
        const Report &report = comparison.reports.at(i);
        place[i] = at;
        bodies.append({report.matchText, notCompared(report, comparison.classifications.value(i)), audits.at(i).body, audits.at(i).order});
    }
    if (!copies.update(bodies, progress))
        return false;
    for (int i = 0; i < n; ++i) {
        audits[i].copied = copies.index().findings(place.at(i));
        // Passages name the other report among those audited.
        for (CopiedPassage &p : audits[i].copied.passages)
            p.other = sequence.at(p.other);
    }
    return true;
}

// What report @p i says of the plans and shortcomings of report @p j, the
// same body's year before, each with its shortcomings read
// (FollowUpTracker::readShortcomings()).
FollowUp followUpOf(const FollowUpTracker &tracker, const Comparison &comparison, const std::vector<std::unique_ptr<ReportParts>> &parts, int j,
    const QList<StatementReading> &earlierShortcomings, int i, const QList<StatementReading> &laterShortcomings)
{
    const QList<Report> &reports = comparison.reports;
    const FollowUpInput earlier {
        &reports.at(j), &comparison.classifications.at(j), parts[std::size_t(j)].get(), &comparison.weaknesses.at(j), &earlierShortcomings};
    const FollowUpInput later {
        &reports.at(i), &comparison.classifications.at(i), parts[std::size_t(i)].get(), &comparison.weaknesses.at(i), &laterShortcomings};
    FollowUp f = tracker.compare(earlier, later);
    f.previous = j;
    return f;
}

// Whether the follow-ups of @p pairs (reports with their year before) are worth other cores.
bool pairsWorthOtherCores(const QList<Report> &reports, const std::vector<int> &previous, const QList<int> &pairs)
{
    qsizetype characters = 0;
    for (int i : pairs)
        characters += reports.at(i).text.size() + reports.at(previous[size_t(i)]).text.size();
    return worthOtherCores(pairs.size(), characters);
}

} // namespace

Auditor::Auditor(const AuditRules &rules)
    : m_rules(&rules)
{
}

QString Auditor::bodyKey(const Report &report)
{
    return BodyIdentity::keyOf(report);
}

std::vector<int> Auditor::previousYears(const QList<Report> &reports, const QStringList &bodyKeys)
{
    // Each report by its body and year, the first of several: one pass, not
    // a search of every report for each.
    QHash<std::pair<QString, int>, int> byBodyAndYear;
    for (int j = int(reports.size()) - 1; j >= 0; --j)
        byBodyAndYear.insert({bodyKeys.at(j), reports.at(j).year()}, j); // the first last
    std::vector<int> previous(size_t(reports.size()), -1);
    for (int i = 0; i < int(reports.size()); ++i) {
        if (!bodyKeys.at(i).isEmpty() && reports.at(i).year() > 0)
            previous[size_t(i)] = byBodyAndYear.value({bodyKeys.at(i), reports.at(i).year() - 1}, -1);
    }
    return previous;
}

QList<ReportAudit> Auditor::audit(const Comparison &comparison, CopyIndexCache *copies) const
{
    return run(comparison, {}, copies).value_or(QList<ReportAudit>());
}

std::optional<QList<ReportAudit>> Auditor::audit(const Comparison &comparison, CopyIndexCache *copies, const Progress &progress) const
{
    return run(comparison, progress, copies);
}

std::optional<QList<ReportAudit>> Auditor::run(const Comparison &comparison, const Progress &progress, CopyIndexCache *copies) const
{
    const int n = int(comparison.reports.size());
    // Three steps per report: its own checks, its place in the copy index, its follow-up.
    const auto advance = [&progress, n](int done) {
        return !progress || progress(done, 3 * n);
    };
    if (!advance(0))
        return std::nullopt;
    QList<ReportAudit> audits;
    std::vector<std::unique_ptr<ReportParts>> parts;
    for (int i = 0; i < n; ++i) {
        parts.push_back(std::make_unique<ReportParts>(comparison.alignment, comparison.reports.at(i), i));
        audits.append(ownChecks(comparison, i, *parts.back(), *m_rules));
        if (!advance(i + 1))
            return std::nullopt;
    }
    std::optional<CopyIndexCache> own;
    const bool indexed = findCopies(comparison, audits, copies ? *copies : own.emplace(*m_rules), [&advance, n](int done) {
        return advance(n + done);
    });
    if (!indexed)
        return std::nullopt;
    for (ReportAudit &a : audits) {
        a.checks.append(copiedCheck(a, audits, *m_rules));
        a.checks.append(copiedByCheck(a, audits, *m_rules));
        a.checks.append(sharedCheck(a, audits, *m_rules));
    }
    // The themes the comparison's weaknesses were read with (an analyst's catalog too).
    const AnalysisEngines &engines = AnalysisEngines::required();
    const FollowUpTracker tracker(
        engines.classifier.scheme(), comparison.weaknessCatalog.isValid() ? comparison.weaknessCatalog : engines.weaknesses.catalog(), *m_rules);
    // A report that stands in two pairs of years (the year before, the year
    // after) has its shortcomings read once, by the first pair that asks.
    QStringList bodies;
    bodies.reserve(n);
    for (const ReportAudit &a : std::as_const(audits))
        bodies.append(a.body);
    const std::vector<int> previous = previousYears(comparison.reports, bodies);
    std::vector<QList<StatementReading>> shortcomings(static_cast<size_t>(n));
    const std::unique_ptr<std::once_flag[]> read(new std::once_flag[size_t(n)]);
    const auto shortcomingsOf = [&](int k) -> const QList<StatementReading> & {
        std::call_once(read[size_t(k)], [&] {
            shortcomings[size_t(k)] = tracker.readShortcomings(comparison.weaknesses.at(k));
        });
        return shortcomings[size_t(k)];
    };
    // The reports with their body's year before; the others have no follow-up.
    QList<int> paired;
    for (int i = 0; i < n; ++i) {
        if (previous[size_t(i)] >= 0)
            paired.append(i);
        else
            audits[i].checks.append(followUpCheck(audits.at(i)));
    }
    int done = 2 * n + int(n - paired.size());
    if (!advance(done))
        return std::nullopt;
    const auto followUp = [&](int i) {
        const int j = previous[size_t(i)];
        return followUpOf(tracker, comparison, parts, j, shortcomingsOf(j), i, shortcomingsOf(i));
    };
    // Each pair of years is read on its own: a few pairs at a time on every core.
    const int batch = 2 * std::max(1, QThread::idealThreadCount());
    for (int from = 0; from < paired.size(); from += batch) {
        const QList<int> pairs = paired.mid(from, batch);
        QList<FollowUp> found;
        if (pairsWorthOtherCores(comparison.reports, previous, pairs)) {
            found = QtConcurrent::blockingMapped(pairs, followUp);
        } else {
            for (int i : pairs)
                found.append(followUp(i));
        }
        for (qsizetype k = 0; k < pairs.size(); ++k) {
            const int i = pairs.at(k);
            audits[i].followUp = std::move(found[k]);
            audits[i].checks.append(followUpCheck(audits.at(i)));
        }
        done += int(pairs.size());
        if (!advance(done))
            return std::nullopt;
    }
    qCDebug(lcAudit) << "audited" << n << "reports";
    return audits;
}

} // namespace Dz
