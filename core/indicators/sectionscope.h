#pragma once

#include "alignment/sectionclassification.h"
#include "reading/report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Dz
{

/**
 * A stretch of a section's own text with the part it belongs to.
 *
 * Extraction asks "is this sentence in P1, and about T10?": a section's own
 * text is its title and body up to its first sub-heading; a heading that
 * names two parts contributes its opening paragraph to one and its items to
 * the other.
 */
struct SectionScope {
    TextSpan span;
    int section = -1; ///< index into Report::sections
    QString part;
    QString node; ///< the section's scheme node: "P1.T05", "P4"
    QStringList themes; ///< the section's theme and those of its ancestors, nearest first

    /// The scopes of every section of @p report, in text order.
    static QList<SectionScope> of(const Report &report, const ReportClassification &classification);
};

} // namespace Dz
