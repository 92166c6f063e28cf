#include "indicators/indicatorcatalog.h"

#include "base/jsonvalidator.h"
#include "indicators/indicators_debug.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using Internal::JsonValidator;

// What every indicator inherits unless it says otherwise.
struct CatalogDefaults {
    QStringList parts;
    QList<PrefilteredPattern> totalPatterns;
    QList<PrefilteredPattern> partialPatterns;
};

QList<PrefilteredPattern> readPatterns(
    JsonValidator &v, const QJsonObject &o, const QString &key, const QString &where, const QList<PrefilteredPattern> &fallback)
{
    if (!o.contains(key))
        return fallback;
    QList<PrefilteredPattern> patterns;
    const QStringList sources = v.strings(o, key, where);
    for (const QString &source : sources) {
        QRegularExpression re(source, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            v.fail(IndicatorCatalog::tr("%1: the pattern “%2” in \"%3\" is not a valid regular expression: %4").arg(where, source, key, re.errorString()));
            break;
        }
        re.optimize();
        patterns.append(PrefilteredPattern(re));
    }
    return patterns;
}

void checkParts(JsonValidator &v, const QStringList &parts, const QString &where, const Scheme &scheme)
{
    for (const QString &part : parts) {
        if (scheme.partIndex(part) < 0)
            v.fail(IndicatorCatalog::tr("%1: \"parts\" names “%2”, which is not a part of the scheme %3").arg(where, part, scheme.id()));
    }
}

IndicatorDefinition readIndicator(JsonValidator &v, const QJsonObject &o, const QString &where, const CatalogDefaults &defaults, const Scheme &scheme)
{
    IndicatorDefinition d;
    d.id = o.value(u"id"_s).toString();
    d.label = v.label(o.value(u"label"_s), where);
    d.description = o.value(u"description"_s).toString();
    d.unit = o.value(u"unit"_s).toString();
    if (d.unit.isEmpty())
        v.fail(IndicatorCatalog::tr("%1 has no \"unit\"").arg(where));
    const QString method = o.value(u"method"_s).toString(u"statement"_s);
    if (method == u"statement")
        d.method = IndicatorMethod::Statement;
    else if (method == u"events")
        d.method = IndicatorMethod::Events;
    else
        v.fail(IndicatorCatalog::tr("%1: unknown \"method\" “%2” (use statement or events)").arg(where, method));

    d.measureWords = v.strings(o, u"measureWords"_s, where);
    if (d.measureWords.isEmpty())
        v.fail(IndicatorCatalog::tr("%1 must list its \"measureWords\"").arg(where));
    d.anchors = v.strings(o, u"anchors"_s, where);
    d.exclusions = v.strings(o, u"exclusions"_s, where);
    d.parts = v.strings(o, u"parts"_s, where, defaults.parts);
    checkParts(v, d.parts, where, scheme);
    d.totalPatterns = readPatterns(v, o, u"totalPatterns"_s, where, defaults.totalPatterns);
    d.partialPatterns = readPatterns(v, o, u"partialPatterns"_s, where, defaults.partialPatterns);

    const QJsonValue themeAnchors = o.value(u"themeAnchors"_s);
    if (!themeAnchors.isUndefined() && !themeAnchors.isObject())
        v.fail(IndicatorCatalog::tr("%1: \"themeAnchors\" must be an object of theme id → terms").arg(where));
    const QJsonObject byTheme = themeAnchors.toObject();
    for (auto it = byTheme.begin(); it != byTheme.end(); ++it) {
        if (scheme.themeIndex(it.key()) < 0)
            v.fail(IndicatorCatalog::tr("%1: \"themeAnchors\" names “%2”, which is not a theme of the scheme %3").arg(where, it.key(), scheme.id()));
        d.themeAnchors.insert(it.key(), v.strings(byTheme, it.key(), where));
    }

    if (d.method == IndicatorMethod::Statement) {
        if (d.anchors.isEmpty() && d.themeAnchors.isEmpty())
            v.fail(IndicatorCatalog::tr("%1 needs \"anchors\" or \"themeAnchors\"").arg(where));
        return d;
    }
    d.eventTerm = o.value(u"eventTerm"_s).toString();
    if (d.eventTerm.isEmpty())
        v.fail(IndicatorCatalog::tr("%1: an events indicator needs an \"eventTerm\"").arg(where));
    d.eventVerbs = v.strings(o, u"eventVerbs"_s, where);
    d.uncertainEvents = v.strings(o, u"uncertainEvents"_s, where);
    const QJsonObject participants = o.value(u"participants"_s).toObject();
    if (!participants.isEmpty()) {
        d.participants.label = v.label(participants.value(u"label"_s), where);
        d.participants.measureWords = v.strings(participants, u"measureWords"_s, where);
    }
    return d;
}

} // namespace

