#include "export/indicatorexport.h"

#include "models/indicatortablemodel.h"
#include "project/analystsession.h"
#include "weaknesses/weaknesscatalog.h"

using namespace Qt::StringLiterals;

namespace Dz
{

QString IndicatorExport::sourceLine(const Comparison &comparison, QDate extracted)
{
    return tr("Source: rule-of-law reports of %1; figures extracted by Duizhao on %2.")
        .arg(comparison.reportNames().join(tr(", ")), extracted.toString(Qt::ISODate));
}

TableData IndicatorExport::shownTable(const IndicatorTableModel &table, QDate extracted)
{
    TableData data;
    data.title = tr("Indicators by report");
    data.header.append(tr("Report"));
    for (const QString &id : table.indicatorIds())
        data.header.append(table.indicatorLabel(id));
    for (int row = 0; row < table.rowCount(); ++row) {
        QList<CellValue> cells {table.comparison().reports.at(row).displayName()};
        for (int column = 0; column < table.columnCount(); ++column)
            cells.append(table.index(row, column).data().toString());
        data.rows.append(cells);
    }
    data.note = tr("≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without a stated total");
    data.source = sourceLine(table.comparison(), extracted);
    return data;
}

Result<XlsxWorkbook> IndicatorExport::workbook(const IndicatorTableModel &table)
{
    const QStringList ids = table.indicatorIds();
    CellRows numbers;
    CellRows shown;
    QList<CellValue> header {tr("Report")};
    for (const QString &id : ids)
        header.append(table.indicatorLabel(id) + u" ("_s + table.indicatorUnit(id) + u')');
    numbers.append(header);
    shown.append(header);
    CellRows evidence {{tr("Report"), tr("Indicator"), tr("Value"), tr("Unit"), tr("Qualifier"), tr("Lower"), tr("Upper"), tr("Analyst's value"), tr("Note"),
        tr("Section"), tr("Evidence"), tr("Statements added up")}};
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString report = table.comparison().reports.at(row).displayName();
        QList<CellValue> numberRow {report};
        QList<CellValue> shownRow {report};
        for (int column = 0; column < ids.size(); ++column) {
            const QString &id = ids.at(column);
            const IndicatorFigure f = table.figure(row, id);
            numberRow.append(f.value ? CellValue(f.value->toDouble()) : CellValue());
            shownRow.append(table.index(row, column).data().toString());
            const IndicatorValue *v = table.extracted(row, id);
            const AnalystValue *o = table.overrideAt(row, id);
            // The unit the header names (件), not the measure word the report
            // happened to use (3次): the evidence quotes that as written.
            QStringList parts;
            if (o) {
                for (const IndicatorPart &part : o->parts)
                    parts.append(part.value.toString() + table.indicatorUnit(id) + u" — "_s + part.evidence);
            }
            const QString analyst = !o                       ? QString()
                : o->kind == AnalystValue::Kind::NotReported ? tr("not reported")
                : o->kind == AnalystValue::Kind::Sum         ? tr("sum of statements")
                                                             : tr("yes");
            evidence.append(
                {report, table.indicatorLabel(id), f.value ? CellValue(f.value->toDouble()) : CellValue(), f.value ? table.indicatorUnit(id) : QString(),
                    qualifierLabel(f.qualifier), f.lower ? CellValue(f.lower->toDouble()) : CellValue(), f.upper ? CellValue(f.upper->toDouble()) : CellValue(),
                    analyst, o ? o->note : QString(), v ? v->sectionHeading : QString(), v ? v->evidence : QString(), parts.join(u'\n')});
        }
        numbers.append(numberRow);
        shown.append(shownRow);
    }
    XlsxWorkbook book;
    for (const auto &[name, rows] : {std::pair {tr("Values"), numbers}, std::pair {tr("As shown"), shown}, std::pair {tr("Evidence"), evidence}}) {
        const auto added = book.addSheet(XlsxWorkbook::sheetNameFrom(name, book.sheetNames()), rows, 1);
        if (!added)
            return Failure(added.error());
    }
    return book;
}

TableData IndicatorExport::weaknessMatrix(
    const QList<ReportWeaknesses> &weaknesses, const QStringList &reportNames, const WeaknessCatalog &catalog, QDate extracted)
{
    TableData data;
    data.title = tr("Weaknesses admitted, by theme");
    data.header.append(tr("Theme"));
    data.header.append(reportNames);
    for (const WeaknessTheme &theme : catalog.themes()) {
        QList<CellValue> row {theme.id + u' ' + theme.label.zh};
        for (const ReportWeaknesses &report : weaknesses) {
            if (report.missing) {
                row.append(tr("no part"));
                continue;
            }
            // An item with two themes counts under both, as in the heat map.
            const auto count = std::count_if(report.items.begin(), report.items.end(), [&theme](const WeaknessItem &item) {
                return item.theme == theme.id || item.hasTheme(theme.id);
            });
            row.append(count > 0 ? CellValue(double(count)) : CellValue());
        }
        data.rows.append(row);
    }
    data.note =
        tr("Items (shortcomings and causes) per theme, an item with two themes under both; empty: none; “no part”: the report has no shortcomings part at all");
    data.source = tr("Source: rule-of-law reports of %1; shortcomings read by Duizhao on %2.").arg(reportNames.join(tr(", ")), extracted.toString(Qt::ISODate));
    return data;
}

} // namespace Dz
