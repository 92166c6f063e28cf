#include "weaknesses/weaknessclassifier.h"

#include "base/requiredcharacters.h"
#include "base/widthfolding.h"
#include "indicators/clauses.h"
#include "weaknesses/weaknessclausescorer.h"
#include "weaknesses/weaknesses_debug.h"
#include "weaknesses/weaknessscan.h"
#include "weaknesses/wordgroups.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <list>
#include <map>

using namespace Qt::StringLiterals;

namespace Dz
{

using Internal::appendOnce;
using Internal::bestTheme;
using Internal::ClauseThemes;
using Internal::Evidence;
using Internal::Scan;
using Internal::scanStatement;
using Internal::scoreClauses;
using Internal::ScoredClause;
using Internal::Scores;
using Internal::TermRef;
namespace MarkerKind = Internal::MarkerKind;

QStringList WeaknessClassification::cues() const
{
    if (themes.isEmpty())
        return {};
    return themes.constFirst().topics + themes.constFirst().deficiencies;
}

WeaknessClassifier::WeaknessClassifier(WeaknessCatalog catalog)
    : WeaknessClassifier(std::move(catalog), [] {
        const auto words = WordSegmenter::builtIn();
        if (!words)
            qCWarning(lcWeaknessCatalog) << "no word list, every character a word:" << words.error();
        return words ? words.value() : WordSegmenter();
    }())
{
}

WeaknessClassifier::WeaknessClassifier(WeaknessCatalog catalog, const WordSegmenter &words)
    : m_catalog(std::move(catalog))
{
    auto data = std::make_shared<Data>();
    QList<std::pair<QString, TermRef>> terms;
    QList<std::pair<QString, int>> markers;
    const auto addPatterns = [&data](const WeaknessConcept &weaknessConcept, const TermRef &ref) {
        for (const QString &pattern : weaknessConcept.patterns)
            data->patterns.append({PrefilteredPattern(QRegularExpression(pattern)), ref});
    };
    for (int c = 0; c < m_catalog.deficiencies().size(); ++c) {
        for (const QString &term : m_catalog.deficiencies().at(c).terms)
            terms.append({term, {WeaknessTermHit::Kind::Deficiency, -1, c, false, m_catalog.deficiencies().at(c).id}});
        addPatterns(m_catalog.deficiencies().at(c), {WeaknessTermHit::Kind::Deficiency, -1, c, false, m_catalog.deficiencies().at(c).id});
    }
    for (int t = 0; t < m_catalog.themes().size(); ++t) {
        const WeaknessTheme &theme = m_catalog.themes().at(t);
        data->themeIndex.insert(theme.id, t);
        for (int c = 0; c < theme.topics.size(); ++c) {
            const WeaknessConcept &k = theme.topics.at(c);
            const TermRef ref {WeaknessTermHit::Kind::Topic, t, c, false, theme.id + u'/' + k.id};
            data->topicIndex.insert(ref.key, data->topicOffsets.back() + c);
            data->topics.push_back({k.weight * (k.generic ? 0.5 : 1), t, c});
            for (const QString &term : k.terms)
                terms.append({term, ref});
            addPatterns(k, ref);
        }
        data->topicOffsets.push_back(data->topicOffsets.back() + int(theme.topics.size()));
        for (int c = 0; c < theme.deficiencies.size(); ++c) {
            const TermRef ref {WeaknessTermHit::Kind::Deficiency, t, c, false, theme.id + u'/' + theme.deficiencies.at(c).id};
            for (const QString &term : theme.deficiencies.at(c).terms)
                terms.append({term, ref});
            addPatterns(theme.deficiencies.at(c), ref);
        }
    }
    for (const QString &phrase : m_catalog.neutralPhrases())
        terms.append({foldWidth(phrase), {WeaknessTermHit::Kind::Topic, -1, -1, true, {}}});
    for (const QString &pattern : m_catalog.neutralPatterns())
        data->patterns.append({PrefilteredPattern(QRegularExpression(pattern)), {WeaknessTermHit::Kind::Topic, -1, -1, true, {}}});
    const auto addMarkers = [&markers](const QStringList &list, int kind) {
        for (const QString &m : list)
            markers.append({foldWidth(m), kind});
    };
    addMarkers(m_catalog.successMarkers(), MarkerKind::Success);
    addMarkers(m_catalog.planMarkers(), MarkerKind::Plan);
    addMarkers(m_catalog.contrastMarkers(), MarkerKind::Contrast);
    addMarkers(m_catalog.recurrenceMarkers(), MarkerKind::Recurrence);
    addMarkers(m_catalog.concessiveMarkers(), MarkerKind::Concessive);
    addMarkers(m_catalog.comparisonMarkers(), MarkerKind::Comparison);

    // One piece per written form: a form may be terms of several concepts and a marker too.
    QHash<QString, int> pieceIds;
    const auto pieceFor = [&](const QString &form) -> Data::Piece & {
        auto it = pieceIds.constFind(form);
        if (it == pieceIds.cend()) {
            it = pieceIds.insert(form, int(data->pieceOf.size()));
            data->pieces.insert(form, *it);
            data->pieceOf.emplace_back();
            data->pieceOf.back().text = form;
        }
        return data->pieceOf[size_t(*it)];
    };
    QStringList allWords;
    for (const auto &[term, ref] : std::as_const(terms)) {
        pieceFor(term).terms.append(ref);
        allWords.append(term);
    }
    for (const auto &[marker, kind] : std::as_const(markers)) {
        pieceFor(marker).markers |= kind;
        allWords.append(marker);
    }
    data->pieces.freeze();
    allWords.removeDuplicates();
    // The word groups' words are units too (执法终端, 违法建筑), so that a statement
    // compared by meaning holds them as words; they are no terms.
    const auto groups = WordGroups::builtIn();
    data->words = words.withWords(allWords, groups ? groups.value().words() : QStringList());
    d = std::move(data);
}

int WeaknessClassifier::topicIndex(const QString &key) const
{
    return d->topicIndex.value(key, -1);
}

int WeaknessClassifier::themeIndex(const QString &id) const
{
    return d->themeIndex.value(id, -1);
}

const std::vector<WeaknessClassifier::CatalogTopic> &WeaknessClassifier::catalogTopics() const
{
    return d->topics;
}

std::shared_ptr<const WeaknessClassifier> WeaknessClassifier::of(const WeaknessCatalog &catalog)
{
    // The last few catalogs asked for, the latest first.
    static QMutex mutex;
    static std::list<std::shared_ptr<const WeaknessClassifier>> kept;
    constexpr std::size_t Keep = 4;
    const QMutexLocker lock(&mutex);
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        if ((*it)->catalog() == catalog) {
            kept.splice(kept.begin(), kept, it);
            return kept.front();
        }
    }
    kept.push_front(std::make_shared<const WeaknessClassifier>(catalog));
    if (kept.size() > Keep)
        kept.pop_back();
    return kept.front();
}

