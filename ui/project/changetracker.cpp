#include "project/changetracker.h"

#include "base/translationloader.h"
#include "indicators/indicatorcatalog.h"
#include "project/changelistmodel.h"
#include "project/projectcontroller.h"
#include "project/projectstore.h"
#include "project/reportlistmodel.h"

namespace Dz
{

ChangeTracker::ChangeTracker(ProjectController *project, const ReportListModel *reports, ChangeListModel *model, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_reports(reports)
    , m_model(model)
{
    m_catchUp.setSingleShot(true);
    m_catchUp.setInterval(0);
    connect(&m_catchUp, &QTimer::timeout, this, [this] {
        if (auto read = catchUp(); !read)
            Q_EMIT failed(read.error());
    });
    connect(m_project, &ProjectController::projectChanged, this, [this] {
        followFeed();
        if (auto read = reload(); !read)
            Q_EMIT failed(read.error());
    });
    // Whatever the session changed, by this analyst or (through the feed) another, is in the log now.
    const AnalystSession *session = m_project->session();
    const auto later = [this] {
        m_catchUp.start();
    };
    connect(session, &AnalystSession::correctionsChanged, this, later);
    connect(session, &AnalystSession::valueChanged, this, later);
    connect(session, &AnalystSession::annotationsChanged, this, later);
    connect(session, &AnalystSession::identityChanged, this, later);
    connect(session, &AnalystSession::comparisonSetChanged, this, later);
    connect(session, &AnalystSession::deckChanged, this, later);
    connect(session, &AnalystSession::weaknessCatalogChanged, this, later);
    connect(m_reports, &QAbstractItemModel::modelReset, this, &ChangeTracker::relabel);
    connect(m_reports, &QAbstractItemModel::dataChanged, this, &ChangeTracker::relabel);
    connect(m_reports, &QAbstractItemModel::rowsInserted, this, &ChangeTracker::relabel);
    connect(m_reports, &QAbstractItemModel::rowsRemoved, this, &ChangeTracker::relabel);
    retranslate();
    followFeed();
}

void ChangeTracker::followFeed()
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = m_project->changeFeed();
    if (m_feed) {
        // The feed's rows are whole: listed as they come, before the session has read them.
        connect(m_feed, &ProjectChangeFeed::changed, this, [this](const ProjectChange &change) {
            m_model->addChanges({change});
        });
    }
}

Result<> ChangeTracker::reload()
{
    ProjectStore *store = m_project->store();
    if (!store) {
        m_model->setChanges({});
        return {};
    }
    auto changes = ChangeLog(store->database()).filtered({}, 0, ShownChanges);
    if (!changes) {
        m_model->setChanges({});
        return Failure(changes.error());
    }
    m_model->setChanges(std::move(changes).value());
    return {};
}

Result<> ChangeTracker::catchUp()
{
    ProjectStore *store = m_project->store();
    if (!store)
        return {};
    auto changes = ChangeLog(store->database()).changes(m_model->lastId());
    if (!changes)
        return Failure(changes.error());
    m_model->addChanges(changes.value());
    return {};
}

void ChangeTracker::relabel()
{
    QHash<qint64, QString> labels;
    for (int row = 0; row < m_reports->rowCount(); ++row) {
        if (const qint64 id = m_project->reportId(row); id > 0)
            labels.insert(id, m_reports->report(row).displayName());
    }
    m_model->setReportLabels(labels);
}

void ChangeTracker::retranslate()
{
    static const Result<IndicatorCatalog> catalog = IndicatorCatalog::builtIn();
    QHash<QString, QString> names;
    if (catalog) {
        const bool chinese = TranslationLoader::instance()->showsChinese();
        for (const IndicatorDefinition &indicator : catalog->indicators())
            names.insert(indicator.id, chinese || indicator.label.en.isEmpty() ? indicator.label.zh : indicator.label.en);
    }
    m_model->setIndicatorNames(names);
    m_model->retranslate();
}

} // namespace Dz
