#include "export/comparisonbrief.h"

#include "analysis/comparison.h"
#include "audit/auditformat.h"
#include "base/chinesenumerals.h"
#include "export/indicatorchart.h"
#include "export/indicatorexport.h"
#include "models/annotationtheme.h"
#include "models/indicatortablemodel.h"
#include "models/weaknessmatrixmodel.h"

#include <QMap>
#include <QSet>

#include <algorithm>

// What the brief says: its sections in order, each written from the figures
// as numbered headings, sentences, tables and charts (BriefBlock). How the
// blocks are laid out in Word is in comparisonbrief.cpp.

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Numbers headings as official documents do (一、 and （一）) or as English
// reports do (1. and 1.1), and collects the blocks.
class BriefWriter
{
public:
    explicit BriefWriter(bool chinese)
        : m_chinese(chinese)
    {
    }

    void heading(const QString &title)
    {
        ++m_section;
        m_subsection = 0;
        const QString number = m_chinese ? QString(chineseNumeral(m_section) + u'、') : QString(QString::number(m_section) + u". "_s);
        m_blocks.append({BriefBlock::Kind::Heading, 1, number + title, {}, {}});
    }

    void subheading(const QString &title)
    {
        ++m_subsection;
        const QString number = m_chinese ? QString(u'（' + chineseNumeral(m_subsection) + u'）')
                                         : QString(QString::number(m_section) + u'.' + QString::number(m_subsection) + u' ');
        m_blocks.append({BriefBlock::Kind::Heading, 2, number + title, {}, {}});
    }

    void paragraph(const QString &text)
    {
        if (!text.isEmpty())
            m_blocks.append({BriefBlock::Kind::Paragraph, 0, text, {}, {}});
    }

    void quote(const QString &text)
    {
        m_blocks.append({BriefBlock::Kind::Quote, 0, text, {}, {}});
    }

    void table(const TableData &table)
    {
        m_blocks.append({BriefBlock::Kind::Table, 0, QString(), table, {}});
    }

    void chart(const ChartData &chart)
    {
        m_blocks.append({BriefBlock::Kind::Chart, 0, QString(), {}, chart});
    }

    QList<BriefBlock> blocks() const
    {
        return m_blocks;
    }

private:
    bool m_chinese;
    int m_section = 0;
    int m_subsection = 0;
    QList<BriefBlock> m_blocks;
};

QString list(const QStringList &items)
{
    return items.join(ComparisonBrief::tr(", "));
}

/// A figure as the table shows it, with the unit before the analyst's or the partial mark: "4件*", "200件 ✎".
QString figureText(const QString &shown, const QString &unit)
{
    for (const QString &mark : {u" ✎"_s, u"*"_s}) {
        if (shown.endsWith(mark))
            return shown.chopped(mark.size()) + unit + mark;
    }
    return shown + unit;
}

QString partLabel(const Comparison &comparison, const QString &part, bool chinese)
{
    const int row = comparison.alignment.rowIndex(part);
    if (row < 0)
        return part;
    const SchemeLabel &label = comparison.alignment.rows().at(row).label;
    return chinese ? label.zh : label.en;
}

void writeOverview(BriefWriter &out, const ComparisonBrief::Sources &sources, const ComparisonBrief::Options &options)
{
    const IndicatorTableModel &table = *sources.table;
    const Comparison &comparison = table.comparison();
    const QStringList names = comparison.reportNames();
    out.heading(ComparisonBrief::tr("Overview"));
    QString text = ComparisonBrief::tr("This brief compares %n rule-of-law report(s): %1.", nullptr, int(names.size())).arg(list(names));
    QList<int> years;
    for (const Report &report : comparison.reports) {
        if (report.year() > 0)
            years.append(report.year());
    }
    std::sort(years.begin(), years.end());
    if (!years.isEmpty()) {
        text += u' '
            + (years.constFirst() == years.constLast()
                    ? ComparisonBrief::tr("They report on %1.").arg(years.constFirst())
                    : ComparisonBrief::tr("They report on the years %1 to %2.").arg(years.constFirst()).arg(years.constLast()));
    }
    out.paragraph(text);

    int values = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        for (const QString &id : table.indicatorIds())
            values += table.overrideAt(row, id) ? 1 : 0;
    }
    QString method = ComparisonBrief::tr("Duizhao read the figures from the reports' own text on %1; each rests on a sentence of its report.")
                         .arg(options.date.toString(Qt::ISODate));
    if (values > 0)
        method += u' ' + ComparisonBrief::tr("%n figure(s) were set by the analyst and are marked ✎.", nullptr, values);
    if (!comparison.corrections.isEmpty())
        method += u' ' + ComparisonBrief::tr("%n section(s) were placed by the analyst's corrections.", nullptr, int(comparison.corrections.size()));
    out.paragraph(method);
}

