#pragma once

#include <QString>
#include <QVarLengthArray>

#include <utility>

namespace Dz
{

/**
 * How much of each weakness theme a statement's topics carry: a handful of
 * (theme, weight) pairs kept in theme order, with the squared length kept
 * as it grows.
 *
 * A statement names one to three themes, and a comparison of two statements
 * asks for their cosine once for every pair compared (a plan against every
 * sentence of the next report): a short sorted array walked side by side
 * costs a few comparisons where a hash map scans its buckets.
 */
class ThemeWeights
{
public:
    using Entry = std::pair<QString, double>;

    /// Adds @p weight to @p theme's.
    void add(const QString &theme, double weight);

    bool isEmpty() const
    {
        return m_entries.isEmpty();
    }
    qsizetype size() const
    {
        return m_entries.size();
    }
    /// In theme order.
    const Entry *begin() const
    {
        return m_entries.cbegin();
    }
    const Entry *end() const
    {
        return m_entries.cend();
    }

    /// The cosine of the two as vectors over the themes: 1 for the same mix, 0 for nothing shared (or either empty).
    static double cosine(const ThemeWeights &a, const ThemeWeights &b);

    friend bool operator==(const ThemeWeights &a, const ThemeWeights &b)
    {
        return a.m_entries == b.m_entries;
    }
    friend bool operator!=(const ThemeWeights &a, const ThemeWeights &b)
    {
        return !(a == b);
    }

private:
    QVarLengthArray<Entry, 4> m_entries;
};

} // namespace Dz
