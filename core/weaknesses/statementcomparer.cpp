#include "weaknesses/statementcomparer.h"

#include "base/shortsort.h"
#include "base/widthfolding.h"
#include "indicators/clauses.h"
#include "weaknesses/weaknesses_debug.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

bool isClauseEnd(QChar c)
{
    return isSentenceEnd(c) || c == u',' || c == u'，' || c == u':' || c == u'：' || c == u'、';
}

// A content word: two characters or more, letters (Han or Latin), no figure.
bool isContentWord(QStringView word)
{
    if (word.size() < 2)
        return false;
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return c.isLetter();
    });
}

// Most sentences give no figure: they are answered without running a regular expression.
bool hasDigit(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x4E00 || c.unicode() > 0x9FFF) && c.isDigit();
    });
}

// What the quantities of @p folded count: the unit after the number (and a
// 万 or 亿), never a date's (年, 月, 日) or an ordinal's.
QStringList unitsOf(const QString &folded)
{
    if (!hasDigit(folded))
        return {};
    static const QRegularExpression quantity(u"(?<![第\\d.])\\d+(?:\\.\\d+)?\\s*(?:万|亿|千|百)?\\s*(%|％|[\\x{4e00}-\\x{9fff}]{1,3})"_s);
    static const QRegularExpression notCounted(u"^(?:年|月|日|号|时|点|分|届|期|版|周岁)"_s);
    QStringList out;
    for (auto it = quantity.globalMatch(folded); it.hasNext();) {
        QString unit = it.next().captured(1);
        if (unit == u"％")
            unit = u"%"_s;
        // The unit is the measure word, not the words after it (家次 of 1380家次检查 is 家次, 家企业 is 家).
        if (unit.size() > 1 && !unit.startsWith(u"平方") && !unit.startsWith(u"立方") && !unit.endsWith(u'次'))
            unit.truncate(1);
        else if (unit.size() > 2 && unit.endsWith(u'次'))
            unit.truncate(2);
        if (notCounted.match(unit).hasMatch() || out.contains(unit))
            continue;
        out.append(unit);
    }
    return out;
}