Result<IndicatorCatalog> IndicatorCatalog::builtIn()
{
    return loadFile(QString(QStringView(BuiltInPath)));
}

Result<IndicatorCatalog> IndicatorCatalog::builtIn(const Scheme &scheme)
{
    return loadFile(QString(QStringView(BuiltInPath)), scheme);
}

Result<IndicatorCatalog> IndicatorCatalog::loadFile(const QString &path)
{
    auto scheme = Scheme::builtIn();
    if (!scheme)
        return Failure(scheme.error());
    return loadFile(path, scheme.value());
}

Result<IndicatorCatalog> IndicatorCatalog::loadFile(const QString &path, const Scheme &scheme)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<IndicatorCatalog>::failure(tr("Cannot read the indicator file %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path, scheme);
}

Result<IndicatorCatalog> IndicatorCatalog::fromJson(const QByteArray &json, const QString &origin, const Scheme &scheme)
{
    const auto failure = [&origin](const QString &problem) {
        qCWarning(lcIndicatorCatalog) << "rejected indicator catalog" << origin << problem;
        return Result<IndicatorCatalog>::failure(tr("The indicator file %1 is not valid: %2").arg(origin, problem));
    };

    JsonValidator v;
    const QJsonObject root = v.readRoot(json, u"duizhao-indicators");
    if (!v.ok())
        return failure(v.problem);
    IndicatorCatalog catalog;
    catalog.m_origin = origin;
    catalog.m_id = root.value(u"id"_s).toString();
    if (catalog.m_id.isEmpty())
        v.fail(tr("the catalog has no \"id\""));

    const QJsonObject defaultsObject = root.value(u"defaults"_s).toObject();
    const QString defaultsWhere = tr("the defaults");
    CatalogDefaults defaults;
    defaults.parts = v.strings(defaultsObject, u"parts"_s, defaultsWhere, {scheme.contentPart()});
    checkParts(v, defaults.parts, defaultsWhere, scheme);
    defaults.totalPatterns = readPatterns(v, defaultsObject, u"totalPatterns"_s, defaultsWhere, {});
    defaults.partialPatterns = readPatterns(v, defaultsObject, u"partialPatterns"_s, defaultsWhere, {});

    const QJsonValue indicatorsValue = root.value(u"indicators"_s);
    if (!indicatorsValue.isArray() || indicatorsValue.toArray().isEmpty())
        v.fail(tr("\"indicators\" must be a non-empty array"));
    const QJsonArray indicators = indicatorsValue.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < indicators.size() && v.ok(); ++i) {
        const QJsonObject o = indicators.at(i).toObject();
        const QString id = o.value(u"id"_s).toString();
        if (id.isEmpty() || id.contains(u',') || id.contains(u' ')) {
            v.fail(tr("indicator %1 needs an \"id\" without commas or spaces").arg(i + 1));
            break;
        }
        if (ids.contains(id))
            v.fail(tr("the indicator id “%1” is used twice").arg(id));
        ids.insert(id);
        catalog.m_indicators.append(readIndicator(v, o, tr("indicator %1").arg(id), defaults, scheme));
    }

    if (!v.ok())
        return failure(v.problem);
    qCDebug(lcIndicatorCatalog) << "loaded indicator catalog" << catalog.m_id << "from" << origin << catalog.m_indicators.size() << "indicators";
    return catalog;
}

const IndicatorDefinition *IndicatorCatalog::indicator(const QString &id) const
{
    for (const IndicatorDefinition &d : m_indicators) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QStringList IndicatorCatalog::ids() const
{
    QStringList result;
    for (const IndicatorDefinition &d : m_indicators)
        result.append(d.id);
    return result;
}

Result<IndicatorCatalog> IndicatorCatalog::subset(const QStringList &ids) const
{
    IndicatorCatalog result;
    result.m_id = m_id;
    result.m_origin = m_origin;
    // An id given again names the same indicator: it is extracted once
    // (ten thousand repeats would otherwise be ten thousand extractions).
    QSet<QString> taken;
    for (const QString &id : ids) {
        if (taken.contains(id))
            continue;
        const IndicatorDefinition *d = indicator(id);
        if (!d)
            return Result<IndicatorCatalog>::failure(tr("Unknown indicator “%1”. Known indicators: %2.").arg(id, this->ids().join(u", "_s)));
        taken.insert(id);
        result.m_indicators.append(*d);
    }
    return result;
}

} // namespace Dz
