#include "audit/recurrencematcher.h"

#include "base/widthfolding.h"

#include <algorithm>

namespace Dz
{

RecurrenceMatcher::RecurrenceMatcher(const WeaknessClassifier &classifier, const QStringList &earlier, const QStringList &later, double bar)
    : m_classifier(&classifier)
    , m_comparer(classifier)
    , m_bar(bar)
{
    readAll(earlier, later);
}

RecurrenceMatcher::RecurrenceMatcher(const WeaknessClassifier &classifier, const QList<const WeaknessItem *> &earlier,
    const QList<StatementReading> &earlierReadings, const QList<const WeaknessItem *> &later, const QList<StatementReading> &laterReadings, double bar)
    : m_classifier(&classifier)
    , m_comparer(classifier)
    , m_earlier(earlierReadings)
    , m_later(laterReadings)
    , m_bar(bar)
{
    Q_ASSERT(earlier.size() == earlierReadings.size() && later.size() == laterReadings.size());
    for (const WeaknessItem *item : earlier)
        m_earlierThemes.append(item->theme);
    for (const WeaknessItem *item : later)
        m_laterThemes.append(item->theme);
    prepareQueries();
}

QList<StatementReading> RecurrenceMatcher::read(const WeaknessClassifier &classifier, const QList<const WeaknessItem *> &items)
{
    const StatementComparer comparer(classifier);
    QList<StatementReading> out;
    out.reserve(items.size());
    for (const WeaknessItem *item : items)
        out.append(comparer.read(item->text, StatementComparer::Classification::Omitted));
    return out;
}

void RecurrenceMatcher::readAll(const QStringList &earlier, const QStringList &later)
{
    for (const QString &text : earlier) {
        m_earlier.append(m_comparer.read(text));
        m_earlierThemes.append(m_earlier.constLast().meaning.classification.theme());
    }
    // A later statement is only compared against (never a query): it needs no words.
    for (const QString &text : later) {
        m_later.append(m_comparer.read(text, StatementComparer::Classification::Included, StatementComparer::Words::Omitted));
        m_laterThemes.append(m_later.constLast().meaning.classification.theme());
    }
    prepareQueries();
}

void RecurrenceMatcher::prepareQueries()
{
    m_comparer.setCorpus(m_earlier + m_later);
    m_earlierQueries.reserve(size_t(m_earlier.size()));
    for (const StatementReading &r : std::as_const(m_earlier))
        m_earlierQueries.push_back(m_comparer.prepare(r));
}

QStringList RecurrenceMatcher::signsOf(QStringView text) const
{
    const QString folded = foldWidth(text);
    QStringList signs;
    QStringList markers = m_classifier->catalog().recurrenceMarkers();
    // Longest first, so 仍然存在 is named rather than 仍 inside it.
    std::stable_sort(markers.begin(), markers.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    for (const QString &marker : std::as_const(markers)) {
        const bool inside = std::any_of(signs.cbegin(), signs.cend(), [&](const QString &s) {
            return s.contains(marker);
        });
        if (!inside && folded.contains(marker))
            signs.append(marker);
    }
    return signs;
}

Recurrence RecurrenceMatcher::match(int later) const
{
    Recurrence best;
    if (later < 0 || later >= m_later.size())
        return best;
    const StatementReading &now = m_later.at(later);
    const QStringList signs = signsOf(now.text);
    const double bar = signs.isEmpty() ? m_bar : 0.75 * m_bar;
    const QString &theme = m_laterThemes.at(later);
    double bestScore = 0;
    for (int e = 0; e < m_earlier.size(); ++e) {
        const double score = m_comparer.score(m_earlierQueries[size_t(e)], now);
        const bool sameTheme = !theme.isEmpty() && theme == m_earlierThemes.at(e);
        const bool alike = score >= (sameTheme ? bar : 2 * bar);
        if (alike && (best.earlier < 0 || score > bestScore)) {
            best.earlier = e;
            bestScore = score;
            best.sameTheme = sameTheme;
        }
    }
    if (best.earlier >= 0)
        best.overlap = m_comparer.overlap(m_earlierQueries[size_t(best.earlier)], now);
    best.signs = signs;
    return best;
}

} // namespace Dz
