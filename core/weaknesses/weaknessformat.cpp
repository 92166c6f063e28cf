#include "weaknesses/weaknessformat.h"

#include "base/jsonvalues.h"
#include "base/textformatting.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

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

QString score(double value)
{
    return QString::number(Internal::rounded(value));
}

} // namespace

QString WeaknessFormat::reason(const WeaknessThemeMatch &match)
{
    QStringList parts;
    if (!match.topics.isEmpty())
        parts.append(tr("topic: %1").arg(match.topics.join(u"、"_s)));
    if (!match.deficiencies.isEmpty())
        parts.append(tr("deficiency: %1").arg(match.deficiencies.join(u"、"_s)));
    return parts.join(u"; "_s);
}

QString WeaknessFormat::themesText(const WeaknessItem &item, const WeaknessCatalog &catalog, bool chinese)
{
    if (item.themes.isEmpty())
        return tr("No clear theme");
    QStringList lines;
    for (const WeaknessThemeMatch &m : item.themes)
        lines.append(tr("%1 (%2) — %3").arg(catalog.themeName(m.theme, chinese), score(m.score), reason(m)));
    return lines.join(u'\n');
}

QJsonObject WeaknessFormat::reportToJson(const ReportWeaknesses &report, const WeaknessCatalog *catalog)
{
    QJsonArray items;
    for (const WeaknessItem &item : report.items) {
        QJsonArray themes;
        for (const WeaknessThemeMatch &m : item.themes) {
            QJsonObject theme {
                {u"theme"_s, m.theme},
                {u"score"_s, Internal::rounded(m.score)},
                {u"topics"_s, QJsonArray::fromStringList(m.topics)},
                {u"deficiencies"_s, QJsonArray::fromStringList(m.deficiencies)},
            };
            if (catalog)
                theme.insert(u"label"_s, themeLabel(*catalog, m.theme));
            themes.append(theme);
        }
        items.append(QJsonObject {
            {u"text"_s, item.text},
            {u"kind"_s, weaknessKindName(item.kind)},
            {u"theme"_s, Internal::stringOrNull(item.theme)},
            {u"confidence"_s, Internal::rounded(item.confidence)},
            {u"cues"_s, QJsonArray::fromStringList(item.cues)},
            {u"themes"_s, themes},
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

QJsonObject WeaknessFormat::toJson(const QList<ReportWeaknesses> &reports, const WeaknessCatalog *catalog)
{
    QJsonArray array;
    for (const ReportWeaknesses &report : reports)
        array.append(reportToJson(report, catalog));
    return {{u"reports"_s, array}};
}

QString WeaknessFormat::toCsv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog)
{
    return csv(reports, catalog, nullptr);
}

QString WeaknessFormat::toCsv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog, const QList<EarlierWording> &recurring)
{
    return csv(reports, catalog, &recurring);
}

QString WeaknessFormat::csv(const QList<ReportWeaknesses> &reports, const WeaknessCatalog &catalog, const QList<EarlierWording> *recurring)
{
    using Internal::csvField;
    QString out = u"file,district,year,missing,kind,theme,theme_label,confidence,topics,deficiencies,second_theme,second_label,second_topics,"
                  u"second_deficiencies,start,end,text"_s;
    if (recurring)
        out += u",recurring,earlier_report,earlier_file,earlier_text,recurrence_score,recurrence_signs"_s;
    out += u'\n';
    // The recurrence columns of item @p item of report @p report (none without them).
    const auto recurrence = [recurring](int report, int item) -> QString {
        if (!recurring)
            return QString();
        if (item < 0)
            return u",,,,,,"_s;
        const auto r = std::find_if(recurring->begin(), recurring->end(), [&](const EarlierWording &w) {
            return w.report == report && w.item == item;
        });
        if (r == recurring->end())
            return u",false,,,,,"_s;
        return u",true,"_s + csvField(r->earlierReport) + u',' + csvField(r->earlierFile) + u',' + csvField(r->earlierText) + u',' + score(r->score) + u','
            + csvField(r->signs.join(u' '));
    };
    for (int index = 0; index < reports.size(); ++index) {
        const ReportWeaknesses &report = reports.at(index);
        const QString head = csvField(report.filePath) + u',' + csvField(report.district) + u',' + (report.year > 0 ? QString::number(report.year) : QString())
            + u',' + (report.missing ? u"true"_s : u"false"_s) + u',';
        if (report.items.isEmpty())
            out += head + u",,,,,,,,,,,,"_s + recurrence(index, -1) + u'\n';
        for (int i = 0; i < report.items.size(); ++i) {
            const WeaknessItem &item = report.items.at(i);
            const WeaknessThemeMatch first = item.themes.value(0);
            const WeaknessThemeMatch second = item.themes.value(1);
            const auto terms = [](const QStringList &list) {
                return csvField(list.join(u' '));
            };
            out += head + weaknessKindName(item.kind) + u',' + csvField(item.theme) + u',' + csvField(themeLabel(catalog, item.theme)) + u','
                + score(item.confidence) + u',' + terms(first.topics) + u',' + terms(first.deficiencies) + u',' + csvField(second.theme) + u','
                + csvField(themeLabel(catalog, second.theme)) + u',' + terms(second.topics) + u',' + terms(second.deficiencies) + u','
                + QString::number(item.span.start) + u',' + QString::number(item.span.end) + u',' + csvField(item.text) + recurrence(index, i) + u'\n';
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
            out += u"  %1. [%2] %3\n"_s.arg(++n).arg(kind, item.text);
            if (item.themes.isEmpty())
                out += u"      "_s + tr("no theme") + u'\n';
            for (const WeaknessThemeMatch &m : item.themes)
                out += u"      %1 (%2) — %3\n"_s.arg(catalog.themeName(m.theme), score(m.score), reason(m));
        }
        out += u'\n';
    }
    return out;
}

} // namespace Dz
