#include "weaknesses/weaknessboard.h"

#include "common/tableexportactions.h"
#include "common/wrappingheaderview.h"
#include "export/exportnaming.h"
#include "export/filesaving.h"
#include "export/indicatorexport.h"
#include "export/tableexport.h"
#include "models/weaknessmatrixmodel.h"
#include "weaknesses/weaknessformat.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// A cell's colour says how many items it holds; a report without the part is greyed.
class HeatDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double heat = index.data(WeaknessMatrixModel::HeatRole).toDouble();
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), WeaknessBoard::heatColour(index));
        QStyleOptionViewItem text = option;
        if (heat > 0.6)
            text.palette.setColor(QPalette::Text, Qt::white);
        QStyledItemDelegate::paint(painter, text, index);
    }
};

} // namespace

QColor WeaknessBoard::heatColour(const QModelIndex &index)
{
    if (index.data(WeaknessMatrixModel::MissingRole).toBool())
        return QColor(0xee, 0xee, 0xee);
    const double heat = index.data(WeaknessMatrixModel::HeatRole).toDouble();
    QColor fill(0xd6, 0x3b, 0x2f);
    fill.setAlphaF(heat > 0 ? 0.15 + 0.75 * heat : 0.0);
    return fill;
}

WeaknessBoard::WeaknessBoard(WeaknessMatrixModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_matrix(new QTableView)
    , m_items(new QListWidget)
    , m_tools(new QToolBar)
{
    setObjectName(u"weaknessBoard"_s);
    createMatrix();
    createItemList();
    createActions();
    // Until a cell is chosen, the first report's items.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        showItems(0, QString(), true);
    });
    layOut();
    retranslate();
}

// The matrix of reports by themes: a cell shows its items, a report's
// header all of the report's, a theme's header the theme in every report.
void WeaknessBoard::createMatrix()
{
    m_matrix->setObjectName(u"weaknessMatrix"_s);
    // Whole labels over the columns (wrapped, with the model's tool tips),
    // never "区卫健委 ·" cut at both ends.
    auto *header = new WrappingHeaderView(Qt::Horizontal, m_matrix);
    header->setObjectName(u"weaknessReportHeader"_s);
    m_matrix->setHorizontalHeader(header);
    m_matrix->setModel(m_model);
    m_matrix->setItemDelegate(new HeatDelegate(m_matrix));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    header->setSectionResizeMode(QHeaderView::Stretch);
    auto *rows = new WrappingHeaderView(Qt::Vertical, m_matrix);
    rows->setObjectName(u"weaknessThemeHeader"_s);
    m_matrix->setVerticalHeader(rows);
    rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_matrix, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        showItems(index.column(), index.data(WeaknessMatrixModel::ThemeRole).toString());
    });
    connect(header, &QHeaderView::sectionClicked, this, [this](int report) {
        showItems(report, QString(), true);
    });
    // A theme's row header selects the theme: its row, and its items in every report.
    connect(m_matrix->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        selectTheme(row);
    });
}

// The items of the chosen cell: activated, an item is shown in its report;
// its context menu annotates it.
void WeaknessBoard::createItemList()
{
    m_items->setObjectName(u"weaknessItems"_s);
    m_items->setWordWrap(true);
    m_items->setAlternatingRowColors(true);
    m_items->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_items, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QListWidgetItem *item = m_items->itemAt(position);
        if (!item || !item->data(Qt::UserRole + 1).isValid())
            return;
        QMenu menu;
        menu.addAction(tr("Annotate…"), this, [this, item] {
            Q_EMIT annotateRequested(item->data(Qt::UserRole).toInt(), {item->data(Qt::UserRole + 1).toLongLong(), item->data(Qt::UserRole + 2).toLongLong()});
        });
        menu.exec(m_items->viewport()->mapToGlobal(position));
    });
    connect(m_items, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT itemRequested(item->data(Qt::UserRole).toInt(), {item->data(Qt::UserRole + 1).toLongLong(), item->data(Qt::UserRole + 2).toLongLong()});
    });
}

// The exports, the chosen theme's slide and the theme editor, on the tool bar.
void WeaknessBoard::createActions()
{
    const auto title = [] {
        return tr("Export Weaknesses");
    };
    const auto fileName = [this](const QString &suffix) {
        return ExportNaming::fileName(tr("Weaknesses"), m_model->reportLabels(), suffix);
    };
    m_exports = new TableExportActions(this, TableExportActions::sourceOf(this, title, fileName));
    m_tools->addActions(m_exports->actions());
    m_themeSlideAction = m_tools->addAction(QIcon::fromTheme(u"list-add"_s), QString(), this, [this] {
        Q_EMIT tableForDeck(themeTable(m_selectedTheme));
    });
    m_themeSlideAction->setEnabled(false);
    m_editThemesAction = m_tools->addAction(QIcon::fromTheme(u"document-edit"_s), QString(), this, &WeaknessBoard::editThemesRequested);
    m_editThemesAction->setObjectName(u"editWeaknessThemes"_s);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

// The items' pane is as wide as the analyst drags it (never collapsed).
void WeaknessBoard::layOut()
{
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"weaknessSplitter"_s);
    m_splitter->addWidget(m_matrix);
    m_splitter->addWidget(m_items);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    m_items->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_tools);
    layout->addWidget(m_splitter, 1);
}

