#pragma once

// Reports built by hand from headings and bodies, so a test of the
// classifier (or of one of its steps) reads the classifier alone, whatever
// the outline parser would make of a lone heading.

#include "reading/report.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>

namespace Dz::Test
{

struct OutlineItem {
    int level = 1;
    QString heading; ///< marker and title as written
    QString body;
    int parent = -1;
};

inline Report makeReport(const QList<OutlineItem> &items, const QString &filePath = QStringLiteral("variant.txt"))
{
    using namespace Qt::StringLiterals;
    Report report;
    report.filePath = filePath;
    for (const OutlineItem &item : items) {
        Section s;
        s.level = item.level;
        s.parent = item.parent;
        const qsizetype start = report.text.size();
        // Marker: up to 、 or ） or ． when the heading starts with one.
        qsizetype markerEnd = 0;
        for (const QString &end : {u"、"_s, u"）"_s, u"."_s}) {
            const qsizetype at = item.heading.indexOf(end);
            if (at > 0 && at <= 4) {
                markerEnd = at + 1;
                break;
            }
        }
        s.marker = item.heading.left(markerEnd);
        s.title = item.heading.mid(markerEnd);
        report.text += item.heading;
        s.headingSpan = {start, report.text.size()};
        s.titleSpan = {start + markerEnd, report.text.size()};
        report.text += u'\n';
        if (!item.body.isEmpty())
            report.text += item.body + u'\n';
        s.bodySpan = {s.titleSpan.end, report.text.size()};
        s.span = {start, report.text.size()};
        report.sections.append(s);
    }
    // A section's span runs to its last descendant's end.
    for (qsizetype i = report.sections.size() - 1; i >= 0; --i) {
        const int p = report.sections.at(i).parent;
        if (p >= 0)
            report.sections[p].span.end = std::max(report.sections.at(p).span.end, report.sections.at(i).span.end);
    }
    return report;
}

} // namespace Dz::Test

Q_DECLARE_METATYPE(Dz::Test::OutlineItem)
