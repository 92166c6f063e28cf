#pragma once

#include <array>

#include "weaknesses/weaknessclassifier.h"
#include "weaknesses/wordgroups.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Dz
{

/// The pairs of neighbouring characters a text holds, as a 512-bit filter (StatementReading::pairs).
using PairFilter = std::array<quint64, 8>;

/// A statement read for comparison: its meaning, its words and its figures.
struct StatementReading {
    QString text; ///< without a list marker (一是, （二）)
    QString folded; ///< text, width-folded
    StatementMeaning meaning;
    QStringList words; ///< content words (two characters or more, no figure) beyond its topic terms, each once
    QStringList figures; ///< the numbers it gives (120台, 95%, 3个)
    /// What its quantities count, once each (平方米, 家, 人次, %): a plan's
    /// target (拆除违建20万平方米) is answered by a figure in the same unit.
    QStringList units;
    /// The themes it names a specific topic concept of (one the catalog weighs
    /// 1.5 or more): another concept of such a theme is partly the same thing.
    QStringList specificThemes;
    /// The pairs of neighbouring characters folded holds, as a 512-bit
    /// filter: a word with a pair not marked here is not in folded, found
    /// without searching it (a query is compared with every sentence of a report).
    PairFilter pairs {};
};

/**
 * A statement glanced at, not read (StatementComparer::glance()): what it
 * holds as text, without cutting it into words. It weighs words as a corpus
 * does, and bounds what a comparison with a reading of it, or of a part of
 * it, can score (StatementComparer::bounds()), so that a statement that
 * cannot score enough is never read.
 */
struct StatementGlance {
    QString folded; ///< without a list marker, width-folded
    PairFilter pairs {};
    std::vector<int> topics; ///< the topic concepts a reading can at most find (WeaknessClassifier::possibleTerms)
    std::vector<int> themes; ///< the themes (by index in the catalog) of those, sorted
    std::vector<int> specificThemes; ///< the themes of those that are specific, sorted
};

/**
 * Statements glanced at that many queries are weighed and bounded against
 * (a plan's clauses against every sentence of the next report): which of
 * them hold a word is searched once per word and remembered.
 *
 * Reentrant, not thread-safe: it remembers as it is asked.
 */
class GlanceSet
{
public:
    GlanceSet() = default;
    explicit GlanceSet(std::vector<StatementGlance> glances);

    const std::vector<StatementGlance> &glances() const
    {
        return m_glances;
    }
    qsizetype size() const
    {
        return qsizetype(m_glances.size());
    }
    /// Per statement (size() of them), 1 where its text holds @p word, else 0:
    /// valid as long as the set.
    const char *holding(const QString &word) const;
    /// How many of them hold @p word.
    int countHolding(const QString &word) const;
    /// How many count in @p unit (StatementReading::units): read from the
    /// quantities of those that hold it, when it is first asked for.
    int countUnit(const QString &unit) const;

private:
    std::vector<StatementGlance> m_glances;
    /// Each word asked for, with its row: rows are kept in pages of several
    /// (a page is never moved), not one list per word.
    mutable QHash<QString, const char *> m_holding;
    mutable std::vector<std::unique_ptr<char[]>> m_pages;
    mutable qsizetype m_rowsLeft = 0; ///< free rows in the last page
    mutable std::unordered_map<QString, int> m_unitCounts;
    mutable std::vector<std::optional<QStringList>> m_units; ///< each one's units, once read
};

/// How much of one statement (the query: a plan, last year's shortcoming) another carries, and why.
struct MeaningOverlap {
    /// 0…1: the weighted share of the query's features (topic concepts and
    /// the words beyond them) the other carries, with a little for like themes.
    double score = 0;
    double concepts = 0; ///< the weighted share of the query's topic concepts found in the other (another concept of the theme counts partly)
    double themes = 0; ///< how alike their themes are (cosine of the themes' topic weights)
    double words = 0; ///< the weighted share of the query's telling words (beyond its topic terms) found in the other's text
    QStringList sharedConcepts; ///< "W06/平台" …: synonyms count as one; "法律顾问≈律师" where a word of a term's group stood in
    QStringList missingConcepts; ///< the query's concepts the other lacks
    QStringList sharedWords; ///< the telling words both hold, most telling first
    QStringList missingWords; ///< the query's telling words the other lacks
};

/**
 * Compares statements by meaning through a WeaknessClassifier: the concepts
 * of the catalog a statement carries (synonyms are one concept: 执法平台,
 * 移动执法终端, 非现场执法 are all 平台; another concept of the same theme
 * counts partly), the themes those concepts weigh towards, and the words it
 * has beyond the catalog's terms (found in the other's text, however that
 * is cut into words). A list marker (一是, （二）) is no content.
 *
 * Words are weighed by how few statements of a corpus hold them (the
 * statements compared against, set with setCorpus()): a word every sentence
 * of a report uses (工作, 推进, 法治政府) tells nothing, one that two
 * sentences hold tells much. Without a corpus every word weighs the same.
 *
 * overlap() is asymmetric: it asks how much of the query the other statement
 * carries, so a long passage that does many things can carry a short plan.
 */
class StatementComparer
{
public:
    explicit StatementComparer(const WeaknessClassifier &classifier);

    /// Whether read() classifies the statement as an item would be
    /// (StatementMeaning::classification): that reads it a second time.
    enum class Classification { Included, Omitted };
    /// Whether a reading carries its words (StatementReading::words):
    /// a reading only ever compared against (never a query) is asked none.
    enum class Words { Included, Omitted };
    StatementReading read(QStringView text, Classification classification = Classification::Included, Words words = Words::Included) const;
    /**
     * The reading of some clauses of a statement already read (@p scan), as
     * read() gives for those clauses joined with '，', without reading them
     * again: a passage's part that reports and its part that admits come from
     * one reading. It carries no classification (the parts are not items).
     */
    StatementReading readClauses(const StatementScan &scan, const QList<int> &clauses, Words words = Words::Included) const;
    /// The reading of @p span of a statement already read (@p scan), as read()
    /// gives for that text alone (trimmed): a plan's aims from one reading of the plan.
    StatementReading readSpan(const StatementScan &scan, TextSpan span) const;
    /// Glances at @p text: quicker than read() by far (no words are cut).
    /// With @p admitting, also at its clauses that may admit a shortcoming
    /// (joined; none when there are none).
    StatementGlance glance(QStringView text, StatementGlance *admitting = nullptr) const;
    /// Weighs words by the statements of @p corpus whose text holds them.
    void setCorpus(const QList<StatementReading> &corpus);
    void setCorpus(std::shared_ptr<const GlanceSet> corpus);
    /// What a word weighs, 0…1.
    double wordWeight(const QString &word) const;
    /// What a topic concept ("W06/平台") weighs, from the catalog (generic concepts half).
    double conceptWeight(const QString &key) const;

    /// A query with its features' weights looked up once, to compare with many statements.
    struct Query {
        const StatementReading *reading = nullptr;
        /// A topic concept of the query, what it weighs, and for each of its terms
        /// as the query writes them, the words of that term's groups (法律顾问 → 律师).
        struct Concept {
            QString key;
            double weight = 0;
            QList<std::pair<QString, QString>> alike;
            int topic = -1; ///< its place among the catalog's topics (StatementGlance::topics), -1 if unknown
            int theme = -1; ///< its theme's place in the catalog
        };
        QList<Concept> concepts;
        /// A telling word of the query (one that weighs anything), what it weighs, and the words of its groups.
        struct Word {
            QString word;
            double weight = 0;
            QStringList alike;
            bool unit = false; ///< a quantity's unit: found among the other's units, not in its text
        };
        QList<Word> words;
        /// The themes (by index in the catalog) its topics weigh towards, with their weights, in order of index.
        std::vector<std::pair<int, double>> themes;
    };
    Query prepare(const StatementReading &query) const;

    MeaningOverlap overlap(const StatementReading &query, const StatementReading &other) const;
    MeaningOverlap overlap(const Query &query, const StatementReading &other) const;
    /// overlap()'s score alone, without the lists that explain it: for finding the best of many.
    double score(const StatementReading &query, const StatementReading &other) const;
    double score(const Query &query, const StatementReading &other) const;
    /// For each of @p others, the most score() can give @p query against a reading of it, or of any part of it.
    std::vector<double> bounds(const Query &query, const GlanceSet &others) const;
    /// True when @p word is in @p r's folded text.
    static bool holds(const StatementReading &r, QStringView word);
    static bool holds(const PairFilter &pairs, const QString &folded, QStringView word);
    /// What a query's concept earns in @p other: 1 when it is there, SameThemeCredit for another specific concept of its theme.
    double conceptCredit(const QString &key, const StatementReading &other) const;

    static constexpr double SameThemeCredit = 0.6;
    /// What a word earns where only a word of its group (WordGroups) is found: 考试 where the sentence says 测试.
    static constexpr double AlikeCredit = 0.8;
    static constexpr double ShareWeight = 0.85; ///< the features' share in the score; like themes give the rest

    /// A concept's name without its theme ("W06/平台" → "平台"), to show.
    static QString conceptName(const QString &key);
    /// Concepts by name, then words: what two statements share, to show.
    static QStringList shared(const MeaningOverlap &o);

    /// Splits @p text into clauses (at ，；。 and the like), each with its span; clauses under @p minimum characters join the next.
    static QList<std::pair<qsizetype, qsizetype>> clauses(QStringView text, int minimum = 4);
    /// @p text without the list marker it opens with (一是, （二）, 3., 第一，), which carries no content: a view into @p text.
    static QStringView withoutListMarker(QStringView text);

private:
    /// Fills @p r's words from @p words (in order, the list marker's already left out).
    static void addWords(StatementReading &r, const QList<QStringView> &words);
    /// Fills what @p r's folded text and meaning give: figures, units, specific themes, the pair filter.
    void finish(StatementReading &r) const;
    /// Fills @p g's theme lists from its topics.
    void addThemes(StatementGlance &g) const;
    /// Fills @p pairs from @p folded.
    static void markPairs(const QString &folded, PairFilter &pairs);

    /// The score, and with @p details the shares and lists that explain it.
    double overlapOf(const Query &query, const StatementReading &other, MeaningOverlap *details) const;
    /// The inverse document frequency of a word held by @p df statements of the corpus.
    double weightOf(int df) const;

    const WeaknessClassifier *m_classifier;
    WordGroups m_alike; ///< the built-in word groups
    /// The catalog's topics, in catalog order (StatementGlance::topics): the classifier's, made once per catalog.
    const std::vector<WeaknessClassifier::CatalogTopic> *m_topics;
    std::shared_ptr<const GlanceSet> m_corpus; ///< what words are weighed by
};

} // namespace Dz
