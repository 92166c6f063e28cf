#pragma once

#include "base/textspan.h"
#include "weaknesses/themeweights.h"
#include "weaknesses/weaknesscatalog.h"
#include "weaknesses/weaknessitem.h"
#include "weaknesses/wordsegmenter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Dz
{

namespace Internal
{
struct Scan;
struct ScoredClause;
} // namespace Internal

/// Which weakness themes a statement is about (up to two, the strongest first), how sure, and why.
struct WeaknessClassification {
    QList<WeaknessThemeMatch> themes; ///< empty when no theme reaches the catalog's threshold
    double confidence = 0;
    bool success = false; ///< the statement reports success: 取得明显成效 …
    bool plan = false; ///< the statement plans: 将进一步 …
    bool recurrence = false; ///< the statement says the problem is still there: 依然, 尚未根本解决 …

    /// The first theme, or empty.
    QString theme() const
    {
        return themes.isEmpty() ? QString() : themes.constFirst().theme;
    }
    /// The first theme's topic terms, then its deficiency terms.
    QStringList cues() const;
};

/// A term found in a statement: what it is, what it belongs to, and where.
struct WeaknessTermHit {
    enum class Kind {
        Topic,
        Deficiency,
    };
    Kind kind = Kind::Topic;
    QString term;
    QString conceptName; ///< the concept's name (执法力量, 短缺 …)
    QString theme; ///< the theme it belongs to; empty for a shared deficiency
    TextSpan span; ///< in the text read
    /// conceptKey() as the classifier made it once for the concept (a hit made elsewhere may leave it empty).
    QString key;

    /// "W03/执法力量" for a theme's concept, "短缺" for a shared one: what two statements share.
    QString conceptKey() const
    {
        if (!key.isEmpty())
            return key;
        return theme.isEmpty() ? conceptName : theme + u'/' + conceptName;
    }
};

/// One clause as the classifier read it: its terms, what kind of sentence it stands in, the themes it scores.
struct WeaknessClauseReading {
    TextSpan span;
    QList<WeaknessTermHit> topics;
    QList<WeaknessTermHit> deficiencies;
    bool success = false; ///< excluded: it (or its part of the sentence) reports success
    bool plan = false; ///< excluded: it stands in or after a plan
    bool conceded = false; ///< excluded: conceded before a contrast (虽然…，但…)
    bool recurrence = false;
    QList<WeaknessThemeMatch> scores; ///< the themes it gives, best first; empty when it admits nothing
};

/// A statement read once: every clause with its terms and what kind of
/// sentence it stands in (not the themes it scores: its readers compare
/// terms), and the words the classifier cut it into.
struct StatementScan {
    QString text; ///< as given
    QString folded; ///< width-folded: the spans and word ends are in it (and in text: folding keeps lengths)
    QList<WeaknessClauseReading> clauses;
    QList<qsizetype> wordEnds; ///< where its words end (WordSegmenter::boundaries), the catalog's terms as words

    /// The words of folded that lie within @p span (views into folded: they live as long as this scan).
    QList<QStringView> wordsIn(TextSpan span) const;
};

/// What a statement is about, for comparing statements by meaning: a plan
/// with what the next year did, a shortcoming with the same body's next one.
struct StatementMeaning {
    QStringList topicConcepts; ///< "W06/平台" …: synonyms share one concept
    QStringList topicTerms; ///< the topic terms as the statement writes them (移动执法终端 …)
    QStringList deficiencyConcepts; ///< "短缺", "W15/不作为" …
    QStringList topicThemes; ///< themes by the weight of their topics, strongest first (no deficiency needed)
    ThemeWeights themeWeights; ///< theme → the weight of its topics in the statement
    WeaknessClassification classification; ///< the themes as a shortcoming (needs a deficiency)
};

/**
 * Reads statements by meaning against a WeaknessCatalog.
 *
 * A clause admits a shortcoming when it holds a deficiency term and neither
 * reports success (取得明显成效; unless a contrast such as 但 or a sign of
 * recurrence such as 仍然存在 stands between) nor plans (将进一步, 下一步:
 * from the marker to the end of the sentence). Its topic terms decide the
 * theme: each counts its concept's weight, the one nearest a deficiency
 * (the head of the phrase) a bonus; a theme's own deficiency (不作为, 多头)
 * counts for it; a clause without a topic reads the previous clause's. A
 * term counts only where it stands as a word: the text is segmented
 * (WordSegmenter) with the catalog's terms as words, and a term that starts
 * inside a longer word or crosses a word boundary (系统 in 系统性, 法制 in
 * 依法制定) is no term there, while one that ends a compound (素质 in
 * 业务素质) is.
 *
 * An item is read first clause first: the first clause of its headline, then
 * the rest of the headline, then its explanation; the first theme comes from
 * the first of these that gives one, a second theme from all of it.
 *
 * Immutable; one classifier can serve several threads.
 */
class WeaknessClassifier
{
public:
    /// Segments with the built-in word list (an invalid list only makes every character a word).
    explicit WeaknessClassifier(WeaknessCatalog catalog);
    WeaknessClassifier(WeaknessCatalog catalog, const WordSegmenter &words);

    /// The classifier of @p catalog, made once and shared: making one takes
    /// far longer than reading a report's weaknesses, so the few catalogs in
    /// use (the built-in one, an analyst's) keep theirs.
    static std::shared_ptr<const WeaknessClassifier> of(const WeaknessCatalog &catalog);

    const WeaknessCatalog &catalog() const
    {
        return m_catalog;
    }

    /// An item: its headline (title, list element, sentence) and its explanation.
    WeaknessClassification classify(QStringView headline, QStringView detail) const;
    /// A statement on its own: its first sentence as headline, the rest as explanation.
    WeaknessClassification classifyStatement(QStringView text) const;
    /// True when some clause of @p text admits a shortcoming.
    bool admitsShortcoming(QStringView text) const;
    /// Every clause of @p text with its terms and scores.
    QList<WeaknessClauseReading> read(QStringView text) const;
    /// The clauses as read() gives them without their scores, and words(), in one
    /// pass: callers that compare terms, or parts of a statement, read it once.
    StatementScan scan(QStringView text) const;
    /// What @p text is about (its topics and deficiencies by concept, its themes).
    StatementMeaning meaning(QStringView text) const;
    /// What the clauses @p clauses (of one statement or several) are about: meaning() without the classification.
    StatementMeaning meaningOf(const QList<WeaknessClauseReading> &clauses) const;
    /// How alike two statements are by meaning, 0…1: what their topics are
    /// about (the themes, weighted), the topic concepts they share (执法力量
    /// and 人手 are one) and the kinds of deficiency (不足 and 偏少 are one).
    static double similarity(const StatementMeaning &a, const StatementMeaning &b);
    /// The words of @p text (width-folded) as the classifier cuts it: the catalog's terms stand as words.
    QStringList words(QStringView text) const;
    /// What a reading of a text, or of any part of it, can at most find (possibleTerms()).
    struct PossibleTerms {
        /// The topic concepts, each as its place when every theme's topics
        /// are numbered in catalog order (the first theme's first); sorted.
        std::vector<int> topics;
        /// The clauses (as scan() cuts the text) a deficiency may stand in:
        /// where a part of the text that admits a shortcoming can be.
        QList<TextSpan> admitting;
        std::vector<int> admittingTopics; ///< the topics that may stand in those clauses
    };
    /**
     * The terms a reading of @p folded (width-folded), or of any part of it,
     * can at most find: those written anywhere in it, as a word or not, and
     * those of a pattern whose characters it holds. Found without cutting
     * words, far quicker than scan().
     */
    PossibleTerms possibleTerms(QStringView folded) const;
    /// The place of the topic concept @p key ("W06/平台") as PossibleTerms
    /// numbers topics, -1 when the catalog has none such.
    int topicIndex(const QString &key) const;
    /// The place of the theme @p id in the catalog, -1 when it has none such.
    int themeIndex(const QString &id) const;
    /// A topic concept of the catalog, by the number PossibleTerms gives it.
    struct CatalogTopic {
        double weight = 0; ///< what it weighs towards its theme: its catalog weight, half for a generic concept (an attribute is one)
        int theme = -1; ///< its theme's place in the catalog
        int conceptIndex = -1; ///< its place among its theme's topics
    };
    /// Every topic concept, numbered as PossibleTerms numbers them; made once per catalog.
    const std::vector<CatalogTopic> &catalogTopics() const;

    struct Data;

private:
    /// The classification of a statement read (@p s, its clauses scored), whose headline ends at @p headlineEnd.
    WeaknessClassification classified(const Internal::Scan &s, const QList<Internal::ScoredClause> &clauses, qsizetype headlineEnd) const;

    WeaknessCatalog m_catalog;
    std::shared_ptr<const Data> d;
};

} // namespace Dz
