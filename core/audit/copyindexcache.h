#pragma once

#include "audit/auditrules.h"
#include "audit/copyindex.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Dz
{

/**
 * The copy index of one audit, kept for the next (the Audit view keeps one
 * while the comparison changes): a report's body already fingerprinted is
 * not fingerprinted again, and a comparison that only adds reports at its
 * end only indexes those, as CopyIndex::add() does.
 *
 * A comparison that drops, reorders or changes reports (their text, body or
 * order: the analyst's identity changes both) is indexed anew, in its
 * order, from the fingerprints kept (CopyIndex cannot forget a report);
 * either way the index is the one a fresh CopyIndex given the same bodies in
 * the same order would be, so the findings are the same.
 *
 * One audit at a time may use it; fingerprinted() may be read from any thread.
 */
class CopyIndexCache
{
public:
    /// A report's text as compared (its matchText), what is left out of it,
    /// the key of the body that wrote it and its order (CopyIndex::add()).
    struct Body {
        QString matchText;
        QList<TextSpan> excluded;
        QString body;
        ReportOrder order;

        /// The same text to fingerprint (the body and order may differ).
        bool sameText(const Body &other) const
        {
            return excluded == other.excluded && matchText == other.matchText;
        }
        friend bool operator==(const Body &a, const Body &b)
        {
            return a.body == b.body && a.order == b.order && a.sameText(b);
        }
    };

    explicit CopyIndexCache(const AuditRules &rules = AuditRules::builtIn());
    ~CopyIndexCache();

    /// Makes the index hold exactly @p bodies, in order. @p progress is told
    /// how many bodies are in place after each one and returns false to stop;
    /// then update() returns false and the index holds the bodies done so far.
    bool update(const QList<Body> &bodies, const std::function<bool(int done)> &progress = {});
    const CopyIndex &index() const
    {
        return *m_index;
    }
    /// The bodies indexed, in order.
    const QList<Body> &bodies() const
    {
        return m_bodies;
    }
    /// How many bodies were fingerprinted (CopyIndex::prepare()) since this was made.
    int fingerprinted() const
    {
        return m_fingerprinted.load();
    }

private:
    CopyRules m_rules;
    QStringList m_formulas;
    std::unique_ptr<CopyIndex> m_index;
    QList<Body> m_bodies;
    std::atomic<int> m_fingerprinted {0};
};

} // namespace Dz
