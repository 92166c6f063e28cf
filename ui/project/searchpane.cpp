#include "project/searchpane.h"

#include "project/reportsearch.h"

#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

enum ItemRole {
    ReportRole = Qt::UserRole, ///< the compared report's index, -1 for another report
    StartRole,
    EndRole,
    ReportIdRole, ///< the project id of a report not compared
};

} // namespace

SearchPane::SearchPane(QWidget *parent)
    : QWidget(parent)
    , m_results(new QListWidget)
{
    m_results->setObjectName(u"searchResults"_s);
    m_results->setWordWrap(true);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPane::choose);
    connect(m_results, &QListWidget::itemClicked, m_results, &QListWidget::itemActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_results);
    connect(&m_projectSearch, &QFutureWatcher<ProjectSearch>::finished, this, &SearchPane::showProjectHits);
}

void SearchPane::search(const QString &query, const QList<Report> &compared, const QList<qint64> &comparedIds, const QString &projectPath)
{
    m_results->clear();
    m_query = query.trimmed();
    m_comparedIds = comparedIds;
    m_otherReports = 0;
    // Hits in the compared reports, each at its place in its column ...
    const QList<TextSearchHit> hits = searchReports(compared, query);
    m_comparedHits = int(hits.size());
    for (const TextSearchHit &hit : hits) {
        auto *item = new QListWidgetItem(compared.at(hit.report).displayName() + u"  "_s + hit.snippet, m_results);
        item->setData(ReportRole, hit.report);
        item->setData(StartRole, qlonglong(hit.span.start));
        item->setData(EndRole, qlonglong(hit.span.end));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    // ... then the project's other reports that hold it, from the full-text
    // index, on a worker; setFuture() drops what an older search would bring.
    if (!projectPath.isEmpty() && !m_query.isEmpty())
        m_projectSearch.setFuture(QtConcurrent::run(&searchProject, projectPath, m_query, 50));
    else
        m_projectSearch.setFuture(QFuture<ProjectSearch>());
    Q_EMIT titleChanged(title());
}

bool SearchPane::isSearchingProject() const
{
    return m_projectSearch.isRunning();
}

void SearchPane::showProjectHits()
{
    if (m_projectSearch.future().resultCount() == 0)
        return;
    const ProjectSearch found = m_projectSearch.result();
    if (found.query != m_query)
        return;
    if (!found.error.isEmpty()) {
        Q_EMIT failed(found.error);
    } else {
        for (const SearchHit &hit : found.hits) {
            if (m_comparedIds.contains(hit.reportId))
                continue;
            auto *item = new QListWidgetItem(tr("(not compared) %1  %2").arg(hit.fileName, hit.snippet), m_results);
            item->setData(ReportRole, -1);
            item->setData(ReportIdRole, hit.reportId);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            ++m_otherReports;
        }
        if (m_results->currentRow() < 0 && m_results->count() > 0)
            m_results->setCurrentRow(0);
    }
    Q_EMIT titleChanged(title());
    Q_EMIT projectSearchFinished();
}

QString SearchPane::title() const
{
    if (m_query.isEmpty())
        return tr("Search");
    return tr("Search: “%1” — %n hit(s)", nullptr, m_comparedHits).arg(m_query)
        + (m_otherReports > 0 ? u"  "_s + tr("(and %n other report(s) in the project)", nullptr, m_otherReports) : QString());
}

void SearchPane::choose(QListWidgetItem *item)
{
    const int report = item->data(ReportRole).toInt();
    if (report >= 0)
        Q_EMIT hitChosen(report, {item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong()});
    else
        Q_EMIT reportChosen(item->data(ReportIdRole).toLongLong());
}

void SearchPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        Q_EMIT titleChanged(title());
    QWidget::changeEvent(event);
}

} // namespace Dz
