#pragma once

#include "base/result.h"
#include "reading/report.h"

#include <QList>
#include <QString>

namespace Dz::Bench
{

/**
 * Realistic synthetic reports for benchmarks: the five seeds, each copy made
 * for another district and year with its figures changed, so that texts,
 * hashes and search hits differ as they do across real reports.
 */
class SyntheticReports
{
public:
    explicit SyntheticReports(const QList<Report> &seeds);

    /// The built-in samples read through the pipeline (the seeds the benches start from), or the first that fails.
    static Result<QList<Report>> readSamples();

    /// The @p index-th report (deterministic); @p fileName receives a name for it.
    QString make(int index, QString *fileName) const;

private:
    QList<Report> m_seeds;
};

} // namespace Dz::Bench
