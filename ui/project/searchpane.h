#pragma once

#include "base/textspan.h"
#include "project/projectsearch.h"
#include "reading/report.h"

#include <QFutureWatcher>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Dz
{

/**
 * Search results: first the hits in the compared reports (found in their
 * text at once, each at its place), then the project's other reports that
 * hold the query, from the project's full-text index. That second search
 * runs on a worker with its own connection (searchProject()), so a large
 * project never holds up the window; its hits are added when they come,
 * and a newer search drops an older one's.
 *
 * Choosing a hit asks the window to show it (hitChosen(), reportChosen()).
 */
class SearchPane final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPane(QWidget *parent = nullptr);

    /// Searches @p compared (their project ids in @p comparedIds) and,
    /// unless @p projectPath is empty, the project's other reports.
    void search(const QString &query, const QList<Report> &compared, const QList<qint64> &comparedIds, const QString &projectPath);
    /// The query of the last search, trimmed.
    QString query() const
    {
        return m_query;
    }
    /// "Search: “普法” — 3 hits …", for the dock holding the pane.
    QString title() const;
    /// True while the project's index is being searched.
    bool isSearchingProject() const;
    QListWidget *results() const
    {
        return m_results;
    }

Q_SIGNALS:
    /// The title changed: a new search, or the project's hits came.
    void titleChanged(const QString &title);
    /// The project's hits for the last search are listed.
    void projectSearchFinished();
    /// A hit in compared report @p report was chosen.
    void hitChosen(int report, Dz::TextSpan span);
    /// A hit in a report not compared was chosen.
    void reportChosen(qint64 reportId);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProjectHits();
    void choose(QListWidgetItem *item);

    QListWidget *m_results = nullptr;
    QFutureWatcher<ProjectSearch> m_projectSearch;
    QString m_query;
    QList<qint64> m_comparedIds;
    int m_comparedHits = 0;
    int m_otherReports = 0;
};

} // namespace Dz
