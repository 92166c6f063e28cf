#include "alignment/scheme.h"

#include "alignment/scheme_debug.h"
#include "base/jsonvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

// Debug output (what a scheme file held) only on request.

namespace Dz
{

namespace
{

using Internal::JsonValidator;

QString readId(const QJsonObject &node, const QString &where, QSet<QString> &ids, JsonValidator &v)
{
    const QString id = node.value(u"id"_s).toString();
    if (id.isEmpty())
        v.fail(Scheme::tr("%1 has no \"id\"").arg(where));
    else if (id.contains(u'.'))
        v.fail(Scheme::tr("%1: the id \"%2\" must not contain a dot").arg(where, id));
    else if (ids.contains(id))
        v.fail(Scheme::tr("%1: the id \"%2\" is used twice").arg(where, id));
    ids.insert(id);
    return id;
}

void readSetting(const QJsonObject &settings, const char16_t *key, double &target, JsonValidator &v)
{
    const QJsonValue value = settings.value(QStringView(key));
    if (value.isUndefined())
        return;
    if (!value.isDouble() || value.toDouble() < 0)
        v.fail(Scheme::tr("setting \"%1\" must be a non-negative number").arg(QStringView(key)));
    else
        target = value.toDouble();
}

// The parts, each with an id of its own (collected in @p ids), up to the first problem.
QList<SchemePart> readParts(const QJsonObject &root, QSet<QString> &ids, JsonValidator &v)
{
    QList<SchemePart> result;
    const QJsonValue partsValue = root.value(u"parts"_s);
    if (!partsValue.isArray() || partsValue.toArray().isEmpty())
        v.fail(Scheme::tr("\"parts\" must be a non-empty array"));
    const QJsonArray parts = partsValue.toArray();
    for (qsizetype i = 0; i < parts.size() && v.ok(); ++i) {
        if (!parts.at(i).isObject()) {
            v.fail(Scheme::tr("part %1 is not an object").arg(i + 1));
            break;
        }
        const QJsonObject o = parts.at(i).toObject();
        SchemePart part;
        part.id = readId(o, Scheme::tr("part %1").arg(i + 1), ids, v);
        const QString where = Scheme::tr("part %1").arg(part.id);
        part.label = v.label(o.value(u"label"_s), where);
        part.description = o.value(u"description"_s).toString();
        part.required = o.value(u"required"_s).toBool();
        const QJsonValue position = o.value(u"position"_s);
        if (!position.isUndefined() && (!position.isDouble() || position.toDouble() < 0 || position.toDouble() > 1))
            v.fail(Scheme::tr("%1: \"position\" must be a number from 0 to 1").arg(where));
        part.position = position.toDouble(-1);
        const QJsonValue needsHeading = o.value(u"needsHeading"_s);
        if (!needsHeading.isUndefined() && !needsHeading.isBool())
            v.fail(Scheme::tr("%1: \"needsHeading\" must be true or false").arg(where));
        part.needsHeading = needsHeading.toBool();
        part.headingCues = v.cues(o, u"headingCues"_s, where, true);
        part.bodyCues = v.cues(o, u"bodyCues"_s, where, false);
        result.append(part);
    }
    return result;
}

// The themes, with ids distinct from the parts' and each other's.
QList<SchemeTheme> readThemes(const QJsonObject &root, QSet<QString> &ids, JsonValidator &v)
{
    QList<SchemeTheme> result;
    const QJsonValue themesValue = root.value(u"themes"_s);
    if (!themesValue.isUndefined() && !themesValue.isArray())
        v.fail(Scheme::tr("\"themes\" must be an array"));
    const QJsonArray themes = themesValue.toArray();
    for (qsizetype i = 0; i < themes.size() && v.ok(); ++i) {
        if (!themes.at(i).isObject()) {
            v.fail(Scheme::tr("theme %1 is not an object").arg(i + 1));
            break;
        }
        const QJsonObject o = themes.at(i).toObject();
        SchemeTheme theme;
        theme.id = readId(o, Scheme::tr("theme %1").arg(i + 1), ids, v);
        const QString where = Scheme::tr("theme %1").arg(theme.id);
        theme.label = v.label(o.value(u"label"_s), where);
        theme.description = o.value(u"description"_s).toString();
        theme.cues = v.cues(o, u"cues"_s, where, true);
        result.append(theme);
    }
    return result;
}

void readSettings(const QJsonObject &root, SchemeSettings &s, JsonValidator &v)
{
    const QJsonValue settingsValue = root.value(u"settings"_s);
    if (!settingsValue.isUndefined() && !settingsValue.isObject())
        v.fail(Scheme::tr("\"settings\" must be an object"));
    const QJsonObject settings = settingsValue.toObject();
    readSetting(settings, u"partThreshold", s.partThreshold, v);
    readSetting(settings, u"childOverrideThreshold", s.childOverrideThreshold, v);
    readSetting(settings, u"splitThreshold", s.splitThreshold, v);
    readSetting(settings, u"themeHeadingThreshold", s.themeHeadingThreshold, v);
    readSetting(settings, u"themeThreshold", s.themeThreshold, v);
    readSetting(settings, u"bodyThemeCap", s.bodyThemeCap, v);
    readSetting(settings, u"bodyThemeMinimum", s.bodyThemeMinimum, v);
    readSetting(settings, u"bodyPartWeight", s.bodyPartWeight, v);
    readSetting(settings, u"orderWeight", s.orderWeight, v);
    readSetting(settings, u"firstClauseBonus", s.firstClauseBonus, v);
}

} // namespace

Result<Scheme> Scheme::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Scheme>::failure(tr("Cannot read the scheme file %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<Scheme> Scheme::builtIn()
{
    return loadFile(QString(QStringView(BuiltInPath)));
}

Result<Scheme> Scheme::fromJson(const QByteArray &json, const QString &origin)
{
    const auto failure = [&origin](const QString &problem) {
        qCWarning(lcScheme) << "rejected scheme" << origin << problem;
        return Result<Scheme>::failure(tr("The scheme file %1 is not valid: %2").arg(origin, problem));
    };

    JsonValidator v;
    const QJsonObject root = v.readRoot(json, u"duizhao-scheme");
    if (!v.ok())
        return failure(v.problem);
    Scheme scheme;
    scheme.m_origin = origin;
    scheme.m_id = root.value(u"id"_s).toString();
    if (scheme.m_id.isEmpty())
        v.fail(tr("the scheme has no \"id\""));
    scheme.m_label = v.label(root.value(u"label"_s), tr("the scheme"));
    scheme.m_description = root.value(u"description"_s).toString();

    QSet<QString> ids;
    scheme.m_parts = readParts(root, ids, v);
    scheme.m_themes = readThemes(root, ids, v);

    if (v.ok()) {
        scheme.m_contentPart = root.value(u"contentPart"_s).toString(scheme.m_parts.constFirst().id);
        if (scheme.partIndex(scheme.m_contentPart) < 0)
            v.fail(tr("\"contentPart\" names \"%1\", which is not a part").arg(scheme.m_contentPart));
        const QJsonArray themed = root.value(u"themedParts"_s).toArray();
        for (const QJsonValue &value : themed) {
            const QString id = value.toString();
            if (scheme.partIndex(id) < 0)
                v.fail(tr("\"themedParts\" names \"%1\", which is not a part").arg(id));
            scheme.m_themedParts.append(id);
        }
        const QJsonArray connectors = root.value(u"connectors"_s).toArray();
        for (const QJsonValue &value : connectors) {
            if (value.toString().isEmpty())
                v.fail(tr("\"connectors\" must hold non-empty strings"));
            scheme.m_connectors.append(value.toString());
        }
    }

    readSettings(root, scheme.m_settings, v);

    if (!v.ok())
        return failure(v.problem);
    qCDebug(lcScheme) << "loaded scheme" << scheme.m_id << "from" << origin << scheme.m_parts.size() << "parts" << scheme.m_themes.size() << "themes";
    return scheme;
}

QString Scheme::nodeId(const QString &part, const QString &theme)
{
    if (theme.isEmpty())
        return part;
    return part + u'.' + theme;
}

int Scheme::partIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).id == id)
            return int(i);
    }
    return -1;
}

int Scheme::themeIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_themes.size(); ++i) {
        if (m_themes.at(i).id == id)
            return int(i);
    }
    return -1;
}

bool Scheme::hasNode(const QString &nodeId) const
{
    const qsizetype dot = nodeId.indexOf(u'.');
    if (dot < 0)
        return partIndex(nodeId) >= 0;
    const QString part = nodeId.left(dot);
    return m_themedParts.contains(part) && themeIndex(nodeId.mid(dot + 1)) >= 0;
}

SchemeLabel Scheme::nodeLabel(const QString &nodeId) const
{
    const qsizetype dot = nodeId.indexOf(u'.');
    if (dot >= 0) {
        const int theme = themeIndex(nodeId.mid(dot + 1));
        return theme >= 0 ? m_themes.at(theme).label : SchemeLabel();
    }
    const int part = partIndex(nodeId);
    return part >= 0 ? m_parts.at(part).label : SchemeLabel();
}

} // namespace Dz
