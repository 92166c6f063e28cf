#pragma once

#include "audit/auditrules.h"
#include "base/textspan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Dz
{

/// A stretch of a report's body found in another report of the index.
struct CopiedPassage {
    TextSpan span; ///< in the report's text
    int other = -1; ///< the other report's index in the CopyIndex
    TextSpan otherSpan; ///< in the other report's text
    int length = 0; ///< characters compared (letters and digits), boilerplate left out
};

/// A stretch of a report that most reports share, or that the rules list as a formula.
struct BoilerplatePassage {
    TextSpan span;
    bool formula = false; ///< one of the rules' formulas (else: shared by many reports)
};

/// What CopyIndex::findings() says about one report.
struct CopyFindings {
    QList<CopiedPassage> passages; ///< in text order
    QList<BoilerplatePassage> boilerplate; ///< in text order
    int bodyLength = 0; ///< characters compared in the body (letters and digits)
    int copiedLength = 0; ///< of those, inside a passage
    double share() const
    {
        return bodyLength > 0 ? double(copiedLength) / bodyLength : 0;
    }
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
 * Fingerprints in at least boilerplateShare of the reports (and at least
 * boilerplateMinimumReports of them), and the rules' formulas, are
 * boilerplate: listed apart, never copying. Boilerplate is decided when
 * findings are asked for, so it follows the index as it grows.
 *
 * Incremental: add() compares only the new report with the index and records
 * each match for both reports. A passage that many reports share is traced
 * to the earliest of them indexed (at most postingsKept per fingerprint).
 */
class CopyIndex
{
public:
    explicit CopyIndex(CopyRules rules = AuditRules::builtIn().copying, QStringList formulas = AuditRules::builtIn().boilerplate);

    /// Fingerprint positions kept per hash, and candidates verified per new report.
    static constexpr int PostingsKept = 12;
    static constexpr int CandidatesPerReport = 6;
    static constexpr int MatchesKept = 24;

    /// Prepared body of one report: normalise and fingerprint (pure, thread-safe).
    struct Prepared {
        QString normal; ///< letters and digits of the body, folded
        std::vector<qint32> position; ///< normal index → text index
        std::vector<std::pair<quint64, qint32>> prints; ///< hash, normal index
    };
    Prepared prepare(QStringView matchText, const QList<TextSpan> &excluded = {}) const;

    /// Adds a report (its matchText: folded, furniture blanked) with the
    /// spans not to compare (title, signature); returns its index.
    int add(QStringView matchText, const QList<TextSpan> &excluded = {});
    int add(Prepared prepared);
    int size() const
    {
        return int(m_docs.size());
    }
    /// What add() was given for report @p doc.
    const Prepared &prepared(int doc) const
    {
        return m_docs.at(std::size_t(doc)).prepared;
    }
    /// Reports a fingerprint must be in to be boilerplate, at the index's present size.
    int boilerplateThreshold() const;

    /// The copied passages and the boilerplate of report @p doc, against every other report indexed.
    CopyFindings findings(int doc) const;

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
    };
    struct Entry {
        int reports = 0; ///< distinct reports holding the fingerprint
        int lastDoc = -1;
        std::vector<std::pair<qint32, qint32>> postings; ///< report, normal position (at most PostingsKept)
    };

    QList<Run> verify(int doc, int other, const std::vector<std::pair<qint32, qint32>> &seeds) const;

    CopyRules m_rules;
    QStringList m_formulas; ///< normalised
    int m_k = 9;
    int m_window = 5;
    std::vector<Doc> m_docs;
    QHash<quint64, Entry> m_index;
    std::vector<int> m_counts; // scratch for add()
};

} // namespace Dz
