#include "reportsourceactions.h"

#include "pastereportdialog.h"
#include "webimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportSourceActions::ReportSourceActions(ProjectController *project, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_window(window)
    , m_paste(new QAction(QIcon::fromTheme(u"edit-paste"_s), QString(), this))
    , m_web(new QAction(QIcon::fromTheme(u"folder-remote"_s), QString(), this))
{
    m_paste->setObjectName(u"pasteReportAction"_s);
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_web->setObjectName(u"importWebAction"_s);
    connect(m_paste, &QAction::triggered, this, &ReportSourceActions::paste);
    connect(m_web, &QAction::triggered, this, &ReportSourceActions::importFromWeb);
    retranslate();
}

void ReportSourceActions::retranslate()
{
    m_paste->setText(tr("&Paste as New Report"));
    m_paste->setToolTip(tr("Make a report of the text or web page content on the clipboard"));
    m_web->setText(tr("Import from &Web Address…"));
    m_web->setToolTip(tr("Fetch a report published on a web site and add it to the project"));
}

void ReportSourceActions::paste()
{
    PasteReportDialog dialog(QApplication::clipboard()->mimeData(), m_project, m_window);
    if (!dialog.problem().isEmpty()) {
        QMessageBox::information(m_window, dialog.windowTitle(), dialog.problem());
        return;
    }
    dialog.exec();
}

void ReportSourceActions::importFromWeb()
{
    WebImportDialog dialog(m_project, m_window);
    dialog.exec();
}

} // namespace Dz
