#include "alignment/alignmentformat.h"

#include "base/jsonvalues.h"
#include "base/textformatting.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using Internal::csvField;
using Internal::displayWidth;
using Internal::padded;
using Internal::rounded;

QString spanText(const TextSpan &span)
{
    return u'[' + QString::number(span.start) + u'–' + QString::number(span.end) + u']';
}

QString entryText(const AlignedSection &entry)
{
    QString heading = entry.marker.isEmpty() ? entry.title : entry.marker + entry.title;
    QString text = heading + u' ' + spanText(entry.span);
    if (entry.intro)
        text += AlignmentFormat::tr(" (opening paragraph)");
    if (entry.corrected)
        text += AlignmentFormat::tr(" (corrected)");
    return text;
}

// A part row's empty cell is "missing" only when the report has no section
// of that part at all; 九龙坡's P1 content sits in the theme rows.
bool isMissing(const Alignment &alignment, const AlignmentRow &row, qsizetype report)
{
    return row.theme.isEmpty() && row.cells.at(report).isEmpty() && alignment.reports().at(report).missingParts.contains(row.part);
}

QString rowTitle(const AlignmentRow &row)
{
    return row.node + u"  "_s + row.label.zh + u" · "_s + row.label.en;
}

} // namespace

QJsonObject AlignmentFormat::toJson(const Alignment &alignment)
{
    QJsonObject root;
    root.insert(u"scheme"_s, alignment.schemeId());

    QJsonArray reports;
    for (const AlignedReport &report : alignment.reports()) {
        QJsonObject o;
        o.insert(u"file"_s, report.filePath);
        o.insert(u"name"_s, report.displayName);
        o.insert(u"missing_parts"_s, QJsonArray::fromStringList(report.missingParts));
        reports.append(o);
    }
    root.insert(u"reports"_s, reports);

    QJsonArray rows;
    for (const AlignmentRow &row : alignment.rows()) {
        QJsonObject o;
        o.insert(u"node"_s, row.node);
        o.insert(u"part"_s, row.part);
        o.insert(u"theme"_s, Internal::stringOrNull(row.theme));
        o.insert(u"label_zh"_s, row.label.zh);
        o.insert(u"label_en"_s, row.label.en);
        QJsonArray cells;
        for (qsizetype r = 0; r < row.cells.size(); ++r) {
            QJsonObject cell;
            cell.insert(u"report"_s, int(r));
            cell.insert(u"missing"_s, isMissing(alignment, row, r));
            QJsonArray sections;
            for (const AlignedSection &entry : row.cells.at(r)) {
                QJsonObject s;
                s.insert(u"section"_s, entry.section);
                s.insert(u"marker"_s, entry.marker);
                s.insert(u"title"_s, entry.title);
                s.insert(u"level"_s, entry.level);
                s.insert(u"start"_s, entry.span.start);
                s.insert(u"end"_s, entry.span.end);
                s.insert(u"confidence"_s, rounded(entry.confidence));
                if (entry.intro)
                    s.insert(u"intro"_s, true);
                if (entry.corrected)
                    s.insert(u"corrected"_s, true);
                sections.append(s);
            }
            cell.insert(u"sections"_s, sections);
            cells.append(cell);
        }
        o.insert(u"cells"_s, cells);
        rows.append(o);
    }
    root.insert(u"rows"_s, rows);

    QJsonArray pairs;
    for (const SectionPair &pair : alignment.pairs()) {
        QJsonObject o;
        o.insert(u"a"_s, QJsonObject {{u"report"_s, pair.reportA}, {u"section"_s, pair.sectionA}, {u"heading"_s, pair.headingA}});
        o.insert(u"b"_s, QJsonObject {{u"report"_s, pair.reportB}, {u"section"_s, pair.sectionB}, {u"heading"_s, pair.headingB}});
        o.insert(u"score"_s, rounded(pair.score));
        o.insert(u"manual"_s, pair.manual);
        pairs.append(o);
    }
    root.insert(u"pairs"_s, pairs);

    QJsonArray unresolved;
    for (const auto &[correction, reason] : alignment.unresolved()) {
        QJsonObject o;
        o.insert(u"correction"_s, correction.toJson());
        o.insert(u"reason"_s, reason);
        unresolved.append(o);
    }
    root.insert(u"unresolved_corrections"_s, unresolved);
    return root;
}

