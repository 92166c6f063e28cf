#pragma once

#include "alignment/alignment.h"
#include "reading/report.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Dz
{

/**
 * The text of each part (P1 … P5) of one report as the alignment placed it,
 * the analyst's corrections included: the sections of every row of the part
 * (the part's own row and its themes' rows), and their spans merged.
 */
class ReportParts
{
public:
    ReportParts(const Alignment &alignment, const Report &report, int index);

    bool has(const QString &part) const
    {
        return !m_sections.value(part).isEmpty();
    }
    /// The sections placed in @p part's rows, in text order, each once.
    QList<AlignedSection> sections(const QString &part) const
    {
        return m_sections.value(part);
    }
    /// Their spans, merged where they overlap (a part heading holds its themes' sections).
    QList<TextSpan> spans(const QString &part) const;
    /// The node of the row a section was placed in ("P1.T05"), most specific first.
    QString nodeOf(int section) const
    {
        return m_nodeOf.value(section);
    }
    /// Characters of @p spans in @p text, white space not counted.
    static int visibleLength(QStringView text, const QList<TextSpan> &spans);
    /// The report's body: every section and the preamble, without spaces.
    int bodyLength() const
    {
        return m_bodyLength;
    }
    static QList<TextSpan> merged(QList<TextSpan> spans);

private:
    QHash<QString, QList<AlignedSection>> m_sections;
    QHash<int, QString> m_nodeOf;
    int m_bodyLength = 0;
};

} // namespace Dz
