#pragma once

#include "alignment/scheme.h"
#include "base/requiredcharacters.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Dz
{

/// How an indicator's figure is read from a report.
enum class IndicatorMethod {
    /// A stated figure: an anchor term, then a number with a measure word, in one clause.
    Statement,
    /// Distinct events counted from the mentions of an event term (演练).
    Events,
};

/// A second figure reported with an event indicator (participants of drills).
struct IndicatorParticipants {
    SchemeLabel label;
    QStringList measureWords;
    bool isValid() const
    {
        return !measureWords.isEmpty();
    }
};

/// One indicator of a catalog: what to look for and what to rule out.
struct IndicatorDefinition {
    QString id;
    SchemeLabel label;
    QString description;
    IndicatorMethod method = IndicatorMethod::Statement;
    QString unit; ///< the unit values are given in (件, 次, 元 …)
    QStringList measureWords; ///< normalised scanner units that count (件, 起 …)
    /// Terms that make a number about this indicator when they stand before
    /// it in its clause.
    QStringList anchors;
    /// Anchors that count only inside sections about a theme (or under them):
    /// 培训 is legal education in a T10 section, not elsewhere.
    QHash<QString, QStringList> themeAnchors;
    QStringList exclusions; ///< a clause holding one of these is not about this indicator
    QStringList parts; ///< the scheme parts whose text counts (P1: never plans)
    QList<PrefilteredPattern> totalPatterns; ///< a statement of the whole year or system
    QList<PrefilteredPattern> partialPatterns; ///< a statement about part of it
    // Events only:
    QString eventTerm; ///< 演练
    QStringList eventVerbs; ///< what introduces a list of events: 开展, 组织 …
    QStringList uncertainEvents; ///< mentions that may or may not be an event (培训演练)
    IndicatorParticipants participants;
};

/**
 * The indicators Duizhao extracts, read from a JSON file
 * (resources/indicators/lawgov-indicators.json), so analysts can add or tune
 * indicators without a rebuild. A default-constructed catalog is invalid.
 */
class IndicatorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Dz::IndicatorCatalog)

public:
    static constexpr auto BuiltInPath = u":/duizhao/indicators/lawgov-indicators.json";

    static Result<IndicatorCatalog> builtIn();
    static Result<IndicatorCatalog> loadFile(const QString &path);
    /// The same, with part and theme ids checked against @p scheme (already loaded).
    static Result<IndicatorCatalog> builtIn(const Scheme &scheme);
    static Result<IndicatorCatalog> loadFile(const QString &path, const Scheme &scheme);
    /// Parses and validates @p json; @p origin names the source in messages.
    /// Part and theme ids are checked against @p scheme.
    static Result<IndicatorCatalog> fromJson(const QByteArray &json, const QString &origin, const Scheme &scheme);

    bool isValid() const
    {
        return !m_id.isEmpty();
    }
    QString id() const
    {
        return m_id;
    }
    const QList<IndicatorDefinition> &indicators() const
    {
        return m_indicators;
    }
    /// nullptr when there is no such indicator.
    const IndicatorDefinition *indicator(const QString &id) const;
    QStringList ids() const;
    /// A catalog with only the indicators of @p ids, in the order given;
    /// fails naming the first unknown id.
    Result<IndicatorCatalog> subset(const QStringList &ids) const;

private:
    QString m_id;
    QString m_origin;
    QList<IndicatorDefinition> m_indicators;
};

} // namespace Dz
