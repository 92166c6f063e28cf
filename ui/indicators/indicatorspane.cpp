#include "indicators/indicatorspane.h"

#include "analysis/reportlabels.h"
#include "charts/chartexporter.h"
#include "charts/indicatorchartview.h"
#include "common/exportdialog.h"
#include "export/exportnaming.h"
#include "export/indicatorchart.h"
#include "export/indicatorexport.h"
#include "export/tableexport.h"
#include "indicators/notreporteddialog.h"
#include "indicators/overridedialog.h"
#include "indicators/sumdialog.h"
#include "models/indicatortablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

IndicatorsPane::IndicatorsPane(IndicatorTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_tools(new QToolBar)
{
    setObjectName(u"indicatorsPane"_s);
    setUpTable();
    createTableTools();
    createChartControls();
    createChartTools();
    layOut();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillIndicatorList();
        updateChart();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IndicatorsPane::updateChart);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] {
        fillIndicatorList();
        updateChart();
    });
    retranslate();
}

void IndicatorsPane::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IndicatorTableModel::SortRole);
    m_table->setObjectName(u"indicatorTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // report order until the analyst sorts
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QWidget::customContextMenuRequested, this, &IndicatorsPane::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const qlonglong start = index.data(IndicatorTableModel::EvidenceStartRole).toLongLong();
        if (start >= 0)
            Q_EMIT evidenceRequested(
                index.data(IndicatorTableModel::ReportRole).toInt(), {start, index.data(IndicatorTableModel::EvidenceEndRole).toLongLong()});
    });
}

void IndicatorsPane::createTableTools()
{
    m_exportCsvAction = m_tools->addAction(QIcon::fromTheme(u"text-csv"_s), QString(), this, [this] {
        exportWithDialog(this,
            {tr("Export Indicator Table"), u"table"_s, ExportNaming::fileName(tr("Indicators"), m_model->comparison().reportNames(), u"csv"_s),
                tr("CSV files (*.csv)")},
            [this](const QString &path) {
                return exportCsv(path);
            });
    });
    m_exportXlsxAction = m_tools->addAction(QIcon::fromTheme(u"x-office-spreadsheet"_s), QString(), this, [this] {
        exportWithDialog(this,
            {tr("Export Indicator Table"), u"table"_s, ExportNaming::fileName(tr("Indicators"), m_model->comparison().reportNames(), u"xlsx"_s),
                tr("Excel workbook (*.xlsx)")},
            [this](const QString &path) {
                return exportXlsx(path);
            });
    });
    m_tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

// The chart: which indicators, in what order, at what export size.
void IndicatorsPane::createChartControls()
{
    m_indicatorList = new QListWidget;
    m_indicatorList->setObjectName(u"chartIndicators"_s);
    m_indicatorList->setMaximumWidth(220);
    connect(m_indicatorList, &QListWidget::itemChanged, this, &IndicatorsPane::updateChart);
    m_order = new QComboBox;
    m_order->setObjectName(u"chartOrder"_s);
    m_order->addItems({QString(), QString()});
    connect(m_order, &QComboBox::currentIndexChanged, this, &IndicatorsPane::updateChart);
    m_years = new QComboBox;
    m_years->setObjectName(u"chartYears"_s);
    m_years->addItems({QString(), QString()});
    m_years->setCurrentIndex(1); // a trend over a true year axis
    connect(m_years, &QComboBox::currentIndexChanged, this, &IndicatorsPane::updateChart);
    m_trendBody = new QComboBox;
    m_trendBody->setObjectName(u"chartTrendBody"_s);
    m_trendBody->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_trendBody, &QComboBox::currentIndexChanged, this, &IndicatorsPane::updateChart);
    m_width = new QSpinBox;
    m_width->setRange(320, 7680);
    m_width->setValue(ChartExporter::DefaultSize.width());
    m_height = new QSpinBox;
    m_height->setRange(240, 4320);
    m_height->setValue(ChartExporter::DefaultSize.height());
    m_scale = new QDoubleSpinBox;
    m_scale->setRange(0.5, 4);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2);
    m_chart = new IndicatorChartView;
}

