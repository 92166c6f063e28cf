#include "indicatorspane.h"

#include "indicatortablemodel.h"
#include "overridedialog.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
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
    m_proxy->setSourceModel(model);
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

    m_exportCsvAction = m_tools->addAction(QIcon::fromTheme(u"text-csv"_s), QString(), this, &IndicatorsPane::chooseCsvFile);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_tools);
    layout->addWidget(m_table, 1);
    retranslate();
}

void IndicatorsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_proxy->mapToSource(m_table->indexAt(position));
    if (!index.isValid())
        return;
    const int report = index.row();
    const QString indicator = index.data(IndicatorTableModel::IndicatorRole).toString();
    const QString reportFile = m_model->comparison().reports.at(report).filePath;
    const QString what = m_model->indicatorLabel(indicator) + u" · "_s + m_model->comparison().reports.at(report).displayName();
    QMenu menu;
    QAction *evidence = menu.addAction(tr("Show Evidence"));
    evidence->setEnabled(index.data(IndicatorTableModel::EvidenceStartRole).toLongLong() >= 0);
    connect(evidence, &QAction::triggered, this, [this, index] {
        Q_EMIT m_table->doubleClicked(m_proxy->mapFromSource(index));
    });
    menu.addAction(tr("Set Value…"), this, [this, report, indicator, reportFile, what, index] {
        const QVariant current = index.data(IndicatorTableModel::ValueRole);
        OverrideDialog dialog(what, current.isValid() ? m_model->figure(report, indicator).value->toString() : QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Q_EMIT overrideRequested(report, indicator, ValueOverride {reportFile, indicator, dialog.value(), dialog.note(), QDateTime::currentDateTimeUtc()});
    });
    // Without a stated total, each statement found can become the value.
    if (const IndicatorValue *v = m_model->extracted(report, indicator); v && !v->figure.isReported() && !v->candidates.isEmpty()) {
        QMenu *use = menu.addMenu(tr("Use a Statement"));
        for (const IndicatorCandidate &c : v->candidates) {
            if (!c.figure.value)
                continue;
            QString sentence = c.evidence;
            if (sentence.size() > 30)
                sentence = sentence.left(30) + u'…';
            use->addAction(c.figure.toDisplayString() + c.figure.unit + u"  "_s + sentence, this, [this, report, indicator, reportFile, c] {
                Q_EMIT overrideRequested(report, indicator,
                    ValueOverride {reportFile, indicator, *c.figure.value, tr("Chosen statement: %1").arg(c.evidence), QDateTime::currentDateTimeUtc()});
            });
        }
    }
    QAction *reset = menu.addAction(tr("Reset to Extracted Value"), this, [this, report, indicator] {
        Q_EMIT overrideRequested(report, indicator, std::nullopt);
    });
    reset->setEnabled(index.data(IndicatorTableModel::OverriddenRole).toBool());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

bool IndicatorsPane::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv().toUtf8()) < 0 || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void IndicatorsPane::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Indicator Table"), tr("indicators.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Indicator Table"), error);
}

void IndicatorsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndicatorsPane::retranslate()
{
    m_exportCsvAction->setText(tr("Export CSV…"));
    m_exportCsvAction->setToolTip(tr("The table as CSV: shown values with their marks, and plain numbers"));
}

} // namespace Dz