QStringList figuresOf(const QString &folded)
{
    if (!hasDigit(folded))
        return {};
    static const QRegularExpression figure(u"\\d+(?:\\.\\d+)?\\s*(?:%|％|[\\x{4e00}-\\x{9fff}]{1,2})?"_s);
    QStringList out;
    for (auto it = figure.globalMatch(folded); it.hasNext();) {
        const QString f = it.next().captured().simplified();
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

} // namespace

QStringView StatementComparer::withoutListMarker(QStringView text)
{
    // Most texts open with neither a space nor a marker's first character.
    static constexpr QStringView markerStarts = u"(（一二三四五六七八九十第";
    if (!text.isEmpty() && !text.front().isSpace() && !text.front().isDigit() && !markerStarts.contains(text.front()))
        return text;
    static const QRegularExpression marker(
        u"^\\s*(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十\\d]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[,，、])\\s*"_s);
    const QRegularExpressionMatch m = marker.matchView(text);
    return m.hasMatch() ? text.mid(m.capturedEnd()) : text;
}

StatementComparer::StatementComparer(const WeaknessClassifier &classifier)
    : m_classifier(&classifier)
    , m_alike([] {
        const auto groups = WordGroups::builtIn();
        if (!groups)
            qCWarning(lcWeaknessCatalog) << "no word groups, every word only itself:" << groups.error();
        return groups ? groups.value() : WordGroups();
    }())
    , m_topics(&classifier.catalogTopics())
{
}

StatementReading StatementComparer::read(QStringView input, Classification classification, Words words) const
{
    StatementReading r;
    r.text = withoutListMarker(input).toString();
    const StatementScan scan = m_classifier->scan(r.text);
    r.folded = scan.folded;
    r.meaning = m_classifier->meaningOf(scan.clauses);
    if (classification == Classification::Included)
        r.meaning.classification = m_classifier->classifyStatement(r.text);
    if (words == Words::Included)
        addWords(r, scan.wordsIn({0, scan.folded.size()}));
    finish(r);
    return r;
}

StatementReading StatementComparer::readClauses(const StatementScan &scan, const QList<int> &clauses, Words withWords) const
{
    StatementReading r;
    QString joined;
    QList<WeaknessClauseReading> read;
    QList<QStringView> words;
    for (int i : clauses) {
        const WeaknessClauseReading &c = scan.clauses.at(i);
        joined += QStringView(scan.text).mid(c.span.start, c.span.length()) + u'，';
        read.append(c);
        if (withWords == Words::Included)
            words += scan.wordsIn(c.span);
    }
    r.text = withoutListMarker(joined).toString();
    r.folded = foldWidth(r.text);
    r.meaning = m_classifier->meaningOf(read);
    // A list marker (一是, （二）) opening the first clause is no content.
    qsizetype marker = joined.size() - r.text.size();
    while (marker > 0 && !words.isEmpty()) {
        marker -= words.constFirst().size();
        words.removeFirst();
    }
    addWords(r, words);
    finish(r);
    return r;
}

StatementReading StatementComparer::readSpan(const StatementScan &scan, TextSpan span) const
{
    StatementReading r;
    const QStringView piece = QStringView(scan.text).mid(span.start, span.length());
    qsizetype lead = 0;
    while (lead < piece.size() && piece.at(lead).isSpace())
        ++lead;
    qsizetype tail = piece.size();
    while (tail > lead && piece.at(tail - 1).isSpace())
        --tail;
    const QStringView trimmed = piece.mid(lead, tail - lead);
    r.text = withoutListMarker(trimmed).toString();
    // What is left once the spaces and the list marker are off.
    const TextSpan kept {span.start + lead + trimmed.size() - r.text.size(), span.start + tail};
    QList<WeaknessClauseReading> read;
    const auto inside = [&kept](const WeaknessTermHit &hit) {
        return hit.span.start >= kept.start && hit.span.end <= kept.end;
    };
    for (const WeaknessClauseReading &c : scan.clauses) {
        if (c.span.end <= kept.start || c.span.start >= kept.end)
            continue;
        WeaknessClauseReading part;
        std::copy_if(c.topics.cbegin(), c.topics.cend(), std::back_inserter(part.topics), inside);
        std::copy_if(c.deficiencies.cbegin(), c.deficiencies.cend(), std::back_inserter(part.deficiencies), inside);
        read.append(part);
    }
    r.folded = foldWidth(r.text);
    r.meaning = m_classifier->meaningOf(read);
    addWords(r, scan.wordsIn(kept));
    finish(r);
    return r;
}

void StatementComparer::addWords(StatementReading &r, const QList<QStringView> &words)
{
    r.words.reserve(words.size());
    for (const QStringView word : words) {
        if (!isContentWord(word) || r.words.contains(word))
            continue;
        // A word inside a topic term is that term's concept already (and is
        // inside it wherever it stands again: no list of those is kept).
        const bool inTerm = std::any_of(r.meaning.topicTerms.cbegin(), r.meaning.topicTerms.cend(), [&](const QString &t) {
            return t.contains(word);
        });
        if (!inTerm)
            r.words.append(word.toString());
    }
}

StatementGlance StatementComparer::glance(QStringView text, StatementGlance *admitting) const
{
    StatementGlance g;
    g.folded = foldWidth(withoutListMarker(text));
    markPairs(g.folded, g.pairs);
    WeaknessClassifier::PossibleTerms possible = m_classifier->possibleTerms(g.folded);
    g.topics = std::move(possible.topics);
    addThemes(g);
    if (admitting) {
        *admitting = {};
        if (!possible.admitting.isEmpty()) {
            for (const TextSpan &clause : std::as_const(possible.admitting))
                admitting->folded += QStringView(g.folded).mid(clause.start, clause.length()) + u'，';
            markPairs(admitting->folded, admitting->pairs);
            admitting->topics = std::move(possible.admittingTopics);
            addThemes(*admitting);
        }
    }
    return g;
}

void StatementComparer::addThemes(StatementGlance &g) const
{
    // As finish() finds a reading's specific themes; sorted on the stack, then kept at their size.
    QVarLengthArray<int, 32> themes;
    QVarLengthArray<int, 32> specific;
    for (int k : g.topics) {
        const WeaknessClassifier::CatalogTopic &topic = (*m_topics)[size_t(k)];
        themes.append(topic.theme);
        if (topic.weight >= 1.5)
            specific.append(topic.theme);
    }
    const auto keep = [](QVarLengthArray<int, 32> &from, std::vector<int> &to) {
        std::sort(from.begin(), from.end());
        to.assign(from.begin(), std::unique(from.begin(), from.end()));
    };
    keep(themes, g.themes);
    keep(specific, g.specificThemes);
}

GlanceSet::GlanceSet(std::vector<StatementGlance> glances)
    : m_glances(std::move(glances))
    , m_units(m_glances.size())
{
}

const char *GlanceSet::holding(const QString &word) const
{
    const char *&row = m_holding[word];
    if (!row) {
        const size_t n = std::max<size_t>(1, m_glances.size());
        const size_t perPage = std::max<size_t>(1, 4096 / n);
        if (m_rowsLeft == 0) {
            m_pages.push_back(std::make_unique<char[]>(perPage * n));
            m_rowsLeft = qsizetype(perPage);
        }
        char *fill = m_pages.back().get() + (perPage - size_t(m_rowsLeft)) * n;
        --m_rowsLeft;
        for (size_t p = 0; p < m_glances.size(); ++p)
            fill[p] = StatementComparer::holds(m_glances[p].pairs, m_glances[p].folded, word) ? 1 : 0;
        row = fill;
    }
    return row;
}

int GlanceSet::countHolding(const QString &word) const
{
    const char *held = holding(word);
    return int(std::count(held, held + m_glances.size(), 1));
}

int GlanceSet::countUnit(const QString &unit) const
{
    auto [at, added] = m_unitCounts.try_emplace(unit, 0);
    if (added) {
        // A unit is a piece of the folded text: a text that does not hold it
        // (most, answered by the pair filter) does not count in it.
        const char *held = holding(unit);
        for (size_t p = 0; p < m_glances.size(); ++p) {
            if (!held[p])
                continue;
            if (!m_units[p])
                m_units[p] = unitsOf(m_glances[p].folded);
            at->second += m_units[p]->contains(unit) ? 1 : 0;
        }
    }
    return at->second;
}

void StatementComparer::setCorpus(const QList<StatementReading> &corpus)
{
    std::vector<StatementGlance> texts;
    texts.reserve(size_t(corpus.size()));
    for (const StatementReading &r : corpus)
        texts.push_back({r.folded, r.pairs, {}, {}, {}});
    setCorpus(std::make_shared<const GlanceSet>(std::move(texts)));
}

void StatementComparer::setCorpus(std::shared_ptr<const GlanceSet> corpus)
{
    m_corpus = std::move(corpus);
}

double StatementComparer::weightOf(int df) const
{
    const qsizetype documents = m_corpus ? m_corpus->size() : 0;
    if (documents < 2)
        return 1;
    // Inverse document frequency, 0 for a word every statement holds, 1 for one none holds.
    return std::clamp(std::log(double(documents + 1) / double(df + 1)) / std::log(double(documents + 1)), 0.0, 1.0);
}

double StatementComparer::wordWeight(const QString &word) const
{
    if (!m_corpus)
        return weightOf(0);
    // A word counts where a statement's text holds it, however that text is
    // cut into words: as overlapOf() finds it in the other statement.
    return weightOf(word.startsWith(u'#') ? m_corpus->countUnit(word.mid(1)) : m_corpus->countHolding(word));
}

double StatementComparer::conceptWeight(const QString &key) const
{
    const int topic = m_classifier->topicIndex(key);
    return topic >= 0 ? (*m_topics)[size_t(topic)].weight : 0;
}

double StatementComparer::conceptCredit(const QString &key, const StatementReading &other) const
{
    if (other.meaning.topicConcepts.contains(key))
        return 1;
    // Another concept of the same theme (互联网+ and 非现场执法 are both W06): partly the same thing.
    return other.specificThemes.contains(QStringView(key).left(key.indexOf(u'/'))) ? SameThemeCredit : 0;
}

void StatementComparer::finish(StatementReading &r) const
{
    r.figures = figuresOf(r.folded);
    r.units = unitsOf(r.folded);
    for (const QString &k : std::as_const(r.meaning.topicConcepts)) {
        const QStringView theme = QStringView(k).left(k.indexOf(u'/'));
        if (conceptWeight(k) >= 1.5 && !r.specificThemes.contains(theme))
            r.specificThemes.append(theme.toString());
    }
    markPairs(r.folded, r.pairs);
}

namespace
{

// Where the pair (a, b) sits in a reading's 512-bit filter.
std::pair<int, quint64> pairBit(QChar a, QChar b)
{
    const quint32 h = (quint32(a.unicode()) * 0x9E3779B1u) ^ (quint32(b.unicode()) * 0x85EBCA77u);
    const quint32 bit = (h >> 16) & 511;
    return {int(bit >> 6), quint64(1) << (bit & 63)};
}

} // namespace

void StatementComparer::markPairs(const QString &folded, PairFilter &pairs)
{
    pairs.fill(0);
    for (qsizetype i = 1; i < folded.size(); ++i) {
        const auto [word, bit] = pairBit(folded.at(i - 1), folded.at(i));
        pairs[size_t(word)] |= bit;
    }
}

bool StatementComparer::holds(const StatementReading &r, QStringView word)
{
    return holds(r.pairs, r.folded, word);
}

bool StatementComparer::holds(const PairFilter &pairs, const QString &folded, QStringView word)
{
    for (qsizetype i = 1; i < word.size(); ++i) {
        const auto [at, bit] = pairBit(word.at(i - 1), word.at(i));
        if (!(pairs[size_t(at)] & bit))
            return false;
    }
    return folded.contains(word);
}

StatementComparer::Query StatementComparer::prepare(const StatementReading &query) const
{
    Query q;
    q.reading = &query;
    q.concepts.reserve(query.meaning.topicConcepts.size());
    q.words.reserve(query.words.size() + query.units.size());
    for (const QString &k : query.meaning.topicConcepts) {
        const int topic = m_classifier->topicIndex(k);
        const WeaknessClassifier::CatalogTopic *compared = topic >= 0 ? &(*m_topics)[size_t(topic)] : nullptr;
        // The words of the groups of the concept's terms the query writes (法律顾问 → 律师).
        QList<std::pair<QString, QString>> alike;
        if (compared) {
            const WeaknessConcept &c = m_classifier->catalog().themes().at(compared->theme).topics.at(compared->conceptIndex);
            for (const QString &term : query.meaning.topicTerms) {
                if (c.terms.contains(term)) {
                    for (const QString &a : m_alike.alikeOf(term))
                        alike.append({term, a});
                }
            }
        }
        q.concepts.append({k, compared ? compared->weight : 0, alike, topic, compared ? compared->theme : -1});
    }
    for (const QString &word : query.words) {
        const double w = wordWeight(word);
        if (w > 0)
            q.words.append({word, w, m_alike.alikeOf(word), false});
    }
    for (const auto &[theme, weight] : query.meaning.themeWeights) {
        if (const int t = weight > 0 ? m_classifier->themeIndex(theme) : -1; t >= 0)
            q.themes.push_back({t, weight});
    }
    std::sort(q.themes.begin(), q.themes.end());
    // A quantity's unit is a feature too, weighed by how few sentences count in it.
    for (const QString &unit : query.units) {
        const double w = wordWeight(u'#' + unit);
        if (w > 0)
            q.words.append({unit, w, {}, true});
    }
    return q;
}

MeaningOverlap StatementComparer::overlap(const StatementReading &query, const StatementReading &other) const
{
    return overlap(prepare(query), other);
}

MeaningOverlap StatementComparer::overlap(const Query &query, const StatementReading &other) const
{
    MeaningOverlap o;
    overlapOf(query, other, &o);
    return o;
}

double StatementComparer::score(const StatementReading &query, const StatementReading &other) const
{
    return overlapOf(prepare(query), other, nullptr);
}

double StatementComparer::score(const Query &query, const StatementReading &other) const
{
    return overlapOf(query, other, nullptr);
}

double StatementComparer::overlapOf(const Query &query, const StatementReading &other, MeaningOverlap *o) const
{
    // Concepts and the words beyond them are one list of features, each with its weight.
    double conceptTotal = 0;
    double conceptFound = 0;
    for (const Query::Concept &c : query.concepts) {
        double credit = conceptCredit(c.key, other);
        // Not there as a concept, but a word of its group is (法律顾问 where the sentence says 律师):
        // shown as what the query wrote and what the other wrote.
        QString written;
        if (credit < AlikeCredit) {
            const auto alike = std::find_if(c.alike.cbegin(), c.alike.cend(), [&other](const auto &a) {
                return holds(other, a.second);
            });
            if (alike != c.alike.cend()) {
                credit = AlikeCredit;
                written = alike->first + u'≈' + alike->second;
            }
        }
        conceptTotal += c.weight;
        conceptFound += c.weight * credit;
        if (o)
            (credit > 0 ? o->sharedConcepts : o->missingConcepts).append(written.isEmpty() ? c.key : written);
    }
    double wordTotal = 0;
    double wordFound = 0;
    QList<std::pair<double, QString>> hits;
    for (const Query::Word &q : query.words) {
        wordTotal += q.weight;
        // Found where the other's text holds it, whatever its words: 城管执法 is in 城管执法工作站;
        // else most of it where the text holds a word of its group (考试 where it says 测试).
        if (q.unit ? other.units.contains(q.word) : holds(other, q.word)) {
            wordFound += q.weight;
            if (o)
                hits.append({q.weight, q.word});
            continue;
        }
        const auto alike = std::find_if(q.alike.cbegin(), q.alike.cend(), [&other](const QString &a) {
            return holds(other, a);
        });
        if (alike != q.alike.cend()) {
            wordFound += AlikeCredit * q.weight;
            if (o)
                hits.append({AlikeCredit * q.weight, q.word + u'≈' + *alike});
        } else if (o && q.weight >= 0.5) {
            o->missingWords.append(q.word);
        }
    }
    const double themes = ThemeWeights::cosine(query.reading->meaning.themeWeights, other.meaning.themeWeights);
    const double total = conceptTotal + wordTotal;
    const double share = total > 0 ? (conceptFound + wordFound) / total : 0;
    const double score = std::round((ShareWeight * share + (1 - ShareWeight) * themes) * 1000) / 1000;
    if (o) {
        stableSortShort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
            return a.first > b.first;
        });
        for (const auto &[w, word] : std::as_const(hits))
            o->sharedWords.append(word);
        o->concepts = conceptTotal > 0 ? conceptFound / conceptTotal : 0;
        o->words = wordTotal > 0 ? wordFound / wordTotal : 0;
        o->themes = themes;
        o->score = score;
    }
    return score;
}

