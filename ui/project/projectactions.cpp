#include "project/projectactions.h"

#include "common/workbench_debug.h"
#include "project/analystsession.h"
#include "project/projectaddress.h"
#include "project/projectcontroller.h"
#include "project/scanocroffer.h"
#include "reading/documentreader.h"
#include "reading/samplereports.h"

#include <QAction>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString withSuffix(QString path)
{
    const QString suffix = u"."_s + ProjectStore::fileSuffix();
    if (!path.isEmpty() && !path.endsWith(suffix))
        path += suffix;
    return path;
}

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

// A record of the change log (compact JSON) as the analyst reads it: the
// value and its note, an annotation's note and status; anything else as it is.
QString readable(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty())
        return text;
    QStringList parts;
    for (const QString &key : {u"value"_s, u"quote"_s, u"note"_s, u"status"_s}) {
        if (const QString v = o.value(key).toString(); !v.isEmpty())
            parts.append(v);
    }
    return parts.isEmpty() ? text : parts.join(u" · "_s);
}

} // namespace

bool ProjectActions::askOverwrite(const ChangeConflict &conflict, const QString &what)
{
    const QString who = conflict.author.isEmpty() ? tr("Another analyst") : conflict.author;
    const QString when = conflict.time.isValid() ? QLocale().toString(conflict.time.toLocalTime(), QLocale::ShortFormat) : tr("earlier");
    QMessageBox box(QMessageBox::Question, tr("Changed by %1").arg(who),
        conflict.theirValue.isEmpty() ? tr("%1 removed this (%2) after you had read it.").arg(who, when)
                                      : tr("%1 changed this (%2) after you had read it, to:\n%3").arg(who, when, readable(conflict.theirValue)),
        QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Your change (%1) was not written. Keep their version, or overwrite it with yours?").arg(what));
    QPushButton *keep = box.addButton(tr("Keep Theirs"), QMessageBox::RejectRole);
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::AcceptRole);
    box.setDefaultButton(keep);
    box.setObjectName(u"changeConflictBox"_s);
    overwrite->setObjectName(u"overwriteButton"_s);
    keep->setObjectName(u"keepTheirsButton"_s);
    box.exec();
    return box.clickedButton() == overwrite;
}

ProjectActions::ProjectActions(ProjectController *project, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_window(window)
    , m_scanOcr(new ScanOcrOffer(project, window, this))
{
    // Two analysts changed the same thing: the second chooses, nothing is overwritten silently.
    project->setConflictHandler([this](const ChangeConflict &conflict, const QString &what) {
        return askOverwrite(conflict, what);
    });

    m_newProject = new QAction(QIcon::fromTheme(u"document-new"_s), QString(), window);
    m_newProject->setObjectName(u"newProjectAction"_s);
    m_newProject->setShortcut(QKeySequence::New);
    connect(m_newProject, &QAction::triggered, this, &ProjectActions::chooseNewProject);

    m_openProject = new QAction(QIcon::fromTheme(u"document-open"_s), QString(), window);
    m_openProject->setObjectName(u"openProjectAction"_s);
    m_openProject->setShortcut(QKeySequence::Open);
    connect(m_openProject, &QAction::triggered, this, &ProjectActions::chooseProject);

    m_saveAs = new QAction(QIcon::fromTheme(u"document-save-as"_s), QString(), window);
    m_saveAs->setObjectName(u"saveAsAction"_s);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &ProjectActions::chooseCopy);

    m_closeProject = new QAction(QIcon::fromTheme(u"document-close"_s), QString(), window);
    m_closeProject->setObjectName(u"closeProjectAction"_s);
    m_closeProject->setShortcut(QKeySequence::Close);
    connect(m_closeProject, &QAction::triggered, m_project, &ProjectController::close);

    m_import = new QAction(QIcon::fromTheme(u"document-import"_s), QString(), window);
    m_import->setObjectName(u"importAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &ProjectActions::chooseFiles);

    m_importFolder = new QAction(QIcon::fromTheme(u"folder-open"_s), QString(), window);
    m_importFolder->setObjectName(u"importFolderAction"_s);
    connect(m_importFolder, &QAction::triggered, this, &ProjectActions::chooseFolder);

    m_importSamples = new QAction(QIcon::fromTheme(u"folder-documents"_s), QString(), window);
    m_importSamples->setObjectName(u"importSamplesAction"_s);
    connect(m_importSamples, &QAction::triggered, this, [this] {
        importFiles(sampleReportPaths());
    });

    m_removeReport = new QAction(QIcon::fromTheme(u"edit-delete"_s), QString(), window);
    m_removeReport->setObjectName(u"removeReportAction"_s);
    connect(m_removeReport, &QAction::triggered, this, &ProjectActions::removeReportRequested);
}

void ProjectActions::attachRecentMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        fillRecentMenu(menu);
    });
}

void ProjectActions::warn(const QString &title, const QString &message)
{
    qCInfo(lcUi).noquote() << message;
    QMessageBox::warning(m_window, title, message);
}

Result<> ProjectActions::openProject(const QString &path, ProjectStore::Access access, ProjectStore::Creation creation)
{
    Q_EMIT projectOpening();
    return m_project->open(path, access, creation);
}

void ProjectActions::chooseNewProject()
{
    const QString path = withSuffix(QFileDialog::getSaveFileName(m_window, tr("New Project"), documents(), tr("Duizhao projects (*.duizhao)")));
    if (path.isEmpty())
        return;
    Q_EMIT projectOpening();
    if (auto created = m_project->create(path); !created)
        warn(tr("New Project"), created.error());
}

void ProjectActions::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), documents(), tr("Duizhao projects (*.duizhao);;All files (*)"));
    if (!path.isEmpty())
        openProjectAsked(path);
}

