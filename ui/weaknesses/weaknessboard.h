#pragma once

#include "base/result.h"
#include "base/tabledata.h"
#include "base/textspan.h"

#include <QColor>
#include <QWidget>

class QListWidget;
class QSplitter;
class QTableView;
class QToolBar;

namespace Dz
{

class TableExportActions;
class WeaknessMatrixModel;
struct WeaknessItem;

/**
 * What each report admits (存在的不足): a heat map of themes × reports,
 * and the items of the chosen cell (or column) in the reports' own words;
 * double-click an item to read it in the compare view.
 */
class WeaknessBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit WeaknessBoard(WeaknessMatrixModel *model, QWidget *parent = nullptr);

    QTableView *matrix() const
    {
        return m_matrix;
    }
    QListWidget *items() const
    {
        return m_items;
    }
    /// The fill of a heat map cell: deeper for more items, grey for a report without the part.
    static QColor heatColour(const QModelIndex &index);
    /// Lists the items of report @p report under @p theme; an empty theme
    /// with @p allThemes lists all of the report's items.
    void showRecurring(const QString &theme, bool allThemes);
    void showItems(int report, const QString &theme, bool allThemes = false);
    /// Lists every report's items under @p theme (a theme's row header clicked).
    void showTheme(const QString &theme);
    /// Selects row @p row's theme: the row, and its items in every report.
    void selectTheme(int row);
    /// A slide of one theme: each report's items in its own words, with the analyst's notes on them.
    TableData themeTable(const QString &theme) const;
    /// The analyst's notes on passages of each compared report (column order), for theme slides.
    void setNotes(const QList<QList<std::pair<TextSpan, QString>>> &notes);
    Result<qint64> exportMarkdown(const QString &path) const;
    Result<qint64> exportCsv(const QString &path) const;
    /// The matrix and every item as a workbook.
    Result<qint64> exportXlsx(const QString &path) const;
    QSplitter *splitter() const
    {
        return m_splitter;
    }

Q_SIGNALS:
    void itemRequested(int report, Dz::TextSpan span);
    void annotateRequested(int report, Dz::TextSpan span);
    void tableForDeck(const Dz::TableData &table);
    /// The analyst wants to add or tune themes (the catalog editor).
    void editThemesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The steps of the constructor.
    void createMatrix();
    void createItemList();
    void createActions();
    void layOut();

    void retranslate();
    /// An item's themes, one a line: label, how sure (in words), what it was read from.
    QString themeLines(const WeaknessItem &item) const;
    QString itemToolTip(const WeaknessItem &item) const;

    WeaknessMatrixModel *m_model = nullptr;
    QTableView *m_matrix = nullptr;
    QListWidget *m_items = nullptr;
    QToolBar *m_tools = nullptr;
    TableExportActions *m_exports = nullptr;
    QSplitter *m_splitter = nullptr;
    /// What the items' list shows, to show it again in another language.
    struct Shown {
        int report = -1;
        QString theme;
        bool allThemes = false;
        bool byTheme = false;
    } m_shown;
    QAction *m_themeSlideAction = nullptr;
    QAction *m_editThemesAction = nullptr;
    QString m_selectedTheme;
    QList<QList<std::pair<TextSpan, QString>>> m_notes;
};

} // namespace Dz