namespace
{

// The headline and its explanation read as one text (a line apart, so no
// sentence runs across).
QString headlineAndDetail(QStringView headline, QStringView detail)
{
    return headline.toString() + u'\n' + detail.toString();
}

// Where a statement's first sentence ends (after its mark): classifyStatement()'s headline.
qsizetype firstSentenceEnd(QStringView text)
{
    const QString folded = foldWidth(text);
    qsizetype end = 0;
    while (end < folded.size() && !isSentenceEnd(folded.at(end)))
        ++end;
    return end < folded.size() ? end + 1 : end;
}

} // namespace

WeaknessClassification WeaknessClassifier::classify(QStringView headline, QStringView detail) const
{
    const Scan s = scanStatement(*d, headlineAndDetail(headline, detail));
    return classified(s, scoreClauses(m_catalog, s), headline.size());
}

WeaknessClassification WeaknessClassifier::classified(const Scan &s, const QList<ScoredClause> &clauses, qsizetype headlineEnd) const
{
    const WeaknessSettings &settings = m_catalog.settings();
    WeaknessClassification result;
    // First clause, rest of the headline, explanation.
    Scores tiers[3];
    for (qsizetype k = 0; k < clauses.size(); ++k) {
        const ScoredClause &c = clauses.at(k);
        const int tier = c.reading.span.start >= headlineEnd ? 2 : (k == 0 ? 0 : 1);
        for (const auto &[theme, e] : c.scores)
            tiers[tier][theme].add(e, 1);
    }
    const double weights[3] = {1, settings.restWeight, settings.detailWeight};
    Scores all;
    for (int i = 0; i < 3; ++i) {
        for (const auto &[theme, e] : tiers[i])
            all[theme].add(e, weights[i]);
    }
    for (const ScoredClause &c : clauses) {
        if (c.reading.span.start > headlineEnd)
            break;
        result.success = result.success || c.reading.success;
        result.plan = result.plan || c.reading.plan;
        result.recurrence = result.recurrence || c.reading.recurrence;
    }
    int first = -1;
    for (int i = 0; i < 3 && first < 0; ++i)
        first = bestTheme(tiers[i], settings.themeThreshold);
    if (first < 0)
        return result;
    const double firstScore = all.at(first).score;
    // A second theme is one that some clause is about, and strong enough
    // beside the first, with topics of its own (not one word in a clause that
    // tells what the first problem leads to: 日常监督频次难以保证 after
    // 监督员数量不足); not a cause given after 原因在于 (causes are items of their own).
    qsizetype causeAt = s.text.size();
    for (const QString &cue : m_catalog.causeCues()) {
        const qsizetype at = s.text.indexOf(cue);
        if (at >= 0)
            causeAt = std::min(causeAt, at);
    }
    int second = -1;
    for (const ScoredClause &c : clauses) {
        if (c.best < 0 || c.best == first || c.reading.span.end > causeAt)
            continue;
        const double score = all.at(c.best).score;
        if (score >= settings.secondShare * firstScore && (second < 0 || score > all.at(second).score))
            second = c.best;
    }
    if (second >= 0 && all.at(second).topics.size() < settings.secondTopics)
        second = -1;
    const auto match = [this, &all](int theme) {
        const Evidence &e = all.at(theme);
        return WeaknessThemeMatch {m_catalog.themes().at(theme).id, std::round(e.score * 1000) / 1000, e.topics, e.deficiencies};
    };
    result.themes.append(match(first));
    if (second >= 0)
        result.themes.append(match(second));
    // Strength (saturating at twice the threshold) times the lead over the strongest theme not given.
    double runnerUp = 0;
    for (const auto &[theme, e] : all) {
        if (theme != first && theme != second)
            runnerUp = std::max(runnerUp, e.score);
    }
    const double strength = std::min(1.0, firstScore / (2 * settings.themeThreshold));
    result.confidence = std::round(strength * firstScore / (firstScore + runnerUp) * 1000) / 1000;
    return result;
}

