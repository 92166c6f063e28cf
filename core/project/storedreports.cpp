#include "project/storedreports.h"

#include "project/projectstore.h"
#include "reading/reportloader.h"

#include <QJsonArray>
#include <QtConcurrentMap>

#include <array>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

using Field = std::pair<const char16_t *, MetadataField *>;

std::array<Field, 5> fieldsOf(ReportMetadata &metadata)
{
    return {{
        {u"district", &metadata.district},
        {u"issuer", &metadata.issuer},
        {u"year", &metadata.year},
        {u"published", &metadata.published},
        {u"source", &metadata.source},
    }};
}

} // namespace

void StoredReports::applyOverrides(ReportMetadata &metadata, const QJsonObject &overrides)
{
    for (const auto &[name, field] : fieldsOf(metadata)) {
        const QString value = overrides.value(QStringView(name)).toString();
        if (value.isEmpty())
            continue;
        field->value = value;
        field->span = {};
        field->origin = u"analyst"_s;
    }
}

Report StoredReports::read(const StoredReport &stored)
{
    // The stored text is the truth; the reading is redone from it so that a
    // newer parser always applies.
    Report report = ReportLoader::fromText(stored.text, stored.summary.fileName, stored.summary.encoding);
    applyOverrides(report.metadata, stored.summary.overrides);
    return report;
}

Result<QList<Report>> StoredReports::readAll(const ProjectStore &store, QList<qint64> *ids)
{
    // Damaged texts are left out (and logged) rather than read.
    auto stored = store.reportRecords().storedReports();
    if (!stored)
        return Result<QList<Report>>::failure(stored.error());
    if (ids) {
        ids->clear();
        for (const StoredReport &s : std::as_const(stored.value()))
            ids->append(s.summary.id);
    }
    // Reports are independent: read them in parallel.
    return QtConcurrent::blockingMapped<QList<Report>>(stored.value(), [](const StoredReport &s) {
        return read(s);
    });
}

Result<Report> StoredReports::read(const ProjectStore &store, qint64 id)
{
    auto stored = store.report(id);
    if (!stored)
        return Result<Report>::failure(stored.error());
    return read(stored.value());
}

Result<QList<Report>> StoredReports::readProject(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    if (!store)
        return Result<QList<Report>>::failure(store.error());
    return readAll(*store.value());
}

Report StoredReports::listed(const ReportSummary &summary)
{
    Report report;
    report.filePath = summary.fileName;
    report.encoding = summary.encoding;
    for (const auto &[name, field] : fieldsOf(report.metadata)) {
        field->value = summary.value(QString::fromUtf16(name));
        field->origin =
            summary.overrides.contains(QStringView(name)) ? u"analyst"_s : summary.metadata.value(QStringView(name)).toObject().value(u"from").toString();
    }
    // The identity the list groups by (province → city → county, body, level).
    ReportMetadata &m = report.metadata;
    m.region.value = summary.metadata.value(u"region").toObject().value(u"value").toString();
    m.level = summary.metadata.value(u"level").toString();
    m.regionCode = summary.metadata.value(u"regionCode").toString();
    for (const QJsonValue &name : summary.metadata.value(u"regionChain").toArray())
        m.regionChain.append(name.toString());
    m.agency = summary.metadata.value(u"agency").toString();
    m.agencyLabel = summary.metadata.value(u"agencyLabel").toString();
    return report;
}

} // namespace Dz
