#pragma once

#include "base/result.h"
#include "base/tabledata.h"
#include "export/ooxml/xlsxworkbook.h"
#include "weaknesses/weaknessitem.h"

#include <QCoreApplication>
#include <QDate>

namespace Dz
{

struct Comparison;
class IndicatorTableModel;
class WeaknessCatalog;

/// The indicator table and the weakness matrix as tables for slides and workbooks.
class IndicatorExport
{
    Q_DECLARE_TR_FUNCTIONS(Dz::IndicatorExport)

public:
    /// Reports × indicators as shown (≥175, 4*, —), for a data-table slide.
    static TableData shownTable(const IndicatorTableModel &table, QDate extracted = QDate::currentDate());
    /**
     * A workbook of three sheets: the plain numbers (gaps empty), the values
     * as shown with their marks, and every value's qualifier and evidence
     * sentence, so a figure can be checked from the workbook alone.
     */
    static Result<XlsxWorkbook> workbook(const IndicatorTableModel &table);
    /// "Source: rule-of-law reports of …; figures extracted by Duizhao on …", under charts and tables.
    static QString sourceLine(const Comparison &comparison, QDate extracted);
    /// Districts × weakness themes: how many items each report admits per theme.
    static TableData weaknessMatrix(
        const QList<ReportWeaknesses> &weaknesses, const QStringList &reportNames, const WeaknessCatalog &catalog, QDate extracted = QDate::currentDate());
};

} // namespace Dz