void writeContents(BriefWriter &out, const ComparisonBrief::Sources &sources, const ComparisonBrief::Options &options)
{
    const Comparison &comparison = sources.table->comparison();
    out.heading(ComparisonBrief::tr("Required contents and publication"));

    // The parts the rules require, as the scheme names them.
    QStringList required;
    for (const AlignmentRow &row : comparison.alignment.rows()) {
        if (row.required && row.theme.isEmpty())
            required.append(partLabel(comparison, row.part, options.chinese));
    }
    QStringList lacking;
    for (const ReportAudit &audit : sources.audits) {
        if (audit.missing.isEmpty())
            continue;
        QStringList parts;
        for (const QString &part : audit.missing)
            parts.append(partLabel(comparison, part, options.chinese));
        lacking.append(ComparisonBrief::tr("%1 (no %2)").arg(audit.displayName, parts.join(ComparisonBrief::tr(" and "))));
    }
    if (lacking.isEmpty())
        out.paragraph(ComparisonBrief::tr("Every report has the parts the rules require: %1.").arg(list(required)));
    else
        out.paragraph(ComparisonBrief::tr("%n report(s) lack a part the rules require: %1.", nullptr, int(lacking.size())).arg(list(lacking)));

    QStringList late;
    QStringList unknown;
    int onTime = 0;
    for (const ReportAudit &audit : sources.audits) {
        if (audit.timeliness == Timeliness::Late)
            late.append(ComparisonBrief::tr("%1 (published %2, %n day(s) late)", nullptr, audit.daysLate)
                    .arg(audit.displayName, audit.published.toString(Qt::ISODate)));
        else if (audit.timeliness == Timeliness::Unknown)
            unknown.append(audit.displayName);
        else
            ++onTime;
    }
    QStringList publication;
    if (!late.isEmpty())
        publication.append(
            ComparisonBrief::tr("%n report(s) were published after 31 March of the following year: %1.", nullptr, int(late.size())).arg(list(late)));
    if (onTime > 0)
        publication.append(ComparisonBrief::tr("%n report(s) were published on time.", nullptr, onTime));
    if (!unknown.isEmpty())
        publication.append(ComparisonBrief::tr("%n report(s) give no publication date: %1.", nullptr, int(unknown.size())).arg(list(unknown)));
    out.paragraph(publication.join(u' '));

    QStringList unsigned_;
    for (const ReportAudit &audit : sources.audits) {
        const AuditCheck *check = audit.check(AuditCheckId::Signature);
        if (check && check->status == AuditStatus::Finding)
            unsigned_.append(audit.displayName);
    }
    if (!unsigned_.isEmpty())
        out.paragraph(
            ComparisonBrief::tr("%n report(s) do not end with the issuing body and the date: %1.", nullptr, int(unsigned_.size())).arg(list(unsigned_)));
}

QString indicatorSentence(const IndicatorTableModel &table, int column)
{
    const QString id = table.indicatorIds().at(column);
    const QString label = table.indicatorLabel(id);
    const QString unit = table.indicatorUnit(id);
    const QStringList names = table.comparison().reportNames();
    struct Given {
        int row;
        double value;
        QString shown;
    };
    QList<Given> given;
    QStringList silent;
    for (int row = 0; row < table.rowCount(); ++row) {
        const IndicatorFigure figure = table.figure(row, id);
        if (figure.value)
            given.append({row, figure.value->toDouble(), figureText(table.index(row, column).data().toString(), unit)});
        else
            silent.append(names.at(row));
    }
    const int reports = table.rowCount();
    QString text;
    if (given.isEmpty())
        return ComparisonBrief::tr("%1: no report gives a figure.").arg(label);
    if (given.size() == 1) {
        text = ComparisonBrief::tr("%1: only %2 gives a figure, %3.").arg(label, names.at(given.constFirst().row), given.constFirst().shown);
    } else {
        // The first of equals, in report order.
        const auto [lowest, highest] = std::minmax_element(given.cbegin(), given.cend(), [](const Given &a, const Given &b) {
            return a.value < b.value;
        });
        const auto top = std::find_if(given.cbegin(), given.cend(), [&highest](const Given &g) {
            return g.value == highest->value;
        });
        if (lowest->value == top->value)
            text = ComparisonBrief::tr("%1: %2 of %n report(s) give a figure, each %3.", nullptr, reports).arg(label).arg(given.size()).arg(lowest->shown);
        else
            text = ComparisonBrief::tr("%1: %2 of %n report(s) give a figure; the highest is %3 with %4, the lowest %5 with %6.", nullptr, reports)
                       .arg(label)
                       .arg(given.size())
                       .arg(names.at(top->row), top->shown, names.at(lowest->row), lowest->shown);
    }
    if (!silent.isEmpty() && silent.size() <= 3)
        text += u' ' + ComparisonBrief::tr("Not reported by %1.").arg(list(silent));
    else if (!silent.isEmpty())
        text += u' ' + ComparisonBrief::tr("%n report(s) do not report it.", nullptr, int(silent.size()));
    return text;
}

