#pragma once

#include "base/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Dz
{

class ChangeListModel;
class ProjectChangeFeed;
class ProjectController;
class ReportListModel;

/**
 * Keeps the Changes view's model (ChangeListModel) up to date with the
 * project's change log: the newest changes when a project is opened, then
 * what is new whenever the analyst's session says something changed (one's
 * own edit, in a file or on a server) and whenever the change feed reports
 * another analyst's change (a server project). It also hands the model the
 * words it shows: the reports' labels, from the report list, and the
 * indicators' names, in the language shown.
 */
class ChangeTracker final : public QObject
{
    Q_OBJECT

public:
    /// At most this many changes are listed when a project is opened.
    static constexpr int ShownChanges = 2000;

    ChangeTracker(ProjectController *project, const ReportListModel *reports, ChangeListModel *model, QObject *parent = nullptr);

    /// Reads the newest changes of the project again.
    Result<> reload();
    /// Reads the changes after the newest listed.
    Result<> catchUp();
    /// After a change of language: the indicators' names in it.
    void retranslate();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void followFeed();
    void relabel();

    ProjectController *m_project;
    const ReportListModel *m_reports;
    ChangeListModel *m_model;
    QPointer<ProjectChangeFeed> m_feed;
    QTimer m_catchUp; ///< one read for the signals of one change
};

} // namespace Dz