std::vector<double> StatementComparer::bounds(const Query &query, const GlanceSet &others) const
{
    // overlapOf() with every feature a text could give at its most: a
    // concept whose term it holds anywhere, a word it holds, themes alike in
    // full; feature by feature, over all of them at once.
    const std::vector<StatementGlance> &glances = others.glances();
    const size_t n = glances.size();
    std::vector<double> found(n, 0.0);
    double total = 0;
    // Which hold one of a feature's alike words (one list, made again for each feature).
    std::vector<char> alike(n, 0);
    const auto markAlike = [&others, &alike, n](const auto &words, const auto &wordOf) {
        std::fill(alike.begin(), alike.end(), 0);
        for (const auto &w : words) {
            const char *held = others.holding(wordOf(w));
            for (size_t p = 0; p < n; ++p)
                alike[p] |= held[p];
        }
    };
    for (const Query::Concept &c : query.concepts) {
        total += c.weight;
        markAlike(c.alike, [](const std::pair<QString, QString> &a) -> const QString & {
            return a.second;
        });
        for (size_t p = 0; p < n; ++p) {
            const StatementGlance &g = glances[p];
            double credit = c.topic < 0 || std::binary_search(g.topics.cbegin(), g.topics.cend(), c.topic) ? 1 : 0;
            if (credit < SameThemeCredit && c.theme >= 0 && std::binary_search(g.specificThemes.cbegin(), g.specificThemes.cend(), c.theme))
                credit = SameThemeCredit;
            if (credit < AlikeCredit && alike[p])
                credit = AlikeCredit;
            found[p] += c.weight * credit;
        }
    }
    for (const Query::Word &w : query.words) {
        total += w.weight;
        const char *held = others.holding(w.word);
        markAlike(w.alike, [](const QString &a) -> const QString & {
            return a;
        });
        for (size_t p = 0; p < n; ++p)
            found[p] += held[p] ? w.weight : alike[p] ? AlikeCredit * w.weight : 0;
    }
    // The themes' cosine is at most the length of the query's theme weights on
    // the themes a text may name, over their whole length (Cauchy–Schwarz:
    // the text weighs nothing elsewhere).
    double themeLength = 0;
    for (const auto &[theme, weight] : query.themes)
        themeLength += weight * weight;
    themeLength = std::sqrt(themeLength);
    std::vector<double> out(n);
    for (size_t p = 0; p < n; ++p) {
        const double share = total > 0 ? found[p] / total : 0;
        const std::vector<int> &themes = glances[p].themes;
        double named = 0;
        for (const auto &[theme, weight] : query.themes)
            named += std::binary_search(themes.cbegin(), themes.cend(), theme) ? weight * weight : 0;
        const double cosine = themeLength > 0 ? std::min(1.0, std::sqrt(named) / themeLength) : 0;
        // Rounded as a score is (a hair up, for sums added in another order).
        out[p] = std::round((ShareWeight * share + (1 - ShareWeight) * cosine + 1e-9) * 1000) / 1000;
    }
    return out;
}

QString StatementComparer::conceptName(const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? key : key.mid(slash + 1);
}

QStringList StatementComparer::shared(const MeaningOverlap &o)
{
    QStringList out;
    for (const QString &k : o.sharedConcepts) {
        if (!out.contains(conceptName(k)))
            out.append(conceptName(k));
    }
    for (const QString &w : o.sharedWords) {
        if (!out.contains(w))
            out.append(w);
    }
    return out;
}

QList<std::pair<qsizetype, qsizetype>> StatementComparer::clauses(QStringView text, int minimum)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isClauseEnd(text.at(i)))
            continue;
        const QStringView piece = text.mid(start, i - start).trimmed();
        if (piece.size() >= minimum || (i == text.size() && !piece.isEmpty() && out.isEmpty()))
            out.append({start, i});
        else if (i == text.size() && !piece.isEmpty())
            out.last().second = i;
        if (piece.size() >= minimum || i == text.size())
            start = i + 1;
    }
    return out;
}

} // namespace Dz
