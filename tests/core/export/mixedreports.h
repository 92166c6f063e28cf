#pragma once

// Comparisons larger than the five samples: the samples first, then reports
// of other bodies, levels, provinces and years from tests/data/identity.

#include "seedfiles.h"

#include <algorithm>

namespace Dz::Test
{

/// @p count reports (at most 5 + the identity set): the five samples, then
/// every fourth identity report, so bodies of every kind and level come in
/// rather than one run of similar files.
inline QList<Report> mixedReports(int count)
{
    using namespace Qt::StringLiterals;
    QList<Report> list = loadSeeds();
    const QDir identity(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/identity/reports"_s);
    const QStringList files = identity.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (int i = 0; list.size() < count && i < files.size() * 4; ++i) {
        const QString file = files.at((i * 4 + i / files.size()) % files.size());
        auto report = ReportPipeline::readFile(identity.filePath(file));
        if (report && std::none_of(list.cbegin(), list.cend(), [&](const Report &r) {
                return r.filePath == report->filePath;
            }))
            list.append(std::move(report).value());
    }
    return list.mid(0, count);
}

} // namespace Dz::Test
