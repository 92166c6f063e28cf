#pragma once

#include "alignment/scheme.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dz
{

/// A kind of weakness reports admit (W03 执法力量不足 …) and the terms that point to it.
struct WeaknessTheme {
    QString id;
    SchemeLabel label;
    QList<SchemeCue> cues;
};

/**
 * The weakness themes and the words that introduce lists of shortcomings
 * and causes, read from a JSON file (resources/weaknesses/lawgov-weaknesses.json)
 * so analysts can extend the themes without a rebuild. A default-constructed
 * catalog is invalid.
 */
class WeaknessCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Dz::WeaknessCatalog)

public:
    static constexpr auto BuiltInPath = u":/duizhao/weaknesses/lawgov-weaknesses.json";

    static Result<WeaknessCatalog> builtIn();
    static Result<WeaknessCatalog> loadFile(const QString &path);
    /// Parses and validates @p json; @p origin names the source in messages.
    static Result<WeaknessCatalog> fromJson(const QByteArray &json, const QString &origin);

    bool isValid() const
    {
        return !m_id.isEmpty();
    }
    QString id() const
    {
        return m_id;
    }
    const QList<WeaknessTheme> &themes() const
    {
        return m_themes;
    }
    /// nullptr when there is no such theme.
    const WeaknessTheme *theme(const QString &id) const;
    /// The scheme part that holds shortcomings (P2).
    QString part() const
    {
        return m_part;
    }
    /// Words that make a sentence a shortcoming when nothing else structures the part: 不足, 有待 …
    const QStringList &shortcomingCues() const
    {
        return m_shortcomingCues;
    }
    /// Words after which a report lists its shortcomings: 主要表现在 …
    const QStringList &listCues() const
    {
        return m_listCues;
    }
    /// Words after which a report gives causes: 原因在于 …
    const QStringList &causeCues() const
    {
        return m_causeCues;
    }
    /// The least score a theme needs to be given to an item.
    double themeThreshold() const
    {
        return m_themeThreshold;
    }
    /// What a cue counts in an item's explanation, relative to its headline.
    double detailWeight() const
    {
        return m_detailWeight;
    }

private:
    QString m_id;
    QList<WeaknessTheme> m_themes;
    QString m_part;
    QStringList m_shortcomingCues;
    QStringList m_listCues;
    QStringList m_causeCues;
    double m_themeThreshold = 1.5;
    double m_detailWeight = 0.5;
};

} // namespace Dz
