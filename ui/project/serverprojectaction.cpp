#include "project/serverprojectaction.h"

#include "project/projectactions.h"
#include "project/serverprojectdialog.h"

#include <QAction>
#include <QApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

const QString LastAddressKey = u"project/lastServerAddress"_s;

} // namespace

ServerProjectAction::ServerProjectAction(ProjectActions *actions, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_window(window)
    , m_action(new QAction(QIcon::fromTheme(u"network-server-database"_s), QString(), window))
{
    m_action->setObjectName(u"openServerProjectAction"_s);
    connect(m_action, &QAction::triggered, this, &ServerProjectAction::choose);
    retranslate();
}

QString ServerProjectAction::lastAddress()
{
    return QSettings().value(LastAddressKey).toString();
}

void ServerProjectAction::choose()
{
    ServerProjectDialog dialog(m_window);
    dialog.setAddress(lastAddress());
    while (dialog.exec() == QDialog::Accepted) {
        const QString address = dialog.address();
        QSettings().setValue(LastAddressKey, address);
        // Reaching a server can take up to its connect timeout (10 s).
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto creation = dialog.createsProject() ? ProjectStore::Creation::CreateIfMissing : ProjectStore::Creation::OpenExisting;
        const Result<> opened = m_actions->openProject(address, ProjectStore::Access::ReadWrite, creation);
        QApplication::restoreOverrideCursor();
        if (opened)
            return;
        dialog.setProblem(opened.error());
    }
}

void ServerProjectAction::retranslate()
{
    m_action->setText(tr("Open &Server Project…"));
    m_action->setStatusTip(tr("Open a team project kept in a PostgreSQL database"));
}

} // namespace Dz
