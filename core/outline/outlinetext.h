#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Dz
{

namespace Internal
{

/// One line of a report as the outline parser reads it.
struct OutlineLine {
    qsizetype start = 0; ///< line start in the text
    qsizetype end = 0; ///< before the '\n'
    qsizetype contentStart = 0; ///< first non-space character
    qsizetype contentEnd = 0; ///< after the last non-space character
    bool runOn = false; ///< a piece of a run-on paragraph cut at its markers

    bool isEmpty() const
    {
        return contentStart >= contentEnd;
    }
    qsizetype contentLength() const
    {
        return contentEnd - contentStart;
    }
};

/**
 * A report's text as lines, and what a line looks like: a heading without a
 * marker, a date, an issuer's name.
 *
 * The text as written is kept for what the outline shows (markers,
 * titles); the folded one (Report::matchText) is what is matched.
 */
class OutlineText
{
public:
    /// Longest title an unmarked line may have to be taken as a heading.
    static constexpr qsizetype MaxUnmarkedHeadingLength = 40;

    /// @p folded is @p text folded and with furniture blanked; both must
    /// outlive this.
    OutlineText(const QString &text, const QString &folded);

    const QString &text() const
    {
        return m_text;
    }
    const QString &folded() const
    {
        return m_folded;
    }
    const QList<OutlineLine> &lines() const
    {
        return m_lines;
    }
    int lineCount() const
    {
        return int(m_lines.size());
    }
    const OutlineLine &line(int index) const
    {
        return m_lines.at(index);
    }

    QStringView folded(qsizetype from, qsizetype to) const
    {
        return QStringView(m_folded).mid(from, to - from);
    }
    QStringView content(const OutlineLine &line) const
    {
        return folded(line.contentStart, line.contentEnd);
    }
    /// @p to moved back over white space in the text, not before @p from.
    qsizetype trimBack(qsizetype from, qsizetype to) const;

    /// Short, with no full stop and no trailing comma or colon, and no date.
    bool isHeadingLike(const OutlineLine &line) const;
    /// The whole line is a date, to the month at least (二○二五年一月).
    bool isDateLine(const OutlineLine &line) const;
    /// A short heading-like line ending in the name of a body (…局, …委员会).
    bool looksLikeIssuerName(const OutlineLine &line) const;
    /// The line's first sentence is short and has no comma: a title.
    bool firstSentenceIsTitle(const OutlineLine &line) const;

private:
    const QString &m_text;
    const QString &m_folded;
    QList<OutlineLine> m_lines;
};

/// The lines of @p folded, white space at their ends aside.
QList<OutlineLine> splitLines(QStringView folded);

/// Where a run-on paragraph is cut: a report copied from a web page as one
/// paragraph (…报告如下。 一、主要举措和成效 （一）深化改革。…（二）…) is,
/// where at least two top-level markers follow a sentence end or a space,
/// cut before every marker that does so. Empty for any other line.
QList<qsizetype> runOnCuts(QStringView folded, const OutlineLine &line);

/// True for the trailing punctuation a title drops (，：；、) and layout spaces.
bool isTrailingPunctuation(QChar c);

} // namespace Internal

} // namespace Dz
