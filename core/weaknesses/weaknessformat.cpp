#include "weaknesses/weaknessformat.h"

#include "base/jsonvalues.h"
#include "base/textformatting.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString themeLabel(const WeaknessCatalog &catalog, const QString &id)
{
    const WeaknessTheme *theme = catalog.theme(id);
    return theme ? theme->label.zh : QString();
}

} // namespace

QJsonObject WeaknessFormat::reportToJson(const ReportWeaknesses &report)
{
    QJsonArray items;
    for (const WeaknessItem &item : report.items) {
        items.append(QJsonObject {
            {u"text"_s, item.text},
            {u"kind"_s, weaknessKindName(item.kind)},
            {u"theme"_s, Internal::stringOrNull(item.theme)},
            {u"confidence"_s, Internal::rounded(item.confidence)},
            {u"cues"_s, QJsonArray::fromStringList(item.cues)},
            {u"start"_s, double(item.span.start)},
            {u"end"_s, double(item.span.end)},
            {u"text_start"_s, double(item.headlineSpan.start)},
            {u"text_end"_s, double(item.headlineSpan.end)},
            {u"section"_s, item.section},
        });
    }
    return QJsonObject {
        {u"file"_s, report.filePath},
        {u"district"_s, Internal::stringOrNull(report.district)},
        {u"year"_s, report.year > 0 ? QJsonValue(report.year) : QJsonValue(QJsonValue::Null)},
        {u"missing"_s, report.missing},
        {u"items"_s, items},
    };
}

QJsonObject WeaknessFormat::toJson(const QList<ReportWeaknesses> &reports)
{
    QJsonArray array;
    for (const ReportWeaknesses &report : reports)
        array.append(reportToJson(report));
    return {{u"reports"_s, array}};
}

QString WeaknessFormat::toCsv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog)
{
    using Internal::csvField;
    QString out = u"file,district,year,missing,kind,theme,theme_label,confidence,start,end,text\n"_s;
    for (const ReportWeaknesses &report : reports) {
        const QString head = csvField(report.filePath) + u',' + csvField(report.district) + u',' + (report.year > 0 ? QString::number(report.year) : QString())
            + u',' + (report.missing ? u"true"_s : u"false"_s) + u',';
        if (report.items.isEmpty())
            out += head + u",,,,,,\n"_s;
        for (const WeaknessItem &item : report.items) {
            out += head + weaknessKindName(item.kind) + u',' + csvField(item.theme) + u',' + csvField(themeLabel(catalog, item.theme)) + u','
                + QString::number(Internal::rounded(item.confidence)) + u',' + QString::number(item.span.start) + u',' + QString::number(item.span.end) + u','
                + csvField(item.text) + u'\n';
        }
    }
    return out;
}

QString WeaknessFormat::toText(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog, const QStringList &labels)
{
    QString out;
    for (qsizetype r = 0; r < reports.size(); ++r) {
        const ReportWeaknesses &report = reports.at(r);
        out += (r < labels.size() ? labels.at(r) : Internal::reportLabel(report.district, report.year, report.filePath)) + u"  ("_s
            + QFileInfo(report.filePath).fileName() + u")\n"_s;
        if (report.missing)
            out += u"  "_s + tr("no shortcomings part: the report admits no weaknesses") + u'\n';
        else if (report.items.isEmpty())
            out += u"  "_s + tr("a shortcomings part without recognisable items") + u'\n';
        int n = 0;
        for (const WeaknessItem &item : report.items) {
            const QString kind = item.kind == WeaknessKind::Cause ? tr("cause") : tr("shortcoming");
            const QString theme = item.theme.isEmpty() ? tr("no theme") : item.theme + u' ' + themeLabel(catalog, item.theme);
            out += u"  %1. [%2] %3\n      %4 (%5)\n"_s.arg(++n).arg(kind, item.text, theme, QString::number(Internal::rounded(item.confidence)));
        }
        out += u'\n';
    }
    return out;
}

} // namespace Dz