void ProjectActions::openProjectAsked(const QString &path)
{
    const auto opened = openProject(path);
    if (opened)
        return;
    // Locked by another window, or a read-only file: reading it may still be what the analyst wants.
    if (auto probe = ProjectStore::open(path, ProjectStore::Access::ReadOnly); probe) {
        probe = Result<std::unique_ptr<ProjectStore>>::failure({}); // closed again before the controller opens it
        const auto answer = QMessageBox::question(m_window, tr("Open Project"), opened.error() + u"\n\n"_s + tr("Open it read-only?"));
        if (answer != QMessageBox::Yes)
            return;
        if (auto readOnly = openProject(path, ProjectStore::Access::ReadOnly); !readOnly)
            warn(tr("Open Project"), readOnly.error());
        return;
    }
    warn(tr("Open Project"), opened.error());
}

void ProjectActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_project->recentProjects();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(ProjectAddress::displayName(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            openProjectAsked(path);
        });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent projects"))->setEnabled(false);
}

bool ProjectActions::chooseCopy()
{
    const QString path = withSuffix(QFileDialog::getSaveFileName(m_window, tr("Save Project As"), documents(), tr("Duizhao projects (*.duizhao)")));
    if (path.isEmpty())
        return false;
    if (auto saved = m_project->saveAs(path); !saved) {
        warn(tr("Save Project As"), saved.error());
        return false;
    }
    return true;
}

void ProjectActions::importFiles(const QStringList &paths)
{
    m_project->importFiles(paths);
}

void ProjectActions::chooseFiles()
{
    importFiles(QFileDialog::getOpenFileNames(
        m_window, tr("Import Reports"), documents(), tr("Reports (%1);;All files (*)").arg((DocumentReader::nameFilters() << u"*.zip"_s).join(u' '))));
}

void ProjectActions::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import a Folder of Reports"), documents());
    if (!dir.isEmpty())
        importFiles({dir});
}

void ProjectActions::openLastProjectOrSamples()
{
    const QString last = ProjectController::lastProject();
    if (!last.isEmpty()) {
        const auto opened = openProject(last);
        if (opened)
            return;
        Q_EMIT failed(opened.error());
    }
    importFiles(sampleReportPaths());
}

bool ProjectActions::hasUnsavedWork() const
{
    // The untitled project is deleted on exit: what the analyst wrote in it would go with it.
    const AnalystSession *session = m_project->session();
    return m_project->isTemporary() && session && !session->isEmpty();
}

bool ProjectActions::confirmQuit()
{
    if (!hasUnsavedWork())
        return true;
    const auto answer = QMessageBox::question(m_window, tr("Save Your Work?"),
        tr("Your corrections, values and annotations are in an untitled project, which is deleted when Duizhao quits. Save it as a project file first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        chooseCopy();
        return !m_project->isTemporary(); // the dialog was canceled or the copy failed
    }
    return true;
}

bool ProjectActions::acceptsDrop(const QMimeData *mime)
{
    return !localFiles(mime).isEmpty();
}

bool ProjectActions::importDropped(const QMimeData *mime)
{
    const QStringList files = localFiles(mime);
    if (files.isEmpty())
        return false;
    importFiles(files);
    return true;
}

bool ProjectActions::removeReport(int row, const QString &name)
{
    if (row < 0)
        return false;
    // Removing a report removes what the analyst wrote about it: ask first when there is any.
    if (const AnalystSession *session = m_project->session()) {
        const qint64 id = m_project->reportId(row);
        const QList<AnalystValue> values = session->values();
        const int notes = int(session->annotations(id).size() + std::count_if(values.cbegin(), values.cend(), [id](const AnalystValue &v) {
            return v.reportId == id;
        }));
        if (notes > 0) {
            const auto answer = QMessageBox::question(m_window, tr("Remove Report"),
                tr("%1 has %n annotation(s) or value(s) of yours. Remove the report with them from the project?", nullptr, notes).arg(name));
            if (answer != QMessageBox::Yes)
                return false;
        }
    }
    Q_EMIT aboutToRemoveReport();
    if (auto removed = m_project->removeReport(row); !removed) {
        Q_EMIT failed(removed.error());
        return false;
    }
    return true;
}

void ProjectActions::updateEnabled(bool hasCurrentReport)
{
    const bool writable = m_project->store() && !m_project->isReadOnly();
    m_removeReport->setEnabled(writable && hasCurrentReport);
    for (QAction *action : {m_import, m_importFolder, m_importSamples})
        action->setEnabled(writable);
    m_saveAs->setEnabled(m_project->store() != nullptr);
    m_closeProject->setEnabled(!m_project->isTemporary());
}

void ProjectActions::retranslate()
{
    m_newProject->setText(tr("&New Project…"));
    m_openProject->setText(tr("&Open Project…"));
    m_saveAs->setText(tr("Save Project &As…"));
    m_saveAs->setToolTip(tr("Copy the project to a new file and go on working in the copy (changes are saved as you make them)"));
    m_closeProject->setText(tr("&Close Project"));
    m_import->setText(tr("&Import Reports…"));
    m_import->setToolTip(tr("Add report files to the project (text in UTF-8, UTF-16 or GB18030)"));
    m_importFolder->setText(tr("Import &Folder…"));
    m_importFolder->setToolTip(tr("Add every report file (text, web page, Word, PDF, OFD) in a folder and its sub-folders to the project"));
    m_importSamples->setText(tr("Import &Samples"));
    m_importSamples->setToolTip(tr("Add the five reports shipped with Duizhao to the project"));
    m_removeReport->setText(tr("&Remove Report from Project"));
}

} // namespace Dz
