#include "base/jsonvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

QJsonObject JsonValidator::readRoot(const QByteArray &json, QStringView format, int version)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("JSON syntax error at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return {};
    }
    if (!doc.isObject()) {
        fail(tr("the top level must be a JSON object"));
        return {};
    }
    return checkRoot(doc.object(), format, version);
}

QJsonObject JsonValidator::checkRoot(const QJsonObject &root, QStringView format, int version)
{
    if (root.value(u"format"_s).toString() != format) {
        fail(tr("\"format\" must be \"%1\"").arg(format));
        return {};
    }
    if (root.value(u"version"_s).toInt() != version) {
        fail(tr("unsupported \"version\" %1 (this build reads version %2)").arg(root.value(u"version"_s).toVariant().toString()).arg(version));
        return {};
    }
    return root;
}

SchemeLabel JsonValidator::label(const QJsonValue &value, const QString &where)
{
    SchemeLabel label;
    if (!value.isObject()) {
        fail(tr("%1: \"label\" must be an object with \"zh\" and \"en\"").arg(where));
        return label;
    }
    const QJsonObject o = value.toObject();
    label.zh = o.value(u"zh"_s).toString();
    label.en = o.value(u"en"_s).toString();
    if (label.zh.isEmpty())
        fail(tr("%1: the label has no \"zh\" text").arg(where));
    else if (label.en.isEmpty())
        fail(tr("%1: the label has no \"en\" text").arg(where));
    return label;
}

QStringList JsonValidator::strings(const QJsonObject &object, const QString &key, const QString &where, const QStringList &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    QStringList result;
    if (!value.isArray()) {
        fail(tr("%1: \"%2\" must be an array of strings").arg(where, key));
        return result;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString text = item.toString().trimmed();
        if (text.isEmpty()) {
            fail(tr("%1: \"%2\" must hold non-empty strings").arg(where, key));
            break;
        }
        result.append(text);
    }
    return result;
}

QList<SchemeCue> JsonValidator::cues(const QJsonObject &node, const QString &key, const QString &where, bool required)
{
    QList<SchemeCue> cues;
    const QJsonValue value = node.value(key);
    if (value.isUndefined() && !required)
        return cues;
    if (!value.isArray()) {
        fail(tr("%1: \"%2\" must be an array of {\"term\", \"weight\"}").arg(where, key));
        return cues;
    }
    QSet<QString> seen;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        SchemeCue cue;
        cue.term = o.value(u"term"_s).toString().trimmed();
        const QJsonValue weight = o.value(u"weight"_s);
        cue.weight = weight.toDouble();
        if (cue.term.isEmpty()) {
            fail(tr("%1: cue %2 of \"%3\" has no term").arg(where).arg(i + 1).arg(key));
        } else if (!weight.isDouble() || cue.weight <= 0 || cue.weight > 100) {
            fail(tr("%1: cue \"%2\" needs a positive numeric weight (at most 100)").arg(where, cue.term));
        } else if (seen.contains(cue.term)) {
            fail(tr("%1: cue \"%2\" is listed twice in \"%3\"").arg(where, cue.term, key));
        }
        seen.insert(cue.term);
        cues.append(cue);
    }
    if (required && cues.isEmpty())
        fail(tr("%1: \"%2\" must list at least one cue").arg(where, key));
    return cues;
}

} // namespace Dz::Internal
