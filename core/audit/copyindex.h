#pragma once

#include "audit/auditrules.h"
#include "audit/reportorder.h"
#include "base/fingerprinttable.h"
#include "base/textspan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace Dz
{

/// Which way a passage went between a report and the other report that has it.
enum class CopyDirection {
    Copied, ///< the other report is the earlier: this one took the passage from it (抄自)
    CopiedBy, ///< the other report is the later: it took the passage from this one (被抄)
    Shared, ///< the two cannot be ordered (相同)
};
constexpr int CopyDirectionCount = 3;

/// A stretch of a report's body found in another report of the index.
struct CopiedPassage {
    TextSpan span; ///< in the report's text
    int other = -1; ///< the other report's index in the CopyIndex
    TextSpan otherSpan; ///< in the other report's text
    int length = 0; ///< characters compared (letters and digits), boilerplate left out
    CopyDirection direction = CopyDirection::Shared;
    bool sameBody = false; ///< the other report is the same body's (another year, or a second copy)
};

/// A stretch of a report that reports of many bodies share, or that the rules list as a formula.
struct BoilerplatePassage {
    TextSpan span;
    bool formula = false; ///< one of the rules' formulas (else: shared by many bodies)
};

/// What CopyIndex::findings() says about one report.
struct CopyFindings {
    /// The passages it took (Copied), that later reports took from it
    /// (CopiedBy) and that it shares with reports of unknown order (Shared),
    /// in that order, each direction in text order. A passage the report
    /// took is named once, after its source; one that several reports took
    /// from it, or share with it, once for each of them.
    QList<CopiedPassage> passages;
    QList<BoilerplatePassage> boilerplate; ///< in text order
    int bodyLength = 0; ///< characters compared in the body (letters and digits)
    /// Of those, inside a passage of each direction (CopyDirection as index).
    std::array<int, CopyDirectionCount> lengths {};
    /// Of the copied characters, those taken from the same body's earlier reports.
    int ownLength = 0;

    int length(CopyDirection direction) const
    {
        return lengths[std::size_t(direction)];
    }
    double share(CopyDirection direction) const
    {
        return bodyLength > 0 ? double(length(direction)) / bodyLength : 0;
    }
    /// The share it took from earlier reports.
    double share() const
    {
        return share(CopyDirection::Copied);
    }
    QList<CopiedPassage> passagesOf(CopyDirection direction) const;
};

/**
 * Finds passages that reports share, by winnowing (Schleimer, Wilkerson and
 * Aiken, SIGMOD 2003) over character k-grams with an inverted index.
 *
 * Each report's body is normalised: width folded (a report's matchText
 * already is), and only letters and digits kept, so punctuation and white
 * space never break a match. Of every window of w consecutive k-gram hashes
 * the smallest is kept as a fingerprint; with k + w − 1 equal to the
 * passage length, every shared passage of that length shares at least one
 * fingerprint. Fingerprints go into an inverted index (hash → reports and
 * positions), so a report is compared only with the reports that share
 * fingerprints with it, never with all.
 *
 * Candidates are verified and extended by exact comparison of the
 * normalised texts, and the runs of one source closer than mergeGap are
 * merged (a copied paragraph with names swapped stays one passage).
 *
 * Each report comes with its body (BodyIdentity) and its order
 * (ReportOrder). Boilerplate is what many *bodies* share: fingerprints in at
 * least boilerplateShare of the bodies indexed (and at least
 * boilerplateMinimumReports of them), and the rules' formulas; a body's own
 * earlier text never makes a passage boilerplate, however many years of it
 * are indexed. Boilerplate is listed apart, never copying, and is decided
 * when findings are asked for, so it follows the index as it grows.
 *
 * The direction of a passage comes from the two reports' order: from the
 * earlier to the later, or shared when they cannot be ordered.
 *
 * Incremental: add() compares only the new report with the index and records
 * each match for both reports. The reports it verifies are the best
 * candidates of each direction (earlier, later, unordered), so that a report
 * sharing text with later reports too is still traced to its earlier source.
 */
class CopyIndex
{
public:
    explicit CopyIndex(CopyRules rules = AuditRules::builtIn().copying, QStringList formulas = AuditRules::builtIn().boilerplate);

    /// Fingerprint positions kept per hash, candidates verified per new report (of each direction).
    static constexpr int PostingsKept = 12;
    static constexpr int CandidatesPerReport = 6;
    static constexpr int MatchesKept = 24;

    /// Stands in Prepared::normal where a line ends or text is left out: no match runs across it.
    static constexpr char16_t Boundary = 0xFFFF;

    /// Prepared body of one report: normalise and fingerprint (pure, thread-safe).
    struct Prepared {
        QString normal; ///< letters and digits of the body, folded
        std::vector<qint32> position; ///< normal index → text index
        std::vector<std::pair<quint64, qint32>> prints; ///< hash, normal index
    };
    Prepared prepare(QStringView matchText, const QList<TextSpan> &excluded = {}) const;

    /// Adds a report (its matchText: folded, furniture blanked) with the
    /// spans not to compare (title, signature), its body's key (empty: a
    /// body of its own) and its order; returns its index.
    int add(QStringView matchText, const QList<TextSpan> &excluded = {}, const QString &body = {}, const ReportOrder &order = {});
    int add(Prepared prepared, const QString &body = {}, const ReportOrder &order = {});
    int size() const
    {
        return int(m_docs.size());
    }
    /// What add() was given for report @p doc.
    const Prepared &prepared(int doc) const
    {
        return m_docs.at(std::size_t(doc)).prepared;
    }
    /// Distinct bodies among the reports indexed.
    int bodies() const
    {
        return m_bodyCount;
    }
    /// Whether reports @p a and @p b were added as one body's.
    bool sameBody(int a, int b) const
    {
        return m_docs.at(std::size_t(a)).body == m_docs.at(std::size_t(b)).body;
    }
    const ReportOrder &order(int doc) const
    {
        return m_orders.at(std::size_t(doc));
    }
    /// Bodies a fingerprint must be in to be boilerplate, at the index's present size.
    int boilerplateThreshold() const;

    /// The passages report @p doc shares with every other report indexed, by
    /// direction, and its boilerplate.
    CopyFindings findings(int doc) const;
    /// Which way passages between @p doc and @p other go, seen from @p doc.
    CopyDirection direction(int doc, int other) const;

    const CopyRules &rules() const
    {
        return m_rules;
    }
    int k() const
    {
        return m_k;
    }
    int window() const
    {
        return m_window;
    }

private:
    struct Run {
        qint32 start = 0; ///< in this report's normal text
        qint32 end = 0;
        qint32 otherStart = 0;
        qint32 otherEnd = 0;
    };
    struct Match {
        int other = -1;
        QList<Run> runs;
    };
    struct Doc {
        Prepared prepared;
        QList<Match> matches;
        int body = -1;
    };
    using Posting = std::pair<qint32, qint32>; ///< report, normal position
    struct Entry {
        int bodies = 0; ///< distinct bodies holding the fingerprint
        int lastDoc = -1;
        int firstBody = -1; ///< the first named body holding it
        int moreBodies = -1; ///< the others, if any: an index into m_moreBodies
        /// Where it stands (report, normal position), at most PostingsKept
        /// times: the first here, the others in a block of m_morePostings.
        /// Most fingerprints stand once, and so take no block.
        Posting firstPosting {-1, 0};
        int morePostings = -1; ///< where its block starts in m_morePostings
        int morePostingCount = 0;
    };

    /// The steps of findings() for one report (copyindex.cpp).
    class FindingsBuilder;
    using Seeds = std::vector<std::pair<qint32, qint32>>; ///< this report's position, the other's

    // The steps of add(), in order.
    int bodyIdOf(const QString &body);
    std::vector<int> sharers(int doc);
    std::vector<int> candidates(int doc, const std::vector<int> &sharers) const;
    std::vector<Seeds> seedsOf(int doc, const std::vector<int> &candidates);
    void compareWith(int doc, const std::vector<int> &candidates, std::vector<Seeds> &seeds);
    void recordMatch(int doc, int other, const QList<Run> &runs, CopyDirection direction);
    void indexPrints(int doc, bool named);
    void countBody(Entry &entry, int body);
    void addPosting(Entry &entry, Posting posting);
    /// Calls @p f(report, position) for each place @p entry's fingerprint stands, in the order added.
    template<typename F>
    void forEachPosting(const Entry &entry, F &&f) const
    {
        if (entry.firstPosting.first < 0)
            return;
        f(entry.firstPosting.first, entry.firstPosting.second);
        for (int i = 0; i < entry.morePostingCount; ++i) {
            const auto &[doc, pos] = m_morePostings[std::size_t(entry.morePostings + i)];
            f(doc, pos);
        }
    }

    QList<Run> verify(int doc, int other, const Seeds &seeds) const;

    CopyRules m_rules;
    QStringList m_formulas; ///< normalised
    int m_k = 9;
    int m_window = 5;
    std::vector<Doc> m_docs;
    std::vector<ReportOrder> m_orders; ///< of each report, apart: read for every candidate
    FingerprintTable<Entry> m_index;
    /// Of a fingerprint in several named bodies, those after its first, sorted.
    std::vector<std::vector<int>> m_moreBodies;
    /// Of a fingerprint standing in several places, those after its first:
    /// a block of PostingsKept − 1 for each, one after the other.
    std::vector<Posting> m_morePostings;
    QHash<QString, int> m_bodyIds; ///< body key → body
    int m_bodyCount = 0;
    std::vector<int> m_counts; // scratch for add()
    std::vector<int> m_slots; // scratch for add()
    std::vector<int> m_printEntries; // scratch for add(): each print's entry, None when new
};

} // namespace Dz
