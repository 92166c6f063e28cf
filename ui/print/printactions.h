#pragma once

#include "print/viewprinter.h"

#include <QObject>

#include <memory>

class QAction;
class QPrinter;
class QTabWidget;
class QTextDocument;
class QTreeView;
class QWidget;

namespace Dz
{

class AnalysisController;
class AuditPane;
class CompareView;
class IndicatorsPane;
class ProjectController;
class ReportView;
class WeaknessBoard;

/// The views File → Print… can print, and where the page header's words come from.
struct PrintableViews {
    QTabWidget *tabs = nullptr;
    CompareView *compare = nullptr;
    QTreeView *matrix = nullptr;
    IndicatorsPane *indicators = nullptr;
    WeaknessBoard *weaknesses = nullptr;
    QWidget *reportPage = nullptr;
    ReportView *report = nullptr;
    AuditPane *audit = nullptr;
    AnalysisController *analysis = nullptr;
    ProjectController *project = nullptr;
};

/**
 * File → Print… and Print Preview… of the view on screen (ViewPrinter): the
 * report with its highlighting, the compare columns of the current node,
 * the indicator table with its chart, the heat map, the audit table or the
 * matrix, each page headed by the project, the view and the date.
 */
class PrintActions final : public QObject
{
    Q_OBJECT

public:
    PrintActions(const PrintableViews &views, QWidget *window);

    QAction *printAction() const
    {
        return m_print;
    }
    QAction *previewAction() const
    {
        return m_preview;
    }
    /// The view on screen as a document, and the header its pages carry.
    std::unique_ptr<QTextDocument> currentDocument(ViewPrinter::Heading *heading) const;
    /// Prints the view on screen on @p printer (no dialog); returns the pages printed.
    int printCurrent(QPrinter &printer) const;

    void retranslate();

private:
    void print();
    void preview();

    PrintableViews m_views;
    QWidget *m_window;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
};

} // namespace Dz
