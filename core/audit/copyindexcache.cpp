#include "audit/copyindexcache.h"

#include <QHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAudit)

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
    const auto fingerprint = [this](const Body &body) {
        ++m_fingerprinted;
        return m_index->prepare(body.matchText, body.excluded);
    };

    if (kept == m_bodies.size()) {
        // The same reports with new ones at the end: index only those.
        for (qsizetype i = kept; i < bodies.size(); ++i) {
            if (progress && !progress(int(i)))
                return false;
            m_index->add(fingerprint(bodies.at(i)));
            m_bodies.append(bodies.at(i));
        }
        if (progress)
            progress(int(bodies.size()));
        return true;
    }

    // Indexed anew in the new order, from the fingerprints already made.
    qCDebug(lcAudit) << "copy index rebuilt:" << kept << "of" << m_bodies.size() << "reports kept in place," << bodies.size() << "now";
    const std::unique_ptr<CopyIndex> old = std::exchange(m_index, std::make_unique<CopyIndex>(m_rules, m_formulas));
    const QList<Body> oldBodies = std::exchange(m_bodies, {});
    QMultiHash<size_t, int> byText;
    for (int i = 0; i < oldBodies.size(); ++i)
        byText.insert(qHash(oldBodies.at(i).matchText), i);
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        if (progress && !progress(int(i)))
            return false;
        const Body &body = bodies.at(i);
        int found = -1;
        for (const int j : byText.values(qHash(body.matchText))) {
            if (oldBodies.at(j) == body)
                found = j;
        }
        m_index->add(found >= 0 ? old->prepared(found) : fingerprint(body));
        m_bodies.append(body);
    }
    if (progress)
        progress(int(bodies.size()));
    return true;
}

} // namespace Dz
