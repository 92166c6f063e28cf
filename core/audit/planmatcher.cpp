#include "audit/planmatcher.h"

#include "indicators/clauses.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

QString followUpStatusKey(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Reported:
        return u"reported"_s;
    case FollowUpStatus::Partly:
        return u"partly_reported"_s;
    case FollowUpStatus::NotReported:
        break;
    }
    return u"not_reported"_s;
}

QString followUpStatusName(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Reported:
        return PlanMatcher::tr("reported");
    case FollowUpStatus::Partly:
        return PlanMatcher::tr("partly reported");
    case FollowUpStatus::NotReported:
        break;
    }
    return PlanMatcher::tr("not reported");
}

PlanMatcher::PlanMatcher(const WeaknessClassifier &classifier, QList<FollowUpPassage> passages, PlanMatchRules rules)
    : m_classifier(&classifier)
    , m_comparer(classifier)
    , m_passages(std::move(passages))
    , m_rules(rules)
{
    // Each passage read once; its clauses that report (neither plan nor admit),
    // those that admit a shortcoming, and all of them (what the words are weighed by).
    // Most sentences only report (or only admit): a part that is all of the
    // sentence, or none of it, is not read again.
    const StatementReading none = m_comparer.readClauses({}, {});
    const auto readPart = [this, &none](const StatementScan &scan, const QList<int> &part, const QList<int> &all, const StatementReading *whole) {
        if (part.isEmpty())
            return none;
        return part.size() == all.size() && whole ? *whole : m_comparer.readClauses(scan, part);
    };
    QList<StatementReading> corpus;
    bool planning = false; // the sentence so far plans
    for (const FollowUpPassage &p : std::as_const(m_passages)) {
        const StatementScan scan = classifier.scan(p.text);
        planning = planning && p.continues;
        QList<int> report;
        QList<int> admission;
        QList<int> all;
        for (int i = 0; i < scan.clauses.size(); ++i) {
            const WeaknessClauseReading &c = scan.clauses.at(i);
            all.append(i);
            planning = planning || c.plan;
            if (planning)
                continue;
            const bool admits = !c.deficiencies.isEmpty() && !c.success && !c.conceded;
            (admits ? admission : report).append(i);
        }
        corpus.append(readPart(scan, all, all, nullptr));
        m_readings.append(p.heading ? StatementReading() : readPart(scan, report, all, &corpus.constLast()));
        m_admissions.append(readPart(scan, admission, all, &corpus.constLast()));
    }
    m_comparer.setCorpus(corpus);
}

QList<FollowUpPassage> PlanMatcher::sentences(const QString &text, TextSpan scope)
{
    QList<FollowUpPassage> out;
    const qsizetype end = std::min<qsizetype>(scope.end, text.size());
    qsizetype start = std::max<qsizetype>(scope.start, 0);
    bool continues = false;
    for (qsizetype i = start; i <= end; ++i) {
        if (i < end && !isSentenceEnd(text.at(i)))
            continue;
        const QString sentence = text.mid(start, i - start).trimmed();
        if (sentence.size() >= 6)
            out.append({sentence, {start, i}, QString(), QString(), false, continues});
        // A ； parts a sentence, which goes on.
        continues = i < end && (text.at(i) == u'；' || text.at(i) == u';');
        start = i + 1;
    }
    return out;
}

QList<PlanMatcher::Clause> PlanMatcher::clausesOf(const StatementScan &plan) const
{
    QList<Clause> out;
    for (const auto &[from, to] : StatementComparer::clauses(plan.text)) {
        Clause c;
        // An aim is shown without the item's list marker (（三）, 一是).
        c.reading = m_comparer.readSpan(plan, {from, to});
        c.text = c.reading.text;
        for (const QString &k : std::as_const(c.reading.meaning.topicConcepts))
            c.weight += m_comparer.conceptWeight(k);
        for (const QString &w : std::as_const(c.reading.words))
            c.weight += m_comparer.wordWeight(w);
        out.append(c);
    }
    return out;
}

PlanMatcher::Best PlanMatcher::bestFor(const StatementReading &query) const
{
    Best best;
    double bestScore = 0;
    const StatementComparer::Query prepared = m_comparer.prepare(query);
    for (int p = 0; p < m_readings.size(); ++p) {
        // A passage that reports nothing (a heading, a plan, an admission only)
        // scores 0; the first passage stands for "none" when nothing scores.
        if (best.passage >= 0 && m_readings.at(p).text.isEmpty())
            continue;
        const double score = m_comparer.score(prepared, m_readings.at(p));
        if (best.passage < 0 || score > bestScore) {
            best.passage = p;
            bestScore = score;
        }
    }
    // Why, for the one shown.
    if (best.passage >= 0)
        best.overlap = m_comparer.overlap(query, m_readings.at(best.passage));
    return best;
}

