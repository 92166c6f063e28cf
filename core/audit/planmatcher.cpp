#include "audit/planmatcher.h"

#include "base/shortsort.h"

#include "indicators/clauses.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
    , m_read(size_t(m_passages.size()))
{
    // Every passage glanced at; words are weighed by all of them.
    std::vector<StatementGlance> glances;
    std::vector<StatementGlance> admitting;
    glances.reserve(size_t(m_passages.size()));
    admitting.reserve(size_t(m_passages.size()));
    for (const FollowUpPassage &p : std::as_const(m_passages)) {
        admitting.emplace_back();
        glances.push_back(m_comparer.glance(p.text, &admitting.back()));
    }
    m_glances = std::make_shared<const GlanceSet>(std::move(glances));
    m_admittingGlances = GlanceSet(std::move(admitting));
    m_comparer.setCorpus(m_glances);
}

const PlanMatcher::PassageReading &PlanMatcher::readingOf(int passage) const
{
    // A passage after a ； plans when the sentence it goes on planned: read from
    // where the sentence starts, or from a part already read.
    int from = passage;
    while (from > 0 && m_passages.at(from).continues && !m_read[size_t(from - 1)])
        --from;
    for (int i = from; i <= passage; ++i) {
        if (m_read[size_t(i)])
            continue;
        const bool planned = i > 0 && m_passages.at(i).continues && m_read[size_t(i - 1)]->plans;
        m_read[size_t(i)] = read(m_passages.at(i), planned);
    }
    return *m_read[size_t(passage)];
}

PlanMatcher::PassageReading PlanMatcher::read(const FollowUpPassage &p, bool planned) const
{
    // Its clauses that report (neither plan nor admit) and those that admit a shortcoming.
    const StatementScan scan = m_classifier->scan(p.text);
    bool planning = planned;
    QList<int> report;
    QList<int> admission;
    for (int i = 0; i < scan.clauses.size(); ++i) {
        const WeaknessClauseReading &c = scan.clauses.at(i);
        planning = planning || c.plan;
        if (planning)
            continue;
        const bool admits = !c.deficiencies.isEmpty() && !c.success && !c.conceded;
        (admits ? admission : report).append(i);
    }
    // A passage is only compared against, never a query: its words are never asked.
    PassageReading r;
    r.plans = planning;
    if (!report.isEmpty() && !p.heading)
        r.report = m_comparer.readClauses(scan, report, StatementComparer::Words::Omitted);
    if (!admission.isEmpty())
        r.admission = m_comparer.readClauses(scan, admission, StatementComparer::Words::Omitted);
    return r;
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

QList<StatementReading> PlanMatcher::clausesOf(const StatementScan &plan) const
{
    QList<StatementReading> out;
    // An aim is shown without the item's list marker (（三）, 一是): readSpan() leaves it out.
    for (const auto &[from, to] : StatementComparer::clauses(plan.text))
        out.append(m_comparer.readSpan(plan, {from, to}));
    return out;
}

QList<PlanMatcher::Candidate> PlanMatcher::candidatesFor(const StatementComparer::Query &query, Part part, double floor) const
{
    const GlanceSet &glances = part == Part::Report ? *m_glances : m_admittingGlances;
    const std::vector<double> most = m_comparer.bounds(query, glances);
    QList<Candidate> out;
    for (int p = 0; p < int(most.size()); ++p) {
        // A heading reports nothing (the first passage stands for "none"); a
        // passage with no clause that may admit admits nothing.
        const bool empty = part == Part::Report ? p > 0 && m_passages.at(p).heading : glances.glances()[size_t(p)].folded.isEmpty();
        if (!empty && most[size_t(p)] >= floor)
            out.append({most[size_t(p)], p});
    }
    stableSortShort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        return a.most > b.most;
    });
    return out;
}

PlanMatcher::Best PlanMatcher::bestAmong(const StatementComparer::Query &query, const QList<Candidate> &candidates, Part part, double enough) const
{
    // The first passage scoring most: candidates in order of the most they can
    // score, read only while that can reach the best found so far (or until
    // one scores @p enough). A passage whose part is empty (a heading, a plan,
    // a report only) scores 0; the first passage stands for "none" when nothing scores.
    Best best;
    double bestScore = -1;
    for (const Candidate &c : candidates) {
        if (c.most < bestScore || bestScore >= enough)
            break;
        const PassageReading &read = readingOf(c.passage);
        const StatementReading &reading = part == Part::Report ? read.report : read.admission;
        if (c.passage > 0 && reading.text.isEmpty())
            continue;
        const double score = m_comparer.score(query, reading);
        if (score > bestScore || (score == bestScore && c.passage < best.passage)) {
            best.passage = c.passage;
            bestScore = score;
        }
    }
    best.score = std::max(bestScore, 0.0);
    return best;
}

PlanAim PlanMatcher::aimOf(const StatementReading &clause, PlanMatch &m, double &admittedScore) const
{
    PlanAim aim;
    aim.text = clause.text;
    const StatementComparer::Query query = m_comparer.prepare(clause);
    // What it says: its concepts and telling words (not the units of its figures).
    for (const StatementComparer::Query::Concept &k : query.concepts)
        aim.weight += k.weight;
    for (const StatementComparer::Query::Word &w : query.words)
        aim.weight += w.unit ? 0 : w.weight;
    // Below the rules' score a passage carries nothing and admits nothing: those
    // are not looked for. The best admission is looked for; a reporting
    // passage only until one carries the aim (scores the rules' score, and
    // more than the admission): which is the best does not matter.
    const Best admitting =
        bestAmong(query, candidatesFor(query, Part::Admission, m_rules.carriedScore), Part::Admission, std::numeric_limits<double>::infinity());
    aim.admission = admitting.score;
    const bool admits = admitting.passage >= 0 && aim.admission >= m_rules.carriedScore;
    const double enough = admits ? std::nextafter(aim.admission, 2.0) : m_rules.carriedScore;
    aim.score = bestAmong(query, candidatesFor(query, Part::Report, m_rules.carriedScore), Part::Report, enough).score;
    // A sentence that admits it as wanting outweighs one that seems to report it.
    const bool admitted = admits && aim.admission > aim.score;
    if (admitted && aim.admission > admittedScore) {
        admittedScore = aim.admission;
        m.admitted = true;
        m.admission = m_passages.at(admitting.passage).text;
    }
    aim.carried = !admitted && aim.weight > 0 && aim.score >= m_rules.carriedScore;
    return aim;
}

PlanMatch PlanMatcher::match(QStringView plan) const
{
    PlanMatch m;
    // The plan read once; its aims and the whole taken from that reading.
    const StatementScan scan = m_classifier->scan(plan);
    const QList<StatementReading> clauses = clausesOf(scan);
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
        const StatementReading all = m_comparer.readSpan(scan, {0, scan.text.size()});
        const StatementComparer::Query query = m_comparer.prepare(all);
        const Best whole = bestAmong(query, candidatesFor(query, Part::Report, 0), Part::Report, std::numeric_limits<double>::infinity());
        // Why, for the one shown.
        const MeaningOverlap overlap = whole.passage >= 0 ? m_comparer.overlap(query, readingOf(whole.passage).report) : MeaningOverlap();
        m.passage = whole.passage;
        m.score = overlap.score;
        explain(m, overlap);
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
        m.figures = readingOf(m.passage).report.figures.mid(0, 4);
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
