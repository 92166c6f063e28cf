#include "brief/briefactions.h"

#include "audit/auditor.h"
#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "brief/briefdialog.h"
#include "charts/chartexporter.h"
#include "common/workbench_debug.h"
#include "models/audittablemodel.h"
#include "models/indicatortablemodel.h"
#include "project/analystsession.h"
#include "project/projectcontroller.h"
#include "window/analysiscontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Dz
{

BriefActions::BriefActions(AnalysisController *analysis, IndicatorTableModel *table, AuditPane *audit, ProjectController *project, QWidget *window)
    : QObject(window)
    , m_analysis(analysis)
    , m_table(table)
    , m_audit(audit)
    , m_project(project)
    , m_window(window)
    , m_export(new QAction(QIcon::fromTheme(u"document-export"_s), QString(), this))
{
    m_export->setObjectName(u"exportBriefAction"_s);
    connect(m_export, &QAction::triggered, this, &BriefActions::chooseAndExport);
    retranslate();
    updateEnabled();
}

ComparisonBrief::Sources BriefActions::sources() const
{
    const Comparison &comparison = m_analysis->comparison();
    ComparisonBrief::Sources sources;
    sources.table = m_table;
    sources.weaknesses = m_analysis->weaknessCatalog();
    // The Audit view's results when they are of these reports; else audited now.
    const QList<ReportAudit> &shown = m_audit->model()->audits();
    bool current = !m_audit->isAuditing() && shown.size() == comparison.reports.size();
    for (qsizetype i = 0; current && i < shown.size(); ++i)
        current = shown.at(i).file == comparison.reports.at(i).filePath;
    sources.audits = current ? shown : Auditor().audit(comparison);
    const AnalystSession *session = m_project->session();
    for (const qint64 key : comparison.keys)
        sources.annotations.append(session && key > 0 ? session->annotations(key) : QList<Annotation>());
    return sources;
}

ComparisonBrief::Options BriefActions::options() const
{
    ComparisonBrief::Options options;
    options.title = m_title.isEmpty() ? ComparisonBrief::defaultTitle() : m_title;
    options.subtitle = m_subtitle.isEmpty() ? ComparisonBrief::defaultSubtitle(m_analysis->comparison(), options.date) : m_subtitle;
    options.grouping = m_grouping;
    options.chinese = TranslationLoader::instance()->showsChinese();
    return options;
}

Result<qint64> BriefActions::exportTo(const QString &path, const ComparisonBrief::Options &options, const std::function<bool(int, int)> &progress) const
{
    if (m_analysis->comparison().isEmpty() || !m_analysis->weaknessCatalog())
        return Result<qint64>::failure(tr("There is nothing to write a brief about: no reports are compared."));
    const QList<BriefBlock> blocks = ComparisonBrief::compose(sources(), options);
    const int charts = int(std::count_if(blocks.cbegin(), blocks.cend(), [](const BriefBlock &b) {
        return b.kind == BriefBlock::Kind::Chart;
    }));
    int drawn = 0;
    bool stopped = false;
    const auto document = ComparisonBrief::document(blocks, options, [&](const ChartData &chart, QSize size) {
        if (stopped || (progress && !progress(drawn, charts))) {
            stopped = true;
            return QByteArray();
        }
        ++drawn;
        return ChartExporter::png(chart, size, ComparisonBrief::PictureScale);
    });
    if (stopped)
        return Result<qint64>::failure(tr("The brief was not written: canceled."));
    if (!document)
        return Failure(document.error());
    return document->write(path);
}

void BriefActions::chooseAndExport()
{
    const ComparisonBrief::Options defaults = options();
    BriefDialog dialog(defaults.title, defaults.subtitle, defaults.grouping, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_title = dialog.title() == ComparisonBrief::defaultTitle() ? QString() : dialog.title();
    m_subtitle = dialog.subtitle() == defaults.subtitle && m_subtitle.isEmpty() ? QString() : dialog.subtitle();
    m_grouping = dialog.grouping();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Brief"), QDir(folder).filePath(tr("brief.docx")), tr("Word documents (*.docx)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Drawing the charts…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    ComparisonBrief::Options chosen = options();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = exportTo(path, chosen, [&progress](int done, int count) {
        progress.setMaximum(std::max(1, count));
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!written) {
        qCInfo(lcUi).noquote() << written.error();
        QMessageBox::warning(m_window, tr("Export Brief"), written.error());
        return;
    }
    Q_EMIT exported(path);
}

void BriefActions::updateEnabled()
{
    m_export->setEnabled(!m_analysis->comparison().isEmpty());
}

void BriefActions::retranslate()
{
    m_export->setText(tr("Export &Brief…"));
    m_export->setToolTip(tr("The reports compared as a Word brief: summaries, tables, charts, audit and annotations"));
}

} // namespace Dz