PlanAim PlanMatcher::aimOf(const Clause &c, PlanMatch &m, double &admittedScore) const
{
    PlanAim aim;
    aim.text = c.text;
    aim.weight = c.weight;
    aim.score = bestFor(c.reading).overlap.score;
    int admitting = -1;
    const StatementComparer::Query prepared = m_comparer.prepare(c.reading);
    for (int p = 0; p < m_admissions.size(); ++p) {
        // Most sentences admit nothing: an empty reading scores 0, never more than none found.
        if (m_admissions.at(p).text.isEmpty())
            continue;
        const double s = m_comparer.score(prepared, m_admissions.at(p));
        if (s > aim.admission) {
            aim.admission = s;
            admitting = p;
        }
    }
    // A sentence that admits it as wanting outweighs one that seems to report it.
    const bool admitted = admitting >= 0 && aim.admission >= m_rules.carriedScore && aim.admission > aim.score;
    if (admitted && aim.admission > admittedScore) {
        admittedScore = aim.admission;
        m.admitted = true;
        m.admission = m_passages.at(admitting).text;
    }
    aim.carried = !admitted && aim.weight > 0 && aim.score >= m_rules.carriedScore;
    return aim;
}

PlanMatch PlanMatcher::match(QStringView plan) const
{
    PlanMatch m;
    // The plan read once; its aims and the whole taken from that reading.
    const StatementScan scan = m_classifier->scan(plan);
    const QList<Clause> clauses = clausesOf(scan);
    double total = 0;
    double carried = 0;
    double admittedScore = 0;
    for (int i = 0; i < clauses.size(); ++i) {
        PlanAim aim = aimOf(clauses.at(i), m, admittedScore);
        aim.headline = i == 0 && clauses.size() > 1;
        // A clause that says nothing telling (持续推进法治政府建设) weighs nothing.
        if (aim.carried) {
            total += aim.weight;
            carried += aim.weight;
            m.carried.append(aim.text);
        } else if (aim.weight > 0) {
            total += aim.headline ? 0 : aim.weight;
            m.missing.append(aim.text);
        }
        m.aims.append(aim);
    }
    m.coverage = total > 0 ? carried / total : 0;
    // What the next report admits as still wanting was not done in full.
    if (m.coverage >= m_rules.reportedShare && !m.admitted)
        m.status = FollowUpStatus::Reported;
    else if (m.coverage > 0)
        m.status = FollowUpStatus::Partly;
    // The passage to show: the one carrying most of the whole plan.
    if (m.status != FollowUpStatus::NotReported) {
        const Best whole = bestFor(m_comparer.readSpan(scan, {0, scan.text.size()}));
        m.passage = whole.passage;
        m.score = whole.overlap.score;
        explain(m, whole.overlap);
    } else {
        explain(m, {});
    }
    return m;
}

void PlanMatcher::explain(PlanMatch &m, const MeaningOverlap &o) const
{
    for (const QString &k : o.sharedConcepts) {
        if (!m.sharedConcepts.contains(StatementComparer::conceptName(k)))
            m.sharedConcepts.append(StatementComparer::conceptName(k));
    }
    m.sharedWords = o.sharedWords.mid(0, 6);
    for (const QString &k : o.missingConcepts)
        m.missingTerms.append(StatementComparer::conceptName(k));
    for (const QString &w : o.missingWords) {
        if (m_comparer.wordWeight(w) >= 0.5 && m.missingTerms.size() < 6)
            m.missingTerms.append(w);
    }
    if (m.passage >= 0)
        m.figures = m_readings.at(m.passage).figures.mid(0, 4);
    const QString sep = tr(", ");
    QString reason;
    switch (m.status) {
    case FollowUpStatus::Reported:
    case FollowUpStatus::Partly:
        reason = tr("%1: %2 of %n aim(s) of the plan carried; the next report says “%3”", nullptr, int(m.carried.size() + m.missing.size()))
                     .arg(followUpStatusName(m.status))
                     .arg(m.carried.size())
                     .arg(m_passages.at(m.passage).text);
        if (!m.sharedConcepts.isEmpty() || !m.sharedWords.isEmpty())
            reason += u"; "_s + tr("both name %1").arg(StatementComparer::shared(o).mid(0, 8).join(sep));
        if (!m.figures.isEmpty())
            reason += u"; "_s + tr("with figures %1").arg(m.figures.join(sep));
        if (!m.missing.isEmpty())
            reason += u"; "_s + tr("not found: “%1”").arg(m.missing.join(u"”“"_s));
        break;
    case FollowUpStatus::NotReported:
        reason = tr("not reported: no sentence of the next report carries “%1”").arg(m.missing.join(u"”“"_s));
        break;
    }
    if (m.admitted)
        reason += u"; "_s + tr("the next report admits it as still wanting: “%1”").arg(m.admission);
    m.reason = reason;
}

} // namespace Dz
