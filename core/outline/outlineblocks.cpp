#include "outline/outlineblocks.h"

namespace Dz
{

namespace Internal
{

std::optional<Block> findTitleBlock(const OutlineText &text, int limit, int *bodyStartLine)
{
    int checked = 0;
    int first = -1;
    for (int i = 0; i < limit && checked < 4; ++i) {
        const OutlineLine &line = text.line(i);
        if (line.isEmpty())
            continue;
        ++checked;
        const QStringView content = text.content(line);
        if (line.contentLength() > 50 || content.contains(u'。') || content.endsWith(u':'))
            break;
        if (first < 0)
            first = i;
        if (content.contains(u"报告") || content.contains(u"总结")) {
            *bodyStartLine = i + 1;
            return Block {BlockKind::Title, {text.line(first).contentStart, line.contentEnd}};
        }
    }
    return std::nullopt;
}

QList<Block> findSignatureAndDate(const OutlineText &text, int lastHeadingLine, int *contentEndLine)
{
    QList<Block> blocks;
    int i = text.lineCount() - 1;
    while (i > lastHeadingLine && text.line(i).isEmpty())
        --i;
    if (i <= lastHeadingLine)
        return blocks;
    int signatureLine = i;
    if (text.isDateLine(text.line(i))) {
        blocks.append({BlockKind::Date, {text.line(i).contentStart, text.line(i).contentEnd}});
        *contentEndLine = i;
        signatureLine = i - 1;
        while (signatureLine > lastHeadingLine && text.line(signatureLine).isEmpty())
            --signatureLine;
    } else if (!text.looksLikeIssuerName(text.line(i))) {
        return blocks;
    }
    if (signatureLine > lastHeadingLine && text.looksLikeIssuerName(text.line(signatureLine))) {
        const OutlineLine &line = text.line(signatureLine);
        blocks.append({BlockKind::Signature, {line.contentStart, line.contentEnd}});
        *contentEndLine = signatureLine;
    }
    return blocks;
}

std::optional<Block> findPreamble(const OutlineText &text, int from, int to)
{
    qsizetype start = -1;
    qsizetype end = -1;
    for (int i = from; i < to; ++i) {
        const OutlineLine &line = text.line(i);
        if (line.isEmpty())
            continue;
        if (start < 0)
            start = line.contentStart;
        end = line.contentEnd;
    }
    if (start < 0)
        return std::nullopt;
    return Block {BlockKind::Preamble, {start, end}};
}

} // namespace Internal

} // namespace Dz
