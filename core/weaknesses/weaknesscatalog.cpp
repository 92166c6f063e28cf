#include "weaknesses/weaknesscatalog.h"

#include "base/jsonvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWeaknessCatalog, "dz.core.weaknesses", QtInfoMsg)

namespace Dz
{

Result<WeaknessCatalog> WeaknessCatalog::builtIn()
{
    return loadFile(QString(QStringView(BuiltInPath)));
}

Result<WeaknessCatalog> WeaknessCatalog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<WeaknessCatalog>::failure(tr("Cannot read the weakness theme file %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<WeaknessCatalog> WeaknessCatalog::fromJson(const QByteArray &json, const QString &origin)
{
    const auto failure = [&origin](const QString &problem) {
        qCWarning(lcWeaknessCatalog) << "rejected weakness themes" << origin << problem;
        return Result<WeaknessCatalog>::failure(tr("The weakness theme file %1 is not valid: %2").arg(origin, problem));
    };
    Internal::JsonValidator v;
    const QJsonObject root = v.readRoot(json, u"duizhao-weaknesses");
    if (!v.ok())
        return failure(v.problem);
    WeaknessCatalog catalog;
    catalog.m_id = root.value(u"id"_s).toString();
    if (catalog.m_id.isEmpty())
        v.fail(tr("the file has no \"id\""));
    const QString top = tr("the weakness themes");
    catalog.m_part = root.value(u"part"_s).toString();
    if (catalog.m_part.isEmpty())
        v.fail(tr("the file must name the \"part\" that holds shortcomings"));
    catalog.m_shortcomingCues = v.strings(root, u"shortcomingCues"_s, top);
    catalog.m_listCues = v.strings(root, u"listCues"_s, top);
    catalog.m_causeCues = v.strings(root, u"causeCues"_s, top);
    if (catalog.m_listCues.isEmpty() || catalog.m_causeCues.isEmpty())
        v.fail(tr("\"listCues\" and \"causeCues\" must each list at least one term"));
    const QJsonObject settings = root.value(u"settings"_s).toObject();
    catalog.m_themeThreshold = settings.value(u"themeThreshold"_s).toDouble(catalog.m_themeThreshold);
    catalog.m_detailWeight = settings.value(u"detailWeight"_s).toDouble(catalog.m_detailWeight);
    if (catalog.m_themeThreshold <= 0 || catalog.m_detailWeight < 0 || catalog.m_detailWeight > 1)
        v.fail(tr("\"themeThreshold\" must be positive and \"detailWeight\" between 0 and 1"));

    const QJsonArray themes = root.value(u"themes"_s).toArray();
    if (themes.isEmpty())
        v.fail(tr("\"themes\" must be a non-empty array"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < themes.size() && v.ok(); ++i) {
        const QJsonObject o = themes.at(i).toObject();
        WeaknessTheme theme;
        theme.id = o.value(u"id"_s).toString();
        if (theme.id.isEmpty() || ids.contains(theme.id)) {
            v.fail(tr("theme %1 needs an \"id\" of its own").arg(i + 1));
            break;
        }
        ids.insert(theme.id);
        const QString where = tr("theme %1").arg(theme.id);
        theme.label = v.label(o.value(u"label"_s), where);
        theme.cues = v.cues(o, u"cues"_s, where, true);
        catalog.m_themes.append(theme);
    }
    if (!v.ok())
        return failure(v.problem);
    return catalog;
}

const WeaknessTheme *WeaknessCatalog::theme(const QString &id) const
{
    for (const WeaknessTheme &t : m_themes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace Dz