void IndicatorsPane::createChartTools()
{
    m_chartTools = new QToolBar;
    m_chartTools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_chartTools->addWidget(m_order);
    // A widget in a tool bar is shown and hidden through its action.
    m_yearsAction = m_chartTools->addWidget(m_years);
    m_trendBodyAction = m_chartTools->addWidget(m_trendBody);
    m_chartTools->addSeparator();
    m_chartTools->addWidget(m_width);
    m_chartTools->addWidget(new QLabel(u" × "_s));
    m_chartTools->addWidget(m_height);
    m_chartTools->addWidget(new QLabel(u" @ "_s));
    m_chartTools->addWidget(m_scale);
    m_exportChartAction = m_chartTools->addAction(QIcon::fromTheme(u"document-export"_s), QString(), this, [this] {
        // Named after what it shows: the indicators and the reports.
        QStringList subjects;
        for (const QString &id : chartedIndicators())
            subjects.append(m_model->indicatorLabel(id));
        exportWithDialog(this,
            {tr("Export Chart"), u"chart"_s, ExportNaming::fileName(subjects.join(u'、'), m_model->comparison().reportNames(), u"png"_s),
                tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)")},
            [this](const QString &path) {
                return ChartExporter::save(charts(), path, exportSize(), exportScale());
            });
    });
    m_copyChartAction = m_chartTools->addAction(QIcon::fromTheme(u"edit-copy"_s), QString(), this, [this] {
        ChartExporter::copyToClipboard(charts(), exportSize(), exportScale());
    });
    m_addToDeckAction = m_chartTools->addAction(QIcon::fromTheme(u"list-add"_s), QString(), this, [this] {
        Q_EMIT addToDeckRequested(charts());
    });
}

// The table above, the chart below with its indicator list beside it.
void IndicatorsPane::layOut()
{
    auto *chartPane = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins({});
    chartLayout->addWidget(m_chartTools);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_indicatorList);
    chartRow->addWidget(m_chart, 1);
    chartLayout->addLayout(chartRow, 1);

    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins({});
    tableLayout->addWidget(m_tools);
    tableLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(tablePane);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(splitter);
}

void IndicatorsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_proxy->mapToSource(m_table->indexAt(position));
    if (!index.isValid())
        return;
    const int report = index.row();
    const QString indicator = index.data(IndicatorTableModel::IndicatorRole).toString();
    const QString what = m_model->indicatorLabel(indicator) + u" · "_s + m_model->comparison().reports.at(report).displayName();
    QMenu menu;
    QAction *evidence = menu.addAction(tr("Show Evidence"));
    evidence->setEnabled(index.data(IndicatorTableModel::EvidenceStartRole).toLongLong() >= 0);
    connect(evidence, &QAction::triggered, this, [this, index] {
        Q_EMIT m_table->doubleClicked(m_proxy->mapFromSource(index));
    });
    menu.addAction(tr("Set Value…"), this, [this, report, indicator, what, index] {
        const QVariant current = index.data(IndicatorTableModel::ValueRole);
        OverrideDialog dialog(what, current.isValid() ? m_model->figure(report, indicator).value->toString() : QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Q_EMIT overrideRequested(report, indicator, dialog.value(), dialog.note());
    });
    // A false value (a sub-count taken for the total) is not replaced by another number: the report gives none.
    menu.addAction(tr("Not Reported…"), this, [this, report, indicator, what] {
        const IndicatorValue *v = m_model->extracted(report, indicator);
        NotReportedDialog dialog(what, v && v->figure.isReported() ? v->figure.toDisplayString() + v->figure.unit + u" — "_s + v->evidence : QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT notReportedRequested(report, indicator, dialog.reason());
    });
    // A report that lists the parts without a total: their sum, the parts kept as evidence.
    const IndicatorValue *listed = m_model->extracted(report, indicator);
    QAction *sum = menu.addAction(tr("Sum Statements…"), this, [this, report, indicator, what, listed] {
        SumDialog dialog(what, listed->candidates, m_model->indicatorUnit(indicator), this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT sumRequested(report, indicator, dialog.parts(), dialog.note());
    });
    sum->setEnabled(listed && std::count_if(listed->candidates.cbegin(), listed->candidates.cend(), [](const IndicatorCandidate &c) {
        return c.figure.value.has_value();
    }) >= 2);
    // Without a stated total, each statement found can become the value.
    if (const IndicatorValue *v = m_model->extracted(report, indicator); v && !v->figure.isReported() && !v->candidates.isEmpty()) {
        QMenu *use = menu.addMenu(tr("Use a Statement"));
        for (const IndicatorCandidate &c : v->candidates) {
            if (!c.figure.value)
                continue;
            QString sentence = c.evidence;
            if (sentence.size() > 30)
                sentence = sentence.left(30) + u'…';
            use->addAction(c.figure.toDisplayString() + c.figure.unit + u"  "_s + sentence, this, [this, report, indicator, c] {
                Q_EMIT overrideRequested(report, indicator, c.figure.value, tr("Chosen statement: %1").arg(c.evidence));
            });
        }
    }
    QAction *reset = menu.addAction(tr("Reset to Extracted Value"), this, [this, report, indicator] {
        Q_EMIT overrideRequested(report, indicator, std::nullopt, QString());
    });
    reset->setEnabled(index.data(IndicatorTableModel::OverriddenRole).toBool());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

Result<qint64> IndicatorsPane::exportCsv(const QString &path) const
{
    // With a byte order mark: Excel on a Chinese Windows reads it as UTF-8.
    return TableExport::saveCsv(m_model->toCsv(), path);
}

Result<qint64> IndicatorsPane::exportXlsx(const QString &path) const
{
    const auto book = IndicatorExport::workbook(*m_model);
    if (!book)
        return Failure(book.error());
    return book->write(path);
}

void IndicatorsPane::fillIndicatorList()
{
    const QStringList checked = chartedIndicators();
    const QSignalBlocker blocker(m_indicatorList);
    m_indicatorList->clear();
    const QStringList ids = m_model->indicatorIds();
    for (const QString &id : ids) {
        auto *item = new QListWidgetItem(m_model->indicatorLabel(id), m_indicatorList);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        // Penalty cases first: the figure most reports give.
        const bool on = checked.isEmpty() ? id == ids.value(0) : checked.contains(id);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void IndicatorsPane::setChartedIndicators(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(m_indicatorList);
        for (int i = 0; i < m_indicatorList->count(); ++i) {
            QListWidgetItem *item = m_indicatorList->item(i);
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateChart();
}

QStringList IndicatorsPane::chartedIndicators() const
{
    QStringList ids;
    for (int i = 0; i < m_indicatorList->count(); ++i) {
        if (m_indicatorList->item(i)->checkState() == Qt::Checked)
            ids.append(m_indicatorList->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void IndicatorsPane::setSortByValue(bool byValue)
{
    m_order->setCurrentIndex(byValue ? 1 : 0);
}

void IndicatorsPane::setYearsAsLines(bool lines)
{
    m_years->setCurrentIndex(lines ? 1 : 0);
}

void IndicatorsPane::setTrendBody(const QString &body)
{
    m_trendBody->setCurrentIndex(std::max(0, m_trendBody->findData(body)));
}

const ChartData &IndicatorsPane::chartData() const
{
    return m_chart->chartData();
}

const QList<ChartData> &IndicatorsPane::charts() const
{
    return m_chart->charts();
}

QSize IndicatorsPane::exportSize() const
{
    return {m_width->value(), m_height->value()};
}

qreal IndicatorsPane::exportScale() const
{
    return m_scale->value();
}

void IndicatorsPane::updateChart()
{
    IndicatorChartRequest request;
    request.indicators = chartedIndicators();
    request.order = m_order->currentIndex() == 1 ? IndicatorChartRequest::Order::Value : IndicatorChartRequest::Order::Reports;
    request.years = m_years->currentIndex() == 1 ? IndicatorChartRequest::Years::Lines : IndicatorChartRequest::Years::Grouped;
    // The year layout and the body only matter when a body is reported on for several years.
    const QStringList bodies = ReportLabels::bodiesOf(m_model->comparison().reports);
    QStringList trended;
    for (const QString &body : bodies) {
        if (bodies.count(body) > 1 && !trended.contains(body))
            trended.append(body);
    }
    {
        const QString chosen = m_trendBody->currentData().toString();
        const QSignalBlocker blocker(m_trendBody);
        m_trendBody->clear();
        // Few bodies: every body's trend; many: a bar per report, and a body's trend when one is chosen.
        const bool few = QSet<QString>(bodies.cbegin(), bodies.cend()).size() <= IndicatorChartBuilder::MaxTrendBodies;
        m_trendBody->addItem(few ? tr("Every body") : tr("A bar per report"), QString());
        for (const QString &body : std::as_const(trended))
            m_trendBody->addItem(body, body);
        m_trendBody->setCurrentIndex(std::max(0, m_trendBody->findData(chosen)));
    }
    if (const QString body = m_trendBody->currentData().toString(); !body.isEmpty())
        request.bodies = {body};
    m_yearsAction->setVisible(!trended.isEmpty());
    m_trendBodyAction->setVisible(!trended.isEmpty());
    const QList<ChartData> panels = IndicatorChartBuilder::panels(*m_model, request);
    m_chart->setCharts(panels);
    const bool drawable = !panels.isEmpty();
    m_exportChartAction->setEnabled(drawable);
    m_copyChartAction->setEnabled(drawable);
    m_addToDeckAction->setEnabled(drawable);
}

void IndicatorsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateChart(); // its labels and notes are words too
    }
    QWidget::changeEvent(event);
}

void IndicatorsPane::retranslate()
{
    m_exportCsvAction->setText(tr("Export CSV…"));
    m_exportCsvAction->setToolTip(tr("The table as CSV: shown values with their marks, and plain numbers"));
    m_exportXlsxAction->setText(tr("Export XLSX…"));
    m_exportXlsxAction->setToolTip(tr("A workbook: the numbers, the values as shown, and each value's evidence"));
    m_order->setItemText(0, tr("In report order"));
    m_order->setItemText(1, tr("Largest first"));
    m_years->setItemText(0, tr("Years as columns"));
    m_years->setItemText(1, tr("Years as lines"));
    m_years->setToolTip(tr("When a body is reported on for several years: its trend, each year in its place, with the change on the year before (同比)"));
    m_trendBody->setToolTip(tr("Whose trend: one body, or every body compared"));
    m_indicatorList->setToolTip(tr("Each indicator checked is a chart of its own, on its own axis"));
    m_width->setToolTip(tr("Export width in pixels"));
    m_height->setToolTip(tr("Export height in pixels"));
    m_scale->setToolTip(tr("Export scale: 2 gives a sharp picture on high-resolution screens and projectors"));
    m_exportChartAction->setText(tr("Export Chart…"));
    m_exportChartAction->setToolTip(tr("PNG, SVG or vector PDF at the size above"));
    m_copyChartAction->setText(tr("Copy Chart"));
    m_copyChartAction->setToolTip(tr("The chart on the clipboard as PNG and SVG"));
    m_addToDeckAction->setText(tr("Add to Deck"));
    m_addToDeckAction->setToolTip(tr("Add the charts shown to the deck, a slide each"));
}

} // namespace Dz
