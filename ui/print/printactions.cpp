#include "print/printactions.h"

#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "charts/chartexporter.h"
#include "compare/compareview.h"
#include "indicators/indicatorspane.h"
#include "models/audittablemodel.h"
#include "project/projectcontroller.h"
#include "report/reportview.h"
#include "weaknesses/weaknessboard.h"
#include "window/analysiscontroller.h"

#include <QAction>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Dz
{

PrintActions::PrintActions(const PrintableViews &views, QWidget *window)
    : QObject(window)
    , m_views(views)
    , m_window(window)
    , m_print(new QAction(QIcon::fromTheme(u"document-print"_s), QString(), this))
    , m_preview(new QAction(QIcon::fromTheme(u"document-print-preview"_s), QString(), this))
{
    m_print->setObjectName(u"printAction"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_preview->setObjectName(u"printPreviewAction"_s);
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    connect(m_preview, &QAction::triggered, this, &PrintActions::preview);
    retranslate();
}

std::unique_ptr<QTextDocument> PrintActions::currentDocument(ViewPrinter::Heading *heading) const
{
    QWidget *current = m_views.tabs->currentWidget();
    const ProjectController *project = m_views.project;
    ViewPrinter::Heading h;
    h.project = project->isTemporary() ? tr("Untitled project") : QFileInfo(project->path()).completeBaseName();
    h.view = m_views.tabs->tabText(m_views.tabs->currentIndex()).remove(u'&');
    if (heading)
        *heading = h;
    const Comparison &comparison = m_views.analysis->comparison();
    if (current == m_views.compare) {
        const QString node = m_views.compare->currentNode();
        QString title = node;
        if (const int row = comparison.alignment.rowIndex(node); row >= 0) {
            const SchemeLabel &label = comparison.alignment.rows().at(row).label;
            title = node + u' ' + (TranslationLoader::instance()->showsChinese() ? label.zh : label.en);
        }
        return ViewPrinter::compare(*m_views.compare, comparison, node, title);
    }
    if (current == m_views.matrix)
        return ViewPrinter::table(*m_views.matrix, h.view);
    if (current == m_views.indicators) {
        // Every chart shown (one per indicator, each on its own axis), their notes once under them.
        QList<ChartData> drawn;
        QStringList notes;
        for (const ChartData &chart : m_views.indicators->charts()) {
            if (chart.series.isEmpty() || !chart.problem().isEmpty())
                continue;
            for (const QString &line : {chart.note, chart.source}) {
                if (!line.isEmpty() && !notes.contains(line))
                    notes.append(line);
            }
            drawn.append(chart);
            drawn.last().note.clear();
            drawn.last().source.clear();
        }
        const QImage picture = drawn.isEmpty() ? QImage() : ChartExporter::image(drawn, QSize(960, 480), 2);
        const QString note = notes.join(u'\n');
        return ViewPrinter::table(*m_views.indicators->table(), tr("Indicators by report"), {}, picture, note);
    }
    if (current == m_views.weaknesses)
        return ViewPrinter::table(*m_views.weaknesses->matrix(), tr("Weaknesses admitted, by theme"), &WeaknessBoard::heatColour);
    if (current == m_views.audit) {
        return ViewPrinter::table(*m_views.audit->table(), h.view, [](const QModelIndex &index) {
            return AuditPane::statusColour(index.data(AuditTableModel::StatusRole).toInt());
        });
    }
    // The Report tab, and whatever else: the report on screen.
    const QString name = m_views.report->report().displayName();
    return ViewPrinter::text(*m_views.report, name.isEmpty() ? h.view : name);
}

int PrintActions::printCurrent(QPrinter &printer) const
{
    ViewPrinter::Heading heading;
    const std::unique_ptr<QTextDocument> document = currentDocument(&heading);
    return ViewPrinter::print(*document, printer, heading);
}

void PrintActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(m_views.tabs->tabText(m_views.tabs->currentIndex()).remove(u'&')));
    if (dialog.exec() == QDialog::Accepted)
        printCurrent(printer);
}

void PrintActions::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        printCurrent(*target);
    });
    dialog.resize(m_window->size() * 0.8);
    dialog.exec();
}

void PrintActions::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the view on screen, each page headed by the project and the date"));
    m_preview->setText(tr("Print Pre&view…"));
}

} // namespace Dz
