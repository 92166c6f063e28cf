#include "export/ooxml/textmeasure.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{

bool isWide(char16_t c)
{
    // CJK scripts and symbols, full-width forms, and the general punctuation
    // (— “ ” …) and mathematical signs (≥ ≈) that CJK fonts draw full width.
    return c >= 0x2E80 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// Punctuation that may not begin a line (Chinese line-breaking rules): it
// stays with the character before it.
bool mayNotStartLine(char16_t c)
{
    static const QString closing = u"，。、；：？！）》」』】〕〉”’…—·,.;:?!)]}%"_s;
    return closing.contains(QChar(c));
}

// Thousandths of an em.
int advance(char16_t c)
{
    if (isWide(c))
        return 1000;
    if (c == u' ')
        return 300;
    if (c >= u'A' && c <= u'Z')
        return 720;
    return 620;
}

// LibreOffice (and WPS) put a quarter em between Chinese and Latin text
// ("autospace"): 滨海 · 2024 is wider there than its letters.
constexpr int Autospace = 250;

bool spaced(char16_t before, char16_t after)
{
    return before != 0 && before != u' ' && after != u' ' && isWide(before) != isWide(after);
}

qint64 toEmu(qint64 thousandths, int size, bool bold)
{
    const qint64 width = thousandths * TextMeasure::em(size) / 1000;
    return bold ? width * 106 / 100 : width;
}

// The text as pieces that are never broken: a run of Latin letters and
// digits (with the punctuation between them), one wide character, a
// space; punctuation that may not start a line joins the piece before it.
QList<QStringView> tokens(QStringView line)
{
    QList<QStringView> pieces;
    qsizetype i = 0;
    while (i < line.size()) {
        const char16_t c = line.at(i).unicode();
        qsizetype end = i + 1;
        if (c == u' ') {
            // a space of its own
        } else if (isWide(c)) {
            while (end < line.size() && mayNotStartLine(line.at(end).unicode()))
                ++end;
        } else {
            while (end < line.size() && line.at(end) != u' ' && !isWide(line.at(end).unicode()))
                ++end;
            while (end < line.size() && mayNotStartLine(line.at(end).unicode()))
                ++end;
        }
        if (!pieces.isEmpty() && mayNotStartLine(c) && c != u' ') {
            // Closing punctuation after a space or at a piece's start: it joins the piece before.
            const QStringView last = pieces.takeLast();
            pieces.append(line.mid(last.data() - line.data(), last.size() + (end - i)));
        } else {
            pieces.append(line.mid(i, end - i));
        }
        i = end;
    }
    return pieces;
}

// @p piece's width after @p before (the character ahead of it on its line, or 0).
qint64 pieceWidth(QStringView piece, int size, bool bold, char16_t before = 0)
{
    qint64 thousandths = 0;
    for (const QChar c : piece) {
        thousandths += advance(c.unicode()) + (spaced(before, c.unicode()) ? Autospace : 0);
        before = c.unicode();
    }
    return toEmu(thousandths, size, bold);
}

int wrappedLines(QStringView line, qint64 width, int size, bool bold)
{
    int lines = 1;
    qint64 used = 0;
    char16_t last = 0;
    for (const QStringView piece : tokens(line)) {
        const bool space = piece == u" ";
        qint64 w = pieceWidth(piece, size, bold, used > 0 ? last : char16_t(0));
        last = piece.back().unicode();
        if (space && used == 0)
            continue; // a space at a line's start takes no room
        if (used + w <= width) {
            used += w;
            continue;
        }
        if (space) {
            used = 0; // the line breaks at the space
            ++lines;
            continue;
        }
        // A new line; a piece wider than a line is broken wherever it must.
        ++lines;
        used = 0;
        while (w > width && width > 0) {
            w -= width;
            ++lines;
        }
        used = w;
    }
    return lines;
}

} // namespace

qint64 TextMeasure::width(QStringView text, int size, bool bold)
{
    qint64 widest = 0;
    for (const QStringView line : text.split(u'\n'))
        widest = std::max(widest, pieceWidth(line, size, bold));
    return widest;
}

qint64 TextMeasure::widestToken(QStringView text, int size, bool bold)
{
    qint64 widest = 0;
    for (const QStringView line : text.split(u'\n')) {
        for (const QStringView piece : tokens(line))
            widest = std::max(widest, pieceWidth(piece, size, bold));
    }
    return widest;
}

int TextMeasure::lines(QStringView text, qint64 width, int size, bool bold)
{
    int total = 0;
    for (const QStringView line : text.split(u'\n'))
        total += wrappedLines(line, width, size, bold);
    return std::max(total, 1);
}

QString TextMeasure::elided(const QString &text, qint64 width, int size, int maxLines, bool bold)
{
    if (lines(text, width, size, bold) <= maxLines)
        return text;
    qsizetype low = 0;
    qsizetype high = text.size();
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        if (lines(QString(text.left(mid) + u'…'), width, size, bold) <= maxLines)
            low = mid;
        else
            high = mid - 1;
    }
    return text.left(low) + u'…';
}

} // namespace Dz::Internal