WeaknessClassification WeaknessClassifier::classifyStatement(QStringView text) const
{
    const qsizetype end = firstSentenceEnd(text);
    return classify(text.left(end), text.mid(end));
}

bool WeaknessClassifier::admitsShortcoming(QStringView text) const
{
    const Scan s = scanStatement(*d, text);
    for (const ScoredClause &c : scoreClauses(m_catalog, s, ClauseThemes::Omitted)) {
        if (!c.excluded() && !c.reading.deficiencies.isEmpty())
            return true;
    }
    return false;
}

QList<WeaknessClauseReading> WeaknessClassifier::read(QStringView text) const
{
    const Scan s = scanStatement(*d, text);
    QList<ScoredClause> clauses = scoreClauses(m_catalog, s);
    QList<WeaknessClauseReading> out;
    out.reserve(clauses.size());
    for (ScoredClause &c : clauses)
        out.append(std::move(c.reading));
    return out;
}

WeaknessClassifier::PossibleTerms WeaknessClassifier::possibleTerms(QStringView folded) const
{
    return Internal::possibleTerms(*d, folded);
}

StatementScan WeaknessClassifier::scan(QStringView text) const
{
    Scan s = scanStatement(*d, text);
    StatementScan result;
    // Its readers compare terms: no clause's themes are scored.
    QList<ScoredClause> clauses = scoreClauses(m_catalog, s, ClauseThemes::Omitted);
    result.clauses.reserve(clauses.size());
    for (ScoredClause &c : clauses)
        result.clauses.append(std::move(c.reading));
    result.text = text.toString();
    result.folded = std::move(s.text);
    result.wordEnds = std::move(s.wordEnds);
    return result;
}

