#include "audit/auditrules.h"

#include "base/jsonvalidator.h"
#include "base/widthfolding.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

double number(Internal::JsonValidator &v, const QJsonObject &object, const QString &key, double low, double high, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < low || value.toDouble() > high) {
        v.fail(AuditRules::tr("%1: \"%2\" must be a number from %3 to %4").arg(where, key).arg(low).arg(high));
        return low;
    }
    return value.toDouble();
}

} // namespace

const AuditRules &AuditRules::builtIn()
{
    static const AuditRules rules = [] {
        auto loaded = loadFile(u":/duizhao/audit/lawgov-audit.json"_s);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return rules;
}

Result<AuditRules> AuditRules::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AuditRules>::failure(tr("%1: cannot read the audit rules: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<AuditRules> AuditRules::fromJson(const QByteArray &json, const QString &where)
{
    Internal::JsonValidator v;
    const QJsonObject root = v.readRoot(json, u"duizhao-audit");
    AuditRules rules;
    if (v.ok()) {
        const QString top = tr("the audit rules");
        rules.requiredParts = v.strings(root, u"requiredParts"_s, top);
        rules.reportedParts = v.strings(root, u"reportedParts"_s, top);
        for (const QString &part : std::as_const(rules.requiredParts)) {
            if (!rules.reportedParts.contains(part))
                v.fail(tr("required part %1 is not among \"reportedParts\"").arg(part));
        }
        rules.publicationLabels = v.strings(root, u"publicationLabels"_s, top);
        rules.rectifiedCues = v.strings(root, u"rectifiedCues"_s, top);
        const QJsonObject deadline = root.value(u"deadline"_s).toObject();
        rules.deadlineMonth = int(number(v, deadline, u"month"_s, 1, 12, u"deadline"_s));
        rules.deadlineDay = int(number(v, deadline, u"day"_s, 1, 28, u"deadline"_s));
        const QJsonObject substance = root.value(u"substance"_s).toObject();
        rules.minimumFiguresPer1000 = number(v, substance, u"minimumFiguresPer1000"_s, 0, 1000, u"substance"_s);
        rules.minimumShortcomingsShare = number(v, substance, u"minimumShortcomingsShare"_s, 0, 1, u"substance"_s);
        rules.minimumShortcomings = int(number(v, substance, u"minimumShortcomings"_s, 0, 100, u"substance"_s));
        const QJsonObject copying = root.value(u"copying"_s).toObject();
        rules.copying.passageLength = int(number(v, copying, u"passageLength"_s, 4, 200, u"copying"_s));
        rules.copying.boilerplateShare = number(v, copying, u"boilerplateShare"_s, 0.01, 1, u"copying"_s);
        rules.copying.boilerplateMinimumReports = int(number(v, copying, u"boilerplateMinimumReports"_s, 2, 1000000, u"copying"_s));
        rules.copying.minimumPerSource = int(number(v, copying, u"minimumPerSource"_s, 0, 100000, u"copying"_s));
        rules.copying.mergeGap = int(number(v, copying, u"mergeGap"_s, 0, 100, u"copying"_s));
        const QJsonObject followUp = root.value(u"followUp"_s).toObject();
        rules.reportedScore = number(v, followUp, u"reportedScore"_s, 0, 1, u"followUp"_s);
        rules.reportedShare = number(v, followUp, u"reportedShare"_s, 0, 1, u"followUp"_s);
        rules.recurringScore = number(v, followUp, u"recurringScore"_s, 0, 1, u"followUp"_s);
        rules.rectifiedScore = number(v, followUp, u"rectifiedScore"_s, 0, 1, u"followUp"_s);
        rules.quoteLength = int(number(v, followUp, u"quoteLength"_s, 2, 100, u"followUp"_s));
        rules.boilerplate = v.strings(root, u"boilerplate"_s, top);
        for (QString &phrase : rules.boilerplate)
            phrase = foldWidth(phrase);
    }
    if (!v.ok())
        return Result<AuditRules>::failure(tr("%1: %2").arg(where, v.problem));
    return rules;
}

} // namespace Dz
