#include "audit/copyindexcache.h"

#include "audit/audit_debug.h"
#include "base/parallelgrain.h"

#include <QHash>
#include <QtConcurrentMap>

#include <algorithm>

namespace Dz
{

CopyIndexCache::CopyIndexCache(const AuditRules &rules)
    : m_rules(rules.copying)
    , m_formulas(rules.boilerplate)
    , m_index(std::make_unique<CopyIndex>(m_rules, m_formulas))
{
}

CopyIndexCache::~CopyIndexCache() = default;

bool CopyIndexCache::update(const QList<Body> &bodies, const std::function<bool(int done)> &progress)
{
    qsizetype kept = 0;
    while (kept < m_bodies.size() && kept < bodies.size() && m_bodies.at(kept) == bodies.at(kept))
        ++kept;

    // The same reports with new ones at the end: only those are indexed.
    // Else the index is made anew in the new order, from the fingerprints
    // already made where a report's body is the same.
    std::unique_ptr<CopyIndex> old;
    QList<Body> oldBodies;
    QMultiHash<size_t, int> byText;
    qsizetype from = kept;
    if (kept < m_bodies.size()) {
        qCDebug(lcAudit) << "copy index made anew:" << kept << "of" << m_bodies.size() << "reports kept in place," << bodies.size() << "now";
        old = std::exchange(m_index, std::make_unique<CopyIndex>(m_rules, m_formulas));
        oldBodies = std::exchange(m_bodies, {});
        for (int i = 0; i < oldBodies.size(); ++i)
            byText.insert(qHash(oldBodies.at(i).matchText), i);
        from = 0;
    }
    const auto keptAt = [&](const Body &body) {
        for (const int j : byText.values(qHash(body.matchText))) {
            if (oldBodies.at(j).sameText(body))
                return j;
        }
        return -1;
    };

    // Fingerprinting is pure: a chunk's new bodies are fingerprinted on every
    // core (when they are worth it), then indexed in order (which only one
    // thread may do).
    constexpr qsizetype Chunk = 32;
    for (qsizetype begin = from; begin < bodies.size(); begin += Chunk) {
        if (progress && !progress(int(begin)))
            return false;
        const qsizetype end = std::min(begin + Chunk, bodies.size());
        QList<int> reused;
        QList<qsizetype> fresh;
        for (qsizetype i = begin; i < end; ++i) {
            reused.append(old ? keptAt(bodies.at(i)) : -1);
            if (reused.constLast() < 0)
                fresh.append(i);
        }
        const CopyIndex &index = *m_index;
        const auto prepare = [&index, &bodies](qsizetype i) {
            return index.prepare(bodies.at(i).matchText, bodies.at(i).excluded);
        };
        qsizetype characters = 0;
        for (qsizetype i : std::as_const(fresh))
            characters += bodies.at(i).matchText.size();
        QList<CopyIndex::Prepared> prepared;
        if (worthOtherCores(fresh.size(), characters)) {
            prepared = QtConcurrent::blockingMapped(fresh, prepare);
        } else {
            prepared.reserve(fresh.size());
            for (qsizetype i : std::as_const(fresh))
                prepared.append(prepare(i));
        }
        m_fingerprinted += int(fresh.size());
        qsizetype next = 0;
        for (qsizetype i = begin; i < end; ++i) {
            if (progress && i > begin && !progress(int(i)))
                return false;
            const int j = reused.at(i - begin);
            const Body &body = bodies.at(i);
            m_index->add(j >= 0 ? old->prepared(j) : prepared.at(next++), body.body, body.order);
            m_bodies.append(bodies.at(i));
        }
    }
    if (progress)
        progress(int(bodies.size()));
    return true;
}

} // namespace Dz