QList<QStringView> StatementScan::wordsIn(TextSpan span) const
{
    QList<QStringView> out;
    // The first word ending after span.start, then on while they end inside it.
    auto end = std::upper_bound(wordEnds.cbegin(), wordEnds.cend(), span.start);
    out.reserve(std::upper_bound(end, wordEnds.cend(), span.end) - end);
    qsizetype start = end == wordEnds.cbegin() ? 0 : *(end - 1);
    for (; end != wordEnds.cend() && *end <= span.end; ++end) {
        if (start >= span.start)
            out.append(QStringView(folded).mid(start, *end - start));
        start = *end;
    }
    return out;
}

StatementMeaning WeaknessClassifier::meaning(QStringView text) const
{
    // One reading for both, as classifyStatement() reads the text: the line
    // it puts after the first sentence parts no word and no clause.
    const qsizetype end = firstSentenceEnd(text);
    const Scan s = scanStatement(*d, headlineAndDetail(text.left(end), text.mid(end)));
    const QList<ScoredClause> clauses = scoreClauses(m_catalog, s);
    QList<WeaknessClauseReading> read;
    read.reserve(clauses.size());
    for (const ScoredClause &c : clauses)
        read.append(c.reading);
    StatementMeaning m = meaningOf(read);
    m.classification = classified(s, clauses, end);
    return m;
}

StatementMeaning WeaknessClassifier::meaningOf(const QList<WeaknessClauseReading> &clauses) const
{
    StatementMeaning m;
    qsizetype topics = 0;
    qsizetype deficiencies = 0;
    for (const WeaknessClauseReading &c : clauses) {
        topics += c.topics.size();
        deficiencies += c.deficiencies.size();
    }
    m.topicConcepts.reserve(topics);
    m.topicTerms.reserve(topics);
    m.deficiencyConcepts.reserve(deficiencies);
    for (const WeaknessClauseReading &c : clauses) {
        for (const WeaknessTermHit &t : c.topics) {
            const QString key = t.conceptKey();
            if (const int topic = d->topicIndex.value(key, -1); topic >= 0)
                m.themeWeights.add(t.theme, d->topics[size_t(topic)].weight);
            appendOnce(m.topicConcepts, key);
            appendOnce(m.topicTerms, t.term);
        }
        for (const WeaknessTermHit &t : c.deficiencies)
            appendOnce(m.deficiencyConcepts, t.conceptKey());
    }
    // A statement names a few themes, each once: ordered fully, so no stable sort is needed.
    QVarLengthArray<std::pair<double, QString>, 8> ranked;
    for (const auto &[theme, weight] : m.themeWeights)
        ranked.append({weight, theme});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    m.topicThemes.reserve(ranked.size());
    for (const auto &[weight, theme] : ranked)
        m.topicThemes.append(theme);
    return m;
}

QStringList WeaknessClassifier::words(QStringView text) const
{
    return d->words.words(foldWidth(text));
}

double WeaknessClassifier::similarity(const StatementMeaning &a, const StatementMeaning &b)
{
    const auto jaccard = [](const QStringList &x, const QStringList &y) {
        if (x.isEmpty() || y.isEmpty())
            return 0.0;
        const QSet<QString> sx(x.begin(), x.end());
        const QSet<QString> sy(y.begin(), y.end());
        return double((sx & sy).size()) / double((sx | sy).size());
    };
    // What the topics are about: the cosine of the two statements' theme weights.
    const double themes = ThemeWeights::cosine(a.themeWeights, b.themeWeights);
    const double topics = jaccard(a.topicConcepts, b.topicConcepts);
    // A plan has no deficiency: then topics alone.
    if (a.deficiencyConcepts.isEmpty() || b.deficiencyConcepts.isEmpty())
        return std::round((0.6 * themes + 0.4 * topics) * 1000) / 1000;
    const double deficiencies = jaccard(a.deficiencyConcepts, b.deficiencyConcepts);
    return std::round((0.5 * themes + 0.3 * topics + 0.2 * deficiencies) * 1000) / 1000;
}

} // namespace Dz