void writeIndicators(BriefWriter &out, const ComparisonBrief::Sources &sources, const ComparisonBrief::Options &options)
{
    const IndicatorTableModel &table = *sources.table;
    out.heading(ComparisonBrief::tr("Indicators"));
    const QStringList ids = table.indicatorIds();
    for (int column = 0; column < ids.size(); ++column)
        out.paragraph(indicatorSentence(table, column));
    out.table(IndicatorExport::shownTable(table, options.date));
    // A chart per indicator some report gives, as the deck has them.
    bool first = true;
    for (int column = 0; column < ids.size(); ++column) {
        bool reported = false;
        for (int row = 0; row < table.rowCount() && !reported; ++row)
            reported = table.figure(row, ids.at(column)).value.has_value();
        if (!reported)
            continue;
        if (std::exchange(first, false))
            out.subheading(ComparisonBrief::tr("Charts"));
        IndicatorChartRequest request;
        request.indicators = {ids.at(column)};
        ChartData chart = IndicatorChartBuilder::build(table, request);
        // The overview names the reports; under each chart a line says so.
        chart.source =
            ComparisonBrief::tr("Source: the reports compared (see the overview); figures read by Duizhao on %1.").arg(options.date.toString(Qt::ISODate));
        out.chart(chart);
    }
}

/// The heat map as the Weaknesses view shows it: themes × reports, counts as numbers.
TableData weaknessTable(const WeaknessMatrixModel &model, QDate date)
{
    TableData data;
    data.title = ComparisonBrief::tr("Shortcomings admitted, by theme");
    data.header.append(ComparisonBrief::tr("Theme"));
    for (int column = 0; column < model.columnCount(); ++column)
        data.header.append(model.headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model.rowCount(); ++row) {
        QList<CellValue> cells {model.headerData(row, Qt::Vertical).toString()};
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const int count = index.data(WeaknessMatrixModel::CountRole).toInt();
            if (index.data(WeaknessMatrixModel::MissingRole).toBool())
                cells.append(index.data().toString());
            else
                cells.append(count > 0 ? CellValue(double(count)) : CellValue());
        }
        data.rows.append(cells);
    }
    data.note = ComparisonBrief::tr("Items (shortcomings and causes) per theme, as the reports word them; empty: none.");
    data.source = IndicatorExport::sourceLine(model.comparison(), date);
    return data;
}

/// Consecutive years of a body: which shortcomings the year before admitted
/// too, as the heat map's Recurring column finds them, in both years' words.
void writeRecurrences(BriefWriter &out, const WeaknessMatrixModel &model, QDate date)
{
    if (!model.hasRecurrenceColumn())
        return;
    const QList<WeaknessMatrixModel::RecurringItem> &recurring = model.recurring();
    if (recurring.isEmpty()) {
        out.paragraph(ComparisonBrief::tr("No shortcoming the same body's report of the year before admitted is admitted again."));
        return;
    }
    // Per later report, in the comparison's order: how many, and from which report.
    QStringList sentences;
    for (int report = 0; report < model.comparison().reports.size(); ++report) {
        const auto first = std::find_if(recurring.begin(), recurring.end(), [report](const WeaknessMatrixModel::RecurringItem &r) {
            return r.report == report;
        });
        if (first == recurring.end())
            continue;
        const int count = int(std::count_if(recurring.begin(), recurring.end(), [report](const WeaknessMatrixModel::RecurringItem &r) {
            return r.report == report;
        }));
        sentences.append(ComparisonBrief::tr("%1 admits again %n shortcoming(s) that %2 admitted the year before.", nullptr, count)
                .arg(model.reportLabels().value(report), model.reportLabels().value(first->earlierReport)));
    }
    out.paragraph(sentences.join(u' ') + u' ' + ComparisonBrief::tr("The table gives the words of both years."));
    TableData table = model.recurringTable();
    table.source = IndicatorExport::sourceLine(model.comparison(), date);
    out.table(table);
}

