#pragma once

#include "base/textspan.h"
#include "project/projectsearch.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Dz
{

/**
 * The results of a search (WorkbenchSearch, made in the background by the
 * AnalysisController): first the hits in the compared reports, each at its
 * place, then the project's other reports that hold the query, greyed.
 *
 * A view only: choosing a hit asks the window to show it (hitChosen(),
 * reportChosen()).
 */
class SearchPane final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPane(QWidget *parent = nullptr);

    /// A search of @p query has started: its results replace the list when they come.
    void showSearching(const QString &query);
    /// Lists @p search; @p reportNames name the compared reports its hits index.
    void showSearch(const Dz::WorkbenchSearch &search, const QStringList &reportNames);
    /// The query of the last search, trimmed.
    QString query() const
    {
        return m_query;
    }
    /// "Search: “普法” — 3 hits …", for the dock holding the pane.
    QString title() const;
    QListWidget *results() const
    {
        return m_results;
    }

Q_SIGNALS:
    /// The title changed: a search started or its results came.
    void titleChanged(const QString &title);
    /// A hit in compared report @p report was chosen.
    void hitChosen(int report, Dz::TextSpan span);
    /// A hit in a report not compared was chosen.
    void reportChosen(qint64 reportId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(QListWidgetItem *item);

    QListWidget *m_results = nullptr;
    QString m_query;
    bool m_searching = false;
    int m_comparedHits = 0;
    int m_otherReports = 0;
};

} // namespace Dz