void WeaknessBoard::showItems(int report, const QString &theme, bool allThemes)
{
    m_items->clear();
    const Comparison &comparison = m_model->comparison();
    if (m_model->hasRecurrenceColumn() && report == comparison.weaknesses.size()) {
        showRecurring(theme, allThemes);
        return;
    }
    if (report < 0 || report >= comparison.weaknesses.size())
        return;
    m_shown = {report, theme, allThemes, false};
    m_selectedTheme = allThemes ? QString() : theme;
    m_themeSlideAction->setEnabled(!allThemes && !theme.isEmpty());
    const ReportWeaknesses &w = comparison.weaknesses.at(report);
    if (w.missing) {
        m_items->addItem(tr("%1 has no shortcomings part: it admits no weaknesses.").arg(comparison.reports.at(report).displayName()));
        return;
    }
    const QList<int> shown = m_model->itemsOf(report, theme);
    for (int i = 0; i < w.items.size(); ++i) {
        const WeaknessItem &item = w.items.at(i);
        if (!allThemes && !shown.contains(i))
            continue;
        auto *entry = new QListWidgetItem(u"[%1] %2\n%3"_s.arg(WeaknessMatrixModel::kindLabel(item.kind), item.text, themeLines(item)), m_items);
        entry->setToolTip(itemToolTip(item));
        entry->setData(Qt::UserRole, report);
        entry->setData(Qt::UserRole + 1, qlonglong(item.span.start));
        entry->setData(Qt::UserRole + 2, qlonglong(item.span.end));
    }
}

QString WeaknessBoard::themeLines(const WeaknessItem &item) const
{
    // Each theme with what it was read from (its topic and deficiency terms),
    // the first with how sure it is in words (明确 / 可能), never a raw score.
    QStringList themes;
    for (int i = 0; i < item.themes.size(); ++i) {
        const WeaknessThemeMatch &m = item.themes.at(i);
        themes.append(
            tr("%1 · %2 — %3").arg(m_model->themeLabel(m.theme), i == 0 ? WeaknessMatrixModel::certaintyLabel(item) : tr("also"), WeaknessFormat::reason(m)));
    }
    if (themes.isEmpty())
        themes.append(m_model->themeLabel({})); // "no clear theme": 未归类 needs no second word
    return themes.join(u'\n');
}

QString WeaknessBoard::itemToolTip(const WeaknessItem &item) const
{
    return item.cues.isEmpty() ? tr("No topic beside a deficiency: no theme") : tr("Read from: %1").arg(m_model->itemDescription(item));
}

void WeaknessBoard::selectTheme(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->columnCount() == 0)
        return;
    const QModelIndex first = m_model->index(row, 0);
    m_matrix->selectionModel()->select(QItemSelection(first, m_model->index(row, m_model->columnCount() - 1)), QItemSelectionModel::ClearAndSelect);
    m_matrix->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    showTheme(first.data(WeaknessMatrixModel::ThemeRole).toString());
}

void WeaknessBoard::showTheme(const QString &theme)
{
    m_items->clear();
    m_shown = {-1, theme, false, true};
    m_selectedTheme = theme;
    m_themeSlideAction->setEnabled(!theme.isEmpty());
    const Comparison &comparison = m_model->comparison();
    const QStringList labels = m_model->reportLabels();
    for (int report = 0; report < comparison.weaknesses.size(); ++report) {
        for (int i : m_model->itemsOf(report, theme)) {
            const WeaknessItem &item = comparison.weaknesses.at(report).items.at(i);
            auto *entry = new QListWidgetItem(
                u"%1 · [%2] %3\n%4"_s.arg(labels.value(report), WeaknessMatrixModel::kindLabel(item.kind), item.text, themeLines(item)), m_items);
            entry->setToolTip(itemToolTip(item));
            entry->setData(Qt::UserRole, report);
            entry->setData(Qt::UserRole + 1, qlonglong(item.span.start));
            entry->setData(Qt::UserRole + 2, qlonglong(item.span.end));
        }
    }
    if (m_items->count() == 0)
        m_items->addItem(tr("No report admits anything under %1.").arg(m_model->themeLabel(theme)));
}

