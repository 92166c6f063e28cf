#include "report/reportsourceactions.h"

#include "export/filesaving.h"
#include "project/pastereportdialog.h"
#include "project/projectcontroller.h"
#include "project/webimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportSourceActions::ReportSourceActions(ProjectController *project, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_window(window)
    , m_paste(new QAction(QIcon::fromTheme(u"edit-paste"_s), QString(), this))
    , m_web(new QAction(QIcon::fromTheme(u"folder-remote"_s), QString(), this))
    , m_saveOriginal(new QAction(QIcon::fromTheme(u"document-save-as"_s), QString(), this))
{
    m_paste->setObjectName(u"pasteReportAction"_s);
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_web->setObjectName(u"importWebAction"_s);
    connect(m_paste, &QAction::triggered, this, &ReportSourceActions::paste);
    connect(m_web, &QAction::triggered, this, &ReportSourceActions::importFromWeb);
    m_saveOriginal->setObjectName(u"saveOriginalAction"_s);
    m_saveOriginal->setEnabled(false);
    connect(m_saveOriginal, &QAction::triggered, this, &ReportSourceActions::askAndSaveOriginal);
    retranslate();
}

void ReportSourceActions::retranslate()
{
    m_paste->setText(tr("&Paste as New Report"));
    m_paste->setToolTip(tr("Make a report of the text or web page content on the clipboard"));
    m_web->setText(tr("Import from &Web Address…"));
    m_web->setToolTip(tr("Fetch a report published on a web site and add it to the project"));
    m_saveOriginal->setText(tr("Save &Original File As…"));
    m_saveOriginal->setToolTip(tr("Save the file the current report was read from: the web page, Word file or PDF as it was imported"));
}

void ReportSourceActions::setCurrentReport(qint64 id)
{
    m_current = id;
    m_saveOriginal->setEnabled(id > 0);
}

QString ReportSourceActions::originalFileName(const QString &fileName, const QString &format)
{
    static const QHash<QString, QString> suffixes {{u"text"_s, u"txt"_s}, {u"html"_s, u"html"_s}, {u"docx"_s, u"docx"_s}, {u"pdf"_s, u"pdf"_s},
        {u"ofd"_s, u"ofd"_s}, {u"doc"_s, u"doc"_s}, {u"wps"_s, u"wps"_s}, {u"rtf"_s, u"rtf"_s}, {u"odt"_s, u"odt"_s}};
    QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty())
        name = tr("report");
    const QString suffix = suffixes.value(format);
    if (!suffix.isEmpty() && QFileInfo(name).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        name += u'.' + suffix;
    return name;
}

Result<> ReportSourceActions::saveOriginal(qint64 id, const QString &path) const
{
    const ProjectStore *store = m_project->store();
    if (!store)
        return Result<>::failure(tr("No project is open."));
    auto original = store->reportRecords().original(id);
    if (!original)
        return Failure(original.error());
    if (original->bytes.isEmpty()) {
        return Result<>::failure(
            tr("%1: this report was imported before projects kept the files reports are read from; import the file again to keep it.").arg(path));
    }
    auto saved = FileSaving::save(original->bytes, path);
    return saved ? Result<>() : Result<>::failure(saved.error());
}

void ReportSourceActions::askAndSaveOriginal()
{
    const ProjectStore *store = m_project->store();
    const auto stored = store && m_current > 0 ? store->reportRecords().report(m_current) : Result<StoredReport>::failure({});
    const auto original = store && m_current > 0 ? store->reportRecords().original(m_current) : Result<ReportOriginal>::failure({});
    if (!stored || !original)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(originalFileName(stored->summary.fileName, original->format));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Original File"), suggested);
    if (path.isEmpty())
        return;
    if (auto saved = saveOriginal(m_current, path); !saved)
        QMessageBox::warning(m_window, tr("Save Original File"), saved.error());
}

void ReportSourceActions::paste()
{
    PasteReportDialog dialog(QApplication::clipboard()->mimeData(), m_project, m_window);
    if (!dialog.problem().isEmpty()) {
        QMessageBox::information(m_window, dialog.windowTitle(), dialog.problem());
        return;
    }
    if (dialog.exec() == QDialog::Accepted && !dialog.document().warnings.isEmpty())
        Q_EMIT warned(dialog.document().warnings);
}

void ReportSourceActions::importFromWeb()
{
    WebImportDialog dialog(m_project, m_window);
    connect(&dialog, &WebImportDialog::warned, this, &ReportSourceActions::warned);
    dialog.exec();
}

} // namespace Dz