QString AlignmentFormat::toText(const Alignment &alignment)
{
    QString out;
    const QList<AlignedReport> &reports = alignment.reports();
    int nameWidth = 8;
    for (const AlignedReport &report : reports)
        nameWidth = std::max(nameWidth, displayWidth(report.displayName));
    nameWidth += 2;

    out += tr("Alignment of %n report(s) by scheme %1", nullptr, int(reports.size())).arg(alignment.schemeId()) + u'\n';
    for (const AlignedReport &report : reports) {
        out += u"  "_s + padded(report.displayName, nameWidth) + QFileInfo(report.filePath).fileName();
        if (!report.missingParts.isEmpty())
            out += u"  "_s + tr("missing: %1").arg(report.missingParts.join(u", "_s));
        out += u'\n';
    }

    for (const AlignmentRow &row : alignment.rows()) {
        bool any = false;
        for (const auto &cell : row.cells)
            any = any || !cell.isEmpty();
        // Theme rows nobody wrote about would only add noise.
        if (!any && !row.required && !row.theme.isEmpty())
            continue;
        out += u'\n' + rowTitle(row) + u'\n';
        for (qsizetype r = 0; r < row.cells.size(); ++r) {
            const QString name = padded(reports.at(r).displayName, nameWidth);
            const QList<AlignedSection> &cell = row.cells.at(r);
            if (cell.isEmpty()) {
                out += u"  "_s + name + (isMissing(alignment, row, r) ? tr("MISSING") : u"—"_s) + u'\n';
                continue;
            }
            for (qsizetype k = 0; k < cell.size(); ++k) {
                out += u"  "_s + (k == 0 ? name : QString(nameWidth, u' ')) + entryText(cell.at(k)) + u'\n';
            }
        }
    }

    if (!alignment.pairs().isEmpty()) {
        out += u'\n' + tr("Similar sections (bigram TF-IDF cosine) for sections the scheme does not place:") + u'\n';
        for (const SectionPair &pair : alignment.pairs()) {
            out += u"  "_s + reports.at(pair.reportA).displayName + u" “"_s + pair.headingA + u"” ↔ "_s + reports.at(pair.reportB).displayName + u" “"_s
                + pair.headingB + u"”  "_s + QString::number(pair.score, 'f', 2) + (pair.manual ? tr(" (analyst)") : QString()) + u'\n';
        }
    }
    for (const auto &[correction, reason] : alignment.unresolved())
        out += tr("Correction not applied: %1").arg(reason) + u'\n';
    return out;
}

QString AlignmentFormat::toCsv(const Alignment &alignment)
{
    QStringList header {u"node"_s, u"label"_s};
    for (const AlignedReport &report : alignment.reports())
        header.append(csvField(report.displayName));
    QString out = header.join(u',') + u"\r\n"_s;
    for (const AlignmentRow &row : alignment.rows()) {
        QStringList fields {csvField(row.node), csvField(row.label.zh)};
        for (qsizetype r = 0; r < row.cells.size(); ++r) {
            const QList<AlignedSection> &cell = row.cells.at(r);
            if (cell.isEmpty()) {
                fields.append(isMissing(alignment, row, r) ? u"missing"_s : QString());
                continue;
            }
            QStringList entries;
            for (const AlignedSection &entry : cell)
                entries.append(entryText(entry));
            fields.append(csvField(entries.join(u" | "_s)));
        }
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}

QJsonObject AlignmentFormat::classificationToJson(const SectionClassification &c)
{
    QJsonObject o;
    o.insert(u"part"_s, Internal::stringOrNull(c.part));
    if (c.isSplit())
        o.insert(u"items_part"_s, c.itemsPart);
    o.insert(u"theme"_s, Internal::stringOrNull(c.theme));
    QJsonArray themes;
    QList<ThemeScore> sorted = c.themes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ThemeScore &a, const ThemeScore &b) {
        return a.score > b.score;
    });
    for (const ThemeScore &t : sorted) {
        if (t.score <= 0)
            continue;
        themes.append(QJsonObject {{u"id"_s, t.id}, {u"score"_s, rounded(t.score)}});
    }
    o.insert(u"themes"_s, themes);
    o.insert(u"confidence"_s, rounded(c.confidence));
    o.insert(u"why"_s, c.why());
    return o;
}

void AlignmentFormat::addClassification(QJsonObject &outline, const ReportClassification &classification)
{
    QJsonArray sections = outline.value(u"sections"_s).toArray();
    for (qsizetype i = 0; i < sections.size() && i < classification.sections.size(); ++i) {
        QJsonObject so = sections.at(i).toObject();
        const QJsonObject c = classificationToJson(classification.sections.at(i));
        for (auto it = c.constBegin(); it != c.constEnd(); ++it)
            so.insert(it.key(), it.value());
        sections[i] = so;
    }
    outline.insert(u"sections"_s, sections);
    outline.insert(u"missing_parts"_s, QJsonArray::fromStringList(classification.missingParts));
}

} // namespace Dz
