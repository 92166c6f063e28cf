#pragma once

#include "compare/alignmentviews.h"
#include "project/projectcontroller.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QProgressBar;
class QPushButton;
class QLineEdit;
class QTabWidget;
class QToolBar;
class QToolButton;
class QTreeView;
class QTimer;
class QUndoStack;

namespace Dz
{

struct SchemeLabel;
struct ProjectCheckOutcome;
class AlignmentTreeModel;
struct Comparison;
class AnalysisController;
class AnalystCommands;
class CompareToolBar;
class CompareView;
class ComparisonActions;
class AnnotationsPane;
class AnnotationWorkflow;
class AuditPane;
class BriefActions;
class ChangeListModel;
class ChangesPane;
class ChangeTracker;
class DeckPane;
class HelpActions;
class PrintActions;
class WeaknessBoard;
class WeaknessCatalogEditor;
class WeaknessMatrixModel;
class IndicatorTableModel;
class IndicatorsPane;
class LanguageMenu;
class OutlinePane;
class ViewNavigation;
class ProblemsPane;
class ProjectActions;
class ReportListModel;
class ReportPage;
class ReportView;
class SearchPane;
class WorkbenchStatus;

/**
 * The workbench. The loaded reports side by side (Compare), the same as a
 * table of sections (Matrix), or one report with its outline (Report); the
 * navigator of scheme nodes and the report list on the left, search results
 * and problems with files at the bottom. Reports come from a project
 * (ProjectController): files opened or dropped are imported into it, and the
 * analyst's corrections and values are kept in it.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports @p paths (files or folders) into the project in the background;
    /// each import ends with loadFinished().
    void openFiles(const QStringList &paths);
    /// Imports the five reports shipped with Duizhao.
    void openSamples();
    /// At start: the project open when the application last quit, or, when
    /// there is none or it cannot be opened (the reason goes to the problems
    /// list), the built-in samples in an untitled project.
    void openLastProjectOrSamples();
    /// Makes @p path the current project (no dialogs; the caller shows the error).
    Result<> openProject(const QString &path, ProjectStore::Access access = ProjectStore::Access::ReadWrite);
    bool isLoading() const;

    ProjectController *project() const
    {
        return m_project;
    }
    ReportListModel *reportModel() const
    {
        return m_reports;
    }
    ReportView *reportView() const
    {
        return m_view;
    }
    OutlinePane *outlinePane() const
    {
        return m_outline;
    }
    QListView *reportList() const
    {
        return m_reportList;
    }
    CompareView *compareView() const
    {
        return m_compare;
    }
    QTreeView *navigator() const
    {
        return m_navigator;
    }
    QTreeView *matrix() const
    {
        return m_matrix;
    }
    AlignmentTreeModel *alignmentModel() const
    {
        return m_alignmentModel;
    }
    AnalysisController *analysis() const
    {
        return m_analysis;
    }
    /// The comparison set and its actions.
    ComparisonActions *comparisonActions() const
    {
        return m_comparison;
    }
    /// The project's undo stack: corrections, values and annotations.
    QUndoStack *undoStack() const
    {
        return m_project->undoStack();
    }
    QTabWidget *tabs() const
    {
        return m_tabs;
    }
    IndicatorsPane *indicatorsPane() const
    {
        return m_indicators;
    }
    IndicatorTableModel *indicatorModel() const
    {
        return m_indicatorModel;
    }
    DeckPane *deckPane() const
    {
        return m_deck;
    }
    WeaknessBoard *weaknessBoard() const
    {
        return m_weaknessBoard;
    }
    /// The weakness theme editor, once opened (Edit Themes… on the board).
    WeaknessCatalogEditor *weaknessCatalogEditor() const
    {
        return m_catalogEditor;
    }
    /// Opens the weakness theme editor on the project's themes.
    void editWeaknessThemes();
    AuditPane *auditPane() const
    {
        return m_audit;
    }
    AnnotationsPane *annotationsPane() const
    {
        return m_annotations;
    }
    /// File → Export Brief….
    BriefActions *briefActions() const
    {
        return m_briefActions;
    }
    /// File → Print… and Print Preview….
    PrintActions *printActions() const
    {
        return m_printActions;
    }
    /// Help → User Guide, F1 and the welcome.
    HelpActions *helpActions() const
    {
        return m_helpActions;
    }
    /// Annotates @p span of compared report @p report with @p annotation's note, tags,
    /// severity and status (no dialog: what the dialog gives, for tests and scripts).
    void addAnnotation(int report, TextSpan span, const Annotation &what);
    /// The analyst has written something (corrections, values, annotations)
    /// into the untitled project, which is deleted on exit.
    bool hasUnsavedWork() const;
    /// Shows a view by name: compare, matrix, indicators, weaknesses or report; false for an unknown name.
    bool showView(const QString &name);
    /// Where views send the analyst (compare view, navigator).
    ViewNavigation *navigation() const
    {
        return m_navigation;
    }
    /// Runs a search over the loaded reports and lists the hits.
    void search(const QString &query);
    QListWidget *searchResults() const;
    /// Every file problem since the list was last cleared, one per file.
    QStringList errors() const;

Q_SIGNALS:
    /// A load ended (read, partly read or canceled) and the window shows its result.
    void loadFinished();
    /// The comparison of the loaded reports is up to date on screen.
    void analysisFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    /// New, Open, Save as…, the server project, Reconnect, and what they ask of the window.
    void createProjectActions();
    /// Project → Check, with its progress in the status bar.
    void createCheckAction();
    /// Undo and Redo of the analyst's changes (the project's undo stack).
    void createUndoActions();
    /// Zoom in and out of the compare view or the report.
    void createZoomActions();
    /// The brief, Print and Print Preview.
    void createOutputActions();
    /// The user guide, F1 and About.
    void createHelpActions();
    void createMenus();
    void createDocks();
    void createReportsDock();
    void createProblemsDock();
    void createSearchDock();
    /// The deck, and what adds slides to it.
    void createDeckDock();
    void createAnnotationsDock();
    /// Who changed what (ChangeListModel, kept up to date by ChangeTracker).
    void createChangesDock();
    void createStatusBar();
    /// Tells F1 which view or dock is which (HelpActions::context()).
    void createContextHelp();
    /// A dock for @p widget; @p fixed: it can be moved and closed but not floated.
    QDockWidget *addDock(QWidget *widget, const QString &name, Qt::DockWidgetArea area, bool fixed);
    void createCompareTools();
    void connectLoader();
    /// A server project's connection lost and found again: the status bar, the title, Reconnect.
    void connectConnection();
    void connectAnalysis();
    /// Compares the comparison set (ComparisonActions::keys()), unless the
    /// comparison on screen is of those already and @p always is false.
    void compareReports(bool always);
    /// Shows the project's deck.
    void loadDeck();
    void showComparison(const Comparison &comparison);
    void showProjectReport(qint64 id);
    QList<std::pair<QString, QString>> nodeLabels() const;
    void restoreLayout();
    void saveLayout() const;
    void retranslate();

    void removeCurrentReport();
    void warn(const QString &title, const QString &message);
    void showAbout();
    void showReport(int row);
    void handleImported(const ImportOutcome &outcome);
    /// Hides the progress and Cancel when no import, comparison or check runs.
    void hideIdleProgress();
    /// The outcome of File → Check Project: a message, and the damage in Problems.
    void showProjectCheck(const ProjectCheckOutcome &outcome);
    void handleLoaded(const ProjectReports &loaded);
    /// A report read on a worker (ProjectController::readReport()) goes into the list and, if current, on screen.
    void handleReportRead(qint64 id, const Dz::ReportAnalysis &analysis);
    /// Shows the hit of a search that chose a report not compared, once its text is read.
    void showPendingSearchHit();
    /// Rereads the alignment corrections; true when they changed (the alignment is made again).
    bool loadCorrections();
    bool loadWeaknessCatalog();
    /// A scheme label in the interface language.
    static QString labelOf(const SchemeLabel &label);
    /// The project report id of compared report @p report, or 0.
    void addErrors(const QStringList &errors);
    void clearErrors();
    void updateStatus();
    void updateHeader();
    void updateActions();

    ReportListModel *m_reports = nullptr;
    ProjectController *m_project = nullptr;
    bool m_reportsChanged = false; ///< an import changed reports' text since the last reload
    ComparisonActions *m_comparison = nullptr; ///< what is compared: the analyst's set

    QListView *m_reportList = nullptr;
    ReportView *m_view = nullptr;
    OutlinePane *m_outline = nullptr;
    ProblemsPane *m_problems = nullptr;
    QDockWidget *m_reportsDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_errorsDock = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_deckDock = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    QDockWidget *m_changesDock = nullptr;
    QAction *m_reconnectAction = nullptr;
    ChangesPane *m_changes = nullptr;
    ChangeListModel *m_changeModel = nullptr;
    ChangeTracker *m_changeTracker = nullptr;
    AnnotationsPane *m_annotations = nullptr;
    AnnotationWorkflow *m_annotationWorkflow = nullptr;
    AuditPane *m_audit = nullptr;
    DeckPane *m_deck = nullptr;

    AnalysisController *m_analysis = nullptr;
    QString m_searchOnRead;
    AlignmentTreeModel *m_alignmentModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    ViewNavigation *m_navigation = nullptr;
    AnalystCommands *m_commands = nullptr;
    CompareView *m_compare = nullptr;
    NavigatorView *m_navigator = nullptr;
    MatrixView *m_matrix = nullptr;
    IndicatorTableModel *m_indicatorModel = nullptr;
    IndicatorsPane *m_indicators = nullptr;
    ReportPage *m_reportPage = nullptr;
    WeaknessMatrixModel *m_weaknessModel = nullptr;
    WeaknessBoard *m_weaknessBoard = nullptr;
    WeaknessCatalogEditor *m_catalogEditor = nullptr;
    CompareToolBar *m_compareTools = nullptr;
    SearchPane *m_searchPane = nullptr;

    WorkbenchStatus *m_status = nullptr;
    // The status bar's, for the analysis wiring.
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ProjectActions *m_projectActions = nullptr;
    class ProjectCheckAction *m_checkAction = nullptr;
    class ServerProjectAction *m_serverProjectAction = nullptr;
    BriefActions *m_briefActions = nullptr;
    PrintActions *m_printActions = nullptr;
    HelpActions *m_helpActions = nullptr;
    class ReportSourceActions *m_sourceActions = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace Dz
