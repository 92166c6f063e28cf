#include "project/projectstore.h"

#include "project/projectschema.h"

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// The version that adds the bigram index, which its SQL cannot fill.
constexpr int BigramIndexVersion = 4;

} // namespace

QString ProjectStore::fileSuffix()
{
    return u"duizhao"_s;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Access access, Creation creation)
{
    using R = Result<std::unique_ptr<ProjectStore>>;
    auto fill = [](ProjectDatabase &database, int version) -> Result<> {
        return version == BigramIndexVersion ? SearchIndex(database).rebuild() : Result<>();
    };
    auto database = ProjectDatabase::open(path, access, creation, fill);
    if (!database)
        return R::failure(database.error());
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_database = std::move(database).value();
    store->m_reports = std::make_unique<ReportRecords>(*store->m_database);
    store->m_analyst = std::make_unique<AnalystRecords>(*store->m_database);
    store->m_search = std::make_unique<SearchIndex>(*store->m_database);
    return R(std::move(store));
}

ProjectStore::~ProjectStore() = default;

Result<qint64> ProjectStore::addReport(const NewReport &report)
{
    qint64 id = 0;
    auto done = m_database->transaction([&]() -> Result<> {
        auto added = m_reports->addReport(report);
        if (!added)
            return Failure(added.error());
        id = added.value();
        return m_search->indexText(id, report.text, report.searchTokens, SearchIndex::Indexed::Never);
    });
    if (!done)
        return Failure(done.error());
    return id;
}

Result<> ProjectStore::replaceReport(qint64 id, const NewReport &report)
{
    return m_database->transaction([&]() -> Result<> {
        if (auto r = m_reports->replaceText(id, report); !r)
            return r;
        if (auto r = m_search->indexText(id, report.text, report.searchTokens); !r)
            return r;
        auto lost = m_analyst->reanchorAnnotations(id, report.text);
        return lost ? Result<>() : Result<>::failure(lost.error());
    });
}

Result<int> ProjectStore::reanchorAnnotations(qint64 reportId)
{
    auto stored = m_reports->report(reportId);
    if (!stored)
        return Failure(stored.error());
    return m_analyst->reanchorAnnotations(reportId, stored->text);
}

} // namespace Dz
