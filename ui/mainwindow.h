#pragma once

#include "reportloader.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QLineEdit;
class QTabWidget;
class QToolBar;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Dz
{

class AlignmentTreeModel;
class AnalysisController;
class CompareView;
class DeckPane;
class WeaknessBoard;
class WeaknessMatrixModel;
class IndicatorTableModel;
class IndicatorsPane;
class LanguageMenu;
class LoadController;
class OutlinePane;
class ReportListModel;
class ReportView;

/**
 * The workbench. The loaded reports side by side (Compare), the same as a
 * table of sections (Matrix), or one report with its outline (Report); the
 * navigator of scheme nodes and the report list on the left, search results
 * and problems with files at the bottom.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads @p paths in the background; each load ends with loadFinished().
    void openFiles(const QStringList &paths);
    /// Loads the five reports shipped with Duizhao.
    void openSamples();
    bool isLoading() const;

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
    QUndoStack *undoStack() const
    {
        return m_undoStack;
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
    /// Shows a view by name: compare, matrix, indicators, weaknesses or report; false for an unknown name.
    bool showView(const QString &name);
    /// Shows @p node in every column of the compare view and selects it in the navigator.
    void showNode(const QString &node);
    /// Runs a search over the loaded reports and lists the hits.
    void search(const QString &query);
    QListWidget *searchResults() const
    {
        return m_searchResults;
    }
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
    enum class LoadState { Idle, Loading, Loaded, Canceled };

    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void createCompareTools();
    void connectLoader();
    void connectAnalysis();
    void analyseReports();
    void showComparison();
    void assignSection(int report, int section, const QString &node);
    void stepNode(int delta);
    QList<std::pair<QString, QString>> nodeLabels() const;
    void restoreLayout();
    void saveLayout() const;
    void retranslate();

    void chooseFiles();
    void closeCurrentReport();
    void showAbout();
    void showReport(int row);
    void handleLoaded(const LoadOutcome &outcome);
    void addErrors(const QStringList &errors);
    void clearErrors();
    void updateStatus();
    void updateHeader();
    void updateActions();

    ReportListModel *m_reports = nullptr;
    LoadController *m_loader = nullptr;

    QListView *m_reportList = nullptr;
    ReportView *m_view = nullptr;
    QLabel *m_header = nullptr;
    OutlinePane *m_outline = nullptr;
    QListWidget *m_errorList = nullptr;
    QPushButton *m_clearErrors = nullptr;
    QDockWidget *m_reportsDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_errorsDock = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_deckDock = nullptr;
    DeckPane *m_deck = nullptr;

    AnalysisController *m_analysis = nullptr;
    AlignmentTreeModel *m_alignmentModel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTabWidget *m_tabs = nullptr;
    CompareView *m_compare = nullptr;
    QTreeView *m_navigator = nullptr;
    QTreeView *m_matrix = nullptr;
    IndicatorTableModel *m_indicatorModel = nullptr;
    IndicatorsPane *m_indicators = nullptr;
    QWidget *m_reportPage = nullptr;
    WeaknessMatrixModel *m_weaknessModel = nullptr;
    WeaknessBoard *m_weaknessBoard = nullptr;
    QToolBar *m_compareTools = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QListWidget *m_searchResults = nullptr;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_errorsButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSamplesAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_nextNodeAction = nullptr;
    QAction *m_previousNodeAction = nullptr;
    QAction *m_findAction = nullptr;

    LoadState m_loadState = LoadState::Idle;
    int m_lastLoadedCount = 0;
    int m_lastErrorCount = 0;
    int m_loadingCount = 0;
    bool m_analysing = false;
};

} // namespace Dz
