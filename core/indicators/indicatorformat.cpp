#include "indicators/indicatorformat.h"

#include "base/jsonvalues.h"
#include "base/textformatting.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using Internal::csvField;
using Internal::padded;
using Internal::rounded;

QJsonValue decimalOrNull(const std::optional<Decimal> &value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonValue positionOrNull(qsizetype position)
{
    return position >= 0 ? QJsonValue(double(position)) : QJsonValue(QJsonValue::Null);
}

void addFigure(QJsonObject &json, const IndicatorFigure &figure)
{
    json.insert(u"value"_s, decimalOrNull(figure.value));
    json.insert(u"unit"_s, figure.unit);
    json.insert(u"qualifier"_s, qualifierName(figure.qualifier));
    json.insert(u"lower"_s, decimalOrNull(figure.lower));
    json.insert(u"upper"_s, decimalOrNull(figure.upper));
}

void addPlace(QJsonObject &json, const QString &evidence, TextSpan number, const QString &section, const QString &node, double confidence)
{
    json.insert(u"evidence"_s, Internal::stringOrNull(evidence));
    json.insert(u"start"_s, positionOrNull(number.start));
    json.insert(u"end"_s, positionOrNull(number.end));
    json.insert(u"section"_s, Internal::stringOrNull(section));
    json.insert(u"node"_s, Internal::stringOrNull(node));
    json.insert(u"confidence"_s, rounded(confidence));
}

QJsonObject candidateToJson(const IndicatorCandidate &c)
{
    QJsonObject json;
    addFigure(json, c.figure);
    json.insert(u"role"_s, candidateRoleName(c.role));
    addPlace(json, c.evidence, c.numberSpan, c.sectionHeading, c.node, c.confidence);
    return json;
}

QJsonObject valueToJson(const IndicatorValue &v)
{
    QJsonObject json {{u"id"_s, v.id}, {u"label"_s, v.labelZh}, {u"label_en"_s, v.labelEn}};
    addFigure(json, v.figure);
    addPlace(json, v.evidence, v.numberSpan, v.sectionHeading, v.node, v.confidence);
    QJsonArray components;
    for (const IndicatorCandidate &c : v.candidates)
        components.append(candidateToJson(c));
    json.insert(u"components"_s, components);
    if (v.participants.isReported()) {
        QJsonObject participants {{u"label"_s, v.participantsLabelZh}, {u"label_en"_s, v.participantsLabelEn}};
        addFigure(participants, v.participants);
        participants.insert(u"start"_s, positionOrNull(v.participantsSpan.start));
        participants.insert(u"end"_s, positionOrNull(v.participantsSpan.end));
        json.insert(u"participants"_s, participants);
    }
    if (v.isAnalysts()) {
        QJsonObject extracted;
        addFigure(extracted, *v.extracted);
        QJsonObject analyst {{u"note"_s, v.analystNote}, {u"extracted"_s, extracted}, {u"kind"_s, v.analystKind.isEmpty() ? u"value"_s : v.analystKind}};
        if (!v.analystParts.isEmpty()) {
            QJsonArray parts;
            for (const IndicatorPart &p : v.analystParts)
                parts.append(QJsonObject {{u"value"_s, p.value.toString()}, {u"evidence"_s, p.evidence}, {u"start"_s, positionOrNull(p.span.start)},
                    {u"end"_s, positionOrNull(p.span.end)}});
            analyst.insert(u"parts"_s, parts);
        }
        json.insert(u"analyst"_s, analyst);
    }
    return json;
}

} // namespace

QJsonObject IndicatorFormat::reportToJson(const ReportIndicators &report)
{
    QJsonArray values;
    for (const IndicatorValue &v : report.values)
        values.append(valueToJson(v));
    return {
        {u"file"_s, report.filePath},
        {u"district"_s, Internal::stringOrNull(report.district)},
        {u"year"_s, report.year > 0 ? QJsonValue(report.year) : QJsonValue(QJsonValue::Null)},
        {u"indicators"_s, values},
    };
}

QJsonObject IndicatorFormat::toJson(const QList<ReportIndicators> &reports)
{
    QJsonArray array;
    for (const ReportIndicators &report : reports)
        array.append(reportToJson(report));
    return {{u"reports"_s, array}};
}

QString IndicatorFormat::toCsv(const QList<ReportIndicators> &reports)
{
    QString out = u"file,district,year,indicator,label,value,display,unit,qualifier,lower,upper,confidence,node,section,start,end,evidence\n"_s;
    const auto number = [](const std::optional<Decimal> &d) {
        return d ? d->toString() : QString();
    };
    for (const ReportIndicators &report : reports) {
        for (const IndicatorValue &v : report.values) {
            const QStringList fields {
                csvField(report.filePath),
                csvField(report.district),
                report.year > 0 ? QString::number(report.year) : QString(),
                csvField(v.id),
                csvField(v.labelZh),
                number(v.figure.value),
                csvField(v.isAnalysts() ? v.figure.toDisplayString() + u" ✎"_s : v.figure.toDisplayString()),
                csvField(v.figure.unit),
                qualifierName(v.figure.qualifier),
                number(v.figure.lower),
                number(v.figure.upper),
                QString::number(rounded(v.confidence)),
                csvField(v.node),
                csvField(v.sectionHeading),
                v.numberSpan.isValid() ? QString::number(v.numberSpan.start) : QString(),
                v.numberSpan.isValid() ? QString::number(v.numberSpan.end) : QString(),
                csvField(v.evidence),
            };
            out += fields.join(u',') + u'\n';
        }
    }
    return out;
}

QString IndicatorFormat::toText(const QList<ReportIndicators> &reports, const QStringList &labels)
{
    QString out;
    for (qsizetype r = 0; r < reports.size(); ++r) {
        const ReportIndicators &report = reports.at(r);
        const QString label = r < labels.size() ? labels.at(r) : Internal::reportLabel(report.district, report.year, report.filePath);
        out += label + u"  ("_s + QFileInfo(report.filePath).fileName() + u")\n"_s;
        int labelWidth = 0;
        for (const IndicatorValue &v : report.values)
            labelWidth = std::max(labelWidth, Internal::displayWidth(v.labelZh));
        for (const IndicatorValue &v : report.values) {
            out += u"  "_s + padded(v.labelZh, labelWidth) + u"  "_s;
            if (!v.figure.isReported()) {
                out += v.candidates.isEmpty() ? tr("not reported") : tr("no stated total; %n statement(s) found", nullptr, int(v.candidates.size()));
                out += u'\n';
                for (const IndicatorCandidate &c : v.candidates)
                    out += u"      · "_s + c.figure.toDisplayString() + c.figure.unit + u"  "_s + c.evidence + u'\n';
                continue;
            }
            out += v.figure.toDisplayString() + v.figure.unit + u"  ["_s + qualifierName(v.figure.qualifier) + u']';
            if (v.isAnalysts())
                out += u"  ✎ "_s + (v.analystNote.isEmpty() ? tr("analyst's value") : tr("analyst's value: %1").arg(v.analystNote));
            out += u'\n';
            if (!v.evidence.isEmpty())
                out += u"      "_s + tr("evidence: %1").arg(v.evidence) + u'\n';
            if (v.participants.isReported())
                out += u"      "_s + v.participantsLabelZh + u": "_s + v.participants.toDisplayString() + v.participants.unit + u'\n';
        }
        out += u'\n';
    }
    return out;
}

} // namespace Dz