void writeWeaknesses(BriefWriter &out, const ComparisonBrief::Sources &sources, const ComparisonBrief::Options &options)
{
    const Comparison &comparison = sources.table->comparison();
    const QStringList names = comparison.reportNames();
    WeaknessMatrixModel model;
    model.setChineseLabels(options.chinese);
    model.setComparison(comparison, *sources.weaknesses);
    out.heading(ComparisonBrief::tr("Shortcomings admitted"));

    QStringList missing;
    QStringList silent;
    QMap<QString, QSet<int>> reportsByTheme;
    for (int report = 0; report < comparison.weaknesses.size(); ++report) {
        const ReportWeaknesses &w = comparison.weaknesses.at(report);
        if (w.missing) {
            missing.append(names.at(report));
            continue;
        }
        if (w.items.isEmpty())
            silent.append(names.at(report));
        for (const WeaknessItem &item : w.items) {
            if (!item.theme.isEmpty())
                reportsByTheme[item.theme].insert(report);
        }
    }
    QStringList sentences;
    if (!missing.isEmpty())
        sentences.append(ComparisonBrief::tr("%n report(s) have no shortcomings part at all: %1.", nullptr, int(missing.size())).arg(list(missing)));
    if (!silent.isEmpty())
        sentences.append(ComparisonBrief::tr("%n report(s) have the part but name no shortcoming in it: %1.", nullptr, int(silent.size())).arg(list(silent)));
    // Themes several reports share, the most shared first (then in the catalog's order).
    QList<std::pair<int, QString>> shared;
    for (const WeaknessTheme &theme : sources.weaknesses->themes()) {
        const int count = int(reportsByTheme.value(theme.id).size());
        if (count >= 2)
            shared.append({count, theme.id});
    }
    std::stable_sort(shared.begin(), shared.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    if (shared.isEmpty() && comparison.reports.size() > 1) {
        sentences.append(ComparisonBrief::tr("No shortcoming is shared by two or more reports."));
    } else if (!shared.isEmpty()) {
        QStringList themes;
        for (const auto &[count, theme] : std::as_const(shared))
            themes.append(ComparisonBrief::tr("%1 (%n report(s))", nullptr, count).arg(model.themeLabel(theme)));
        sentences.append(ComparisonBrief::tr("Shortcomings several reports share: %1.").arg(list(themes)));
    }
    out.paragraph(sentences.join(u' '));
    out.table(weaknessTable(model, options.date));
    writeRecurrences(out, model, options.date);
}

void writeAudit(BriefWriter &out, const ComparisonBrief::Sources &sources, bool chinese)
{
    if (sources.audits.isEmpty())
        return;
    const Comparison &comparison = sources.table->comparison();
    out.heading(ComparisonBrief::tr("Audit findings"));
    QStringList sentences;
    for (const AuditCheckId id : {AuditCheckId::Contents, AuditCheckId::Timeliness, AuditCheckId::Signature, AuditCheckId::Figures,
             AuditCheckId::ShortcomingsShare, AuditCheckId::Shortcomings, AuditCheckId::Copied, AuditCheckId::FollowUp}) {
        QStringList found;
        for (const ReportAudit &audit : sources.audits) {
            const AuditCheck *check = audit.check(id);
            if (!check || check->status != AuditStatus::Finding)
                continue;
            // Missing parts by name, not by id; other checks by the value the table shows.
            QString value = check->value;
            if (id == AuditCheckId::Contents) {
                QStringList parts;
                for (const QString &part : audit.missing)
                    parts.append(partLabel(comparison, part, chinese));
                value = parts.join(ComparisonBrief::tr(" and "));
            }
            found.append(value.isEmpty() ? audit.displayName : ComparisonBrief::tr("%1 (%2)").arg(audit.displayName, value));
        }
        if (!found.isEmpty())
            sentences.append(ComparisonBrief::tr("%1: %n finding(s), %2.", nullptr, int(found.size())).arg(AuditFormat::checkLabel(id), list(found)));
    }
    out.paragraph(sentences.isEmpty() ? ComparisonBrief::tr("No report has a finding.") : sentences.join(u' '));
    out.table(AuditFormat::table(sources.audits));
}

QString severityText(Annotation::Severity severity)
{
    switch (severity) {
    case Annotation::Severity::Low:
        return ComparisonBrief::tr("low");
    case Annotation::Severity::Medium:
        return ComparisonBrief::tr("medium");
    case Annotation::Severity::High:
        return ComparisonBrief::tr("high");
    }
    return QString();
}

QString statusText(Annotation::Status status)
{
    switch (status) {
    case Annotation::Status::Open:
        return ComparisonBrief::tr("open");
    case Annotation::Status::Reviewed:
        return ComparisonBrief::tr("reviewed");
    case Annotation::Status::Flagged:
        return ComparisonBrief::tr("flagged");
    }
    return QString();
}

void writeAnnotations(BriefWriter &out, const ComparisonBrief::Sources &sources, const ComparisonBrief::Options &options)
{
    const Comparison &comparison = sources.table->comparison();
    const QStringList names = comparison.reportNames();
    struct Note {
        int report;
        const Annotation *annotation;
        QString theme;
    };
    WeaknessMatrixModel weaknesses;
    weaknesses.setChineseLabels(options.chinese);
    weaknesses.setComparison(comparison, *sources.weaknesses);
    QList<Note> notes;
    for (int report = 0; report < sources.annotations.size() && report < names.size(); ++report) {
        for (const Annotation &a : sources.annotations.at(report))
            notes.append({report, &a, annotationTheme(comparison, report, a.span.start, weaknesses, options.chinese)});
    }
    if (notes.isEmpty())
        return;
    out.heading(ComparisonBrief::tr("The analyst's annotations"));
    const bool byTheme = options.grouping == ComparisonBrief::Grouping::ByTheme;
    // Groups in order: themes as their ids sort (P1… before W01…), passages
    // in no theme last; reports in the comparison's order.
    const auto groupOf = [&](const Note &n) {
        return byTheme ? (n.theme.isEmpty() ? ComparisonBrief::tr("Passages in no theme") : n.theme) : names.at(n.report);
    };
    std::stable_sort(notes.begin(), notes.end(), [&](const Note &a, const Note &b) {
        if (!byTheme)
            return a.report < b.report;
        if (a.theme.isEmpty() != b.theme.isEmpty())
            return b.theme.isEmpty();
        return a.theme < b.theme;
    });
    QString group;
    for (const Note &n : std::as_const(notes)) {
        if (const QString g = groupOf(n); g != group) {
            group = g;
            out.subheading(group);
        }
        out.quote(ComparisonBrief::tr("“%1”").arg(n.annotation->quote.simplified()));
        QStringList about {byTheme ? names.at(n.report) : (n.theme.isEmpty() ? ComparisonBrief::tr("Passages in no theme") : n.theme),
            ComparisonBrief::tr("severity %1").arg(severityText(n.annotation->severity)), statusText(n.annotation->status)};
        if (!n.annotation->tags.isEmpty())
            about.append(n.annotation->tags.join(ComparisonBrief::tr(", ")));
        const QString note = n.annotation->note.trimmed();
        out.paragraph(note.isEmpty() ? ComparisonBrief::tr("(%1)").arg(about.join(u" · "_s)) : ComparisonBrief::tr("%1 (%2)").arg(note, about.join(u" · "_s)));
    }
}

} // namespace

QList<BriefBlock> ComparisonBrief::compose(const Sources &sources, const Options &options)
{
    BriefWriter out(options.chinese);
    if (!sources.table || !sources.weaknesses)
        return {};
    writeOverview(out, sources, options);
    writeContents(out, sources, options);
    writeIndicators(out, sources, options);
    writeWeaknesses(out, sources, options);
    writeAudit(out, sources, options.chinese);
    writeAnnotations(out, sources, options);
    out.heading(tr("About this brief"));
    out.paragraph(tr("Marks in the tables: ≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without "
                     "a stated total. Parts, themes and checks follow the workbench's scheme and audit rules; every figure can be traced to its "
                     "sentence in the Indicators view."));
    return out.blocks();
}

} // namespace Dz
