#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Dz
{

class ProjectActions;

/**
 * File → Open Server Project…: asks where the team project is
 * (ServerProjectDialog, filled with the last server opened) and opens it.
 * When the server cannot be reached or refuses, the dialog stays open with
 * the reason (host and what the server said) above its fields, so the
 * analyst corrects them and tries again, or cancels.
 */
class ServerProjectAction final : public QObject
{
    Q_OBJECT

public:
    /// The action belongs to @p window; projects open through @p actions.
    ServerProjectAction(ProjectActions *actions, QWidget *window);

    QAction *action() const
    {
        return m_action;
    }
    void retranslate();

    /// The address last opened (or tried), kept between sessions.
    static QString lastAddress();

private:
    void choose();

    ProjectActions *m_actions = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
};

} // namespace Dz
