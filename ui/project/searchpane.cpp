#include "project/searchpane.h"

#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

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
}

void SearchPane::showSearching(const QString &query)
{
    m_query = query.trimmed();
    m_searching = !m_query.isEmpty();
    Q_EMIT titleChanged(title());
}

void SearchPane::showSearch(const WorkbenchSearch &search, const QStringList &reportNames)
{
    m_results->clear();
    m_query = search.query;
    m_searching = false;
    m_comparedHits = int(search.compared.size());
    m_otherReports = int(search.others.size());
    // Hits in the compared reports, each at its place in its column ...
    for (const TextSearchHit &hit : search.compared) {
        auto *item = new QListWidgetItem(reportNames.value(hit.report) + u"  "_s + hit.snippet, m_results);
        item->setData(ReportRole, hit.report);
        item->setData(StartRole, qlonglong(hit.span.start));
        item->setData(EndRole, qlonglong(hit.span.end));
    }
    // ... then the project's other reports that hold it.
    for (const SearchHit &hit : search.others) {
        auto *item = new QListWidgetItem(tr("(not compared) %1  %2").arg(hit.fileName, hit.snippet), m_results);
        item->setData(ReportRole, -1);
        item->setData(ReportIdRole, hit.reportId);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    Q_EMIT titleChanged(title());
}

QString SearchPane::title() const
{
    if (m_query.isEmpty())
        return tr("Search");
    if (m_searching)
        return tr("Search: “%1” — searching…").arg(m_query);
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
