#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Dz
{

class ProjectController;

/**
 * The actions that bring in reports from elsewhere than a file: Edit →
 * Paste as New Report and File → Import from Web Address…. The main window
 * only puts them in its menus.
 */
class ReportSourceActions final : public QObject
{
    Q_OBJECT

public:
    ReportSourceActions(ProjectController *project, QWidget *window);

    QAction *pasteAction() const
    {
        return m_paste;
    }
    QAction *webAction() const
    {
        return m_web;
    }
    void retranslate();

private:
    void paste();
    void importFromWeb();

    ProjectController *m_project;
    QWidget *m_window;
    QAction *m_paste;
    QAction *m_web;
};

} // namespace Dz
