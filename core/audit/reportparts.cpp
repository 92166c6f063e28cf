#include "audit/reportparts.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Dz
{

ReportParts::ReportParts(const Alignment &alignment, const Report &report, int index)
{
    // What each part holds already, to add a section once: looked up, not
    // searched, so that a report of many sections stays linear.
    using Key = std::pair<int, std::pair<qsizetype, qsizetype>>;
    QHash<QString, QSet<Key>> held;
    for (const AlignmentRow &row : alignment.rows()) {
        if (index < 0 || index >= row.cells.size())
            continue;
        QList<AlignedSection> &list = m_sections[row.part];
        QSet<Key> &known = held[row.part];
        for (const AlignedSection &s : row.cells.at(index)) {
            const Key key {s.section, {s.span.start, s.span.end}};
            if (!known.contains(key)) {
                known.insert(key);
                list.append(s);
            }
            // Theme rows come after their part's row: the most specific wins.
            if (!m_nodeOf.contains(s.section) || !row.theme.isEmpty())
                m_nodeOf.insert(s.section, row.node);
        }
    }
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const AlignedSection &a, const AlignedSection &b) {
            return a.span.start < b.span.start;
        });
    }
    QList<TextSpan> body;
    for (const Section &s : report.sections)
        body.append(s.span);
    for (const Block &b : report.blocks) {
        if (b.kind == BlockKind::Preamble)
            body.append(b.span);
    }
    m_bodyLength = visibleLength(report.text, merged(body));
}

QList<TextSpan> ReportParts::spans(const QString &part) const
{
    QList<TextSpan> all;
    for (const AlignedSection &s : m_sections.value(part))
        all.append(s.span);
    return merged(all);
}

QList<TextSpan> ReportParts::merged(QList<TextSpan> spans)
{
    spans.removeIf([](const TextSpan &s) {
        return !s.isValid() || s.length() == 0;
    });
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) {
        return a.start < b.start;
    });
    QList<TextSpan> out;
    for (const TextSpan &s : std::as_const(spans)) {
        if (!out.isEmpty() && s.start <= out.last().end)
            out.last().end = std::max(out.last().end, s.end);
        else
            out.append(s);
    }
    return out;
}

int ReportParts::visibleLength(QStringView text, const QList<TextSpan> &spans)
{
    int n = 0;
    for (const TextSpan &s : spans) {
        for (qsizetype i = std::max<qsizetype>(0, s.start); i < std::min<qsizetype>(text.size(), s.end); ++i) {
            if (!text.at(i).isSpace())
                ++n;
        }
    }
    return n;
}

} // namespace Dz