void WeaknessBoard::showRecurring(const QString &theme, bool allThemes)
{
    // Each shortcoming admitted again, with last year's words; a click opens the later one.
    const Comparison &comparison = m_model->comparison();
    const QStringList labels = m_model->reportLabels();
    m_selectedTheme = allThemes ? QString() : theme;
    m_themeSlideAction->setEnabled(false);
    for (const WeaknessMatrixModel::RecurringItem &r : allThemes ? m_model->recurring() : m_model->recurringOf(theme)) {
        const WeaknessItem &item = comparison.weaknesses.at(r.report).items.at(r.item);
        const WeaknessItem &before = comparison.weaknesses.at(r.earlierReport).items.at(r.earlierItem);
        QString text = tr("%1: “%2”\n%3: “%4”").arg(labels.value(r.report), item.text, labels.value(r.earlierReport), before.text);
        if (!r.signs.isEmpty())
            text += u'\n' + tr("signs of recurrence: %1").arg(r.signs.join(tr(", ")));
        auto *entry = new QListWidgetItem(text, m_items);
        entry->setData(Qt::UserRole, r.report);
        entry->setData(Qt::UserRole + 1, qlonglong(item.span.start));
        entry->setData(Qt::UserRole + 2, qlonglong(item.span.end));
    }
}

TableData WeaknessBoard::themeTable(const QString &theme) const
{
    TableData table;
    table.title = m_model->themeLabel(theme);
    table.header = {tr("Report"), tr("In the report's own words"), tr("Kind"), tr("Analyst's notes")};
    const Comparison &comparison = m_model->comparison();
    for (int report = 0; report < comparison.weaknesses.size(); ++report) {
        for (int i : m_model->itemsOf(report, theme)) {
            const WeaknessItem &item = comparison.weaknesses.at(report).items.at(i);
            QStringList notes;
            for (const auto &[span, note] : m_notes.value(report)) {
                if (span.start < item.span.end && item.span.start < span.end && !note.isEmpty())
                    notes.append(note);
            }
            table.rows.append({comparison.reports.at(report).displayName(), item.text, item.kind == WeaknessKind::Cause ? tr("cause") : tr("shortcoming"),
                notes.join(u"；"_s)});
        }
    }
    QStringList silent;
    for (int report = 0; report < comparison.weaknesses.size(); ++report) {
        if (m_model->itemsOf(report, theme).isEmpty())
            silent.append(comparison.reports.at(report).displayName());
    }
    if (!silent.isEmpty())
        table.note = tr("Nothing on this theme in: %1").arg(silent.join(tr(", ")));
    return table;
}

void WeaknessBoard::setNotes(const QList<QList<std::pair<TextSpan, QString>>> &notes)
{
    m_notes = notes;
}

Result<qint64> WeaknessBoard::exportMarkdown(const QString &path) const
{
    return FileSaving::save(m_model->toMarkdown().toUtf8(), path);
}

Result<qint64> WeaknessBoard::exportCsv(const QString &path) const
{
    // Translated headers and words, and a byte order mark for Excel.
    return TableExport::saveCsv(m_model->itemsTable(), path);
}

Result<qint64> WeaknessBoard::exportXlsx(const QString &path) const
{
    const Comparison &comparison = m_model->comparison();
    QList<TableData> sheets {IndicatorExport::weaknessMatrix(comparison.weaknesses, m_model->reportLabels(), m_model->catalog()), m_model->itemsTable()};
    // Consecutive years of a body: a sheet of the shortcomings admitted again, with both years' words.
    if (m_model->hasRecurrenceColumn())
        sheets.append(m_model->recurringTable());
    return TableExport::saveXlsx(sheets, path);
}

void WeaknessBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The items are words too (kind, theme, certainty): list them again.
        if (m_shown.byTheme)
            showTheme(m_shown.theme);
        else if (m_shown.report >= 0)
            showItems(m_shown.report, m_shown.theme, m_shown.allThemes);
    }
    QWidget::changeEvent(event);
}

void WeaknessBoard::retranslate()
{
    m_exports->retranslate();
    m_exports->action(TableExportActions::Format::Markdown)->setToolTip(tr("The matrix and every report's items as a Markdown document"));
    m_exports->action(TableExportActions::Format::Csv)
        ->setToolTip(tr("One row per item: report, kind, its themes, how sure and the terms they were read from, text"));
    m_exports->action(TableExportActions::Format::Xlsx)->setToolTip(tr("A workbook: the matrix, and every item"));
    m_themeSlideAction->setText(tr("Add Theme to Deck"));
    m_themeSlideAction->setToolTip(tr("A slide of the chosen theme: each report's items in its own words"));
    m_matrix->setToolTip(tr("Click a cell for its items, a report's name for all of them, a theme for its items in every report"));
    m_editThemesAction->setText(tr("Edit Themes…"));
    m_editThemesAction->setToolTip(tr("Add or tune the weakness themes and their terms; kept in the project, undoable"));
}

} // namespace Dz
