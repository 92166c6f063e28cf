#include "outline/outlinetext.h"

#include "base/datereader.h"
#include "base/widthfolding.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace Internal
{

namespace
{

bool isBlank(QChar c)
{
    return isLayoutSpace(c) || c.isSpace();
}

// The line from @p start to @p end with white space at both ends trimmed.
OutlineLine trimmedLine(QStringView folded, qsizetype start, qsizetype end)
{
    OutlineLine line {start, end, start, end};
    while (line.contentStart < end && isBlank(folded.at(line.contentStart)))
        ++line.contentStart;
    while (line.contentEnd > line.contentStart && isBlank(folded.at(line.contentEnd - 1)))
        --line.contentEnd;
    return line;
}

} // namespace

bool isTrailingPunctuation(QChar c)
{
    return QStringView(u"，,：:；;、").contains(c) || isLayoutSpace(c);
}

QList<qsizetype> runOnCuts(QStringView folded, const OutlineLine &line)
{
    static const QRegularExpression marker(
        u"(?<=[。；;：:!！?？ \\x{3000}])\\s*(?=(?:[一二三四五六七八九十]{1,3}、|\\(\\s*[一二三四五六七八九十]{1,3}\\s*\\)|\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}[.、](?!\\d)))"_s);
    static const QRegularExpression topMarker(u"^[一二三四五六七八九十]{1,3}、"_s);
    if (line.contentLength() <= 200)
        return {};
    QList<qsizetype> cuts;
    int tops = 0;
    auto it = marker.globalMatchView(folded.mid(line.contentStart, line.contentLength()));
    while (it.hasNext()) {
        const qsizetype at = line.contentStart + it.next().capturedEnd();
        // After "。 " the marker matches twice: once with the space, once after it.
        if (!cuts.isEmpty() && cuts.last() == at)
            continue;
        cuts.append(at);
        if (topMarker.matchView(folded.mid(at, qMin(at + 5, line.contentEnd) - at)).hasMatch())
            ++tops;
    }
    return tops >= 2 ? cuts : QList<qsizetype>();
}

QList<OutlineLine> splitLines(QStringView folded)
{
    QList<OutlineLine> lines;
    qsizetype start = 0;
    while (start <= folded.size()) {
        qsizetype end = folded.indexOf(u'\n', start);
        if (end < 0)
            end = folded.size();
        const OutlineLine line = trimmedLine(folded, start, end);
        QList<qsizetype> cuts = runOnCuts(folded, line);
        if (cuts.isEmpty()) {
            lines.append(line);
        } else {
            // Each piece its own line; the space after a heading ends its title (setTitle()).
            qsizetype from = line.contentStart;
            cuts.append(line.contentEnd);
            for (const qsizetype cut : std::as_const(cuts)) {
                OutlineLine piece {from, cut, from, cut, true};
                while (piece.contentEnd > piece.contentStart && isBlank(folded.at(piece.contentEnd - 1)))
                    --piece.contentEnd;
                if (!piece.isEmpty())
                    lines.append(piece);
                from = cut;
            }
        }
        start = end + 1;
    }
    return lines;
}

OutlineText::OutlineText(const QString &text, const QString &folded)
    : m_text(text)
    , m_folded(folded)
    , m_lines(splitLines(folded))
{
}

qsizetype OutlineText::trimBack(qsizetype from, qsizetype to) const
{
    while (to > from && m_text.at(to - 1).isSpace())
        --to;
    return to;
}

bool OutlineText::isHeadingLike(const OutlineLine &line) const
{
    if (line.isEmpty() || line.contentLength() > MaxUnmarkedHeadingLength)
        return false;
    const QStringView text = content(line);
    if (text.contains(u'。') || isTrailingPunctuation(text.back()))
        return false;
    return !isDateLine(line);
}

bool OutlineText::isDateLine(const OutlineLine &line) const
{
    return !line.isEmpty() && DateReader::readWhole(content(line), DateReader::Precision::Month).has_value();
}

bool OutlineText::looksLikeIssuerName(const OutlineLine &line) const
{
    // 办事处 (街道办事处) and 队 (支队, 大队) sign as bodies do.
    static const QRegularExpression issuer(u"(委员会|委|局|厅|部|办公室|办|办事处|政府|中心|院|署|站|所|队)$"_s);
    return isHeadingLike(line) && line.contentLength() <= 30 && issuer.matchView(content(line)).hasMatch();
}

bool OutlineText::firstSentenceIsTitle(const OutlineLine &line) const
{
    // Folded text has ',' for '，'.
    const qsizetype stop = QStringView(m_folded).first(line.contentEnd).indexOf(u'。', line.contentStart);
    return stop > line.contentStart && stop < line.contentEnd && stop - line.contentStart <= MaxUnmarkedHeadingLength
        && !folded(line.contentStart, stop).contains(u',');
}

} // namespace Internal

} // namespace Dz
