#include "outline/headingcandidate.h"

#include "base/chinesenumerals.h"
#include "base/widthfolding.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace Internal
{

namespace
{

struct MarkerPattern {
    QRegularExpression re;
    MarkerStyle style;
    bool chinese; ///< the number is a Chinese numeral
    bool gluedToDigit; ///< 25.12月: only where it continues the items
};

// In the order they are tried: a parenthesised marker before the bare
// numeral inside it.
const QList<MarkerPattern> &markerPatterns()
{
    static const QList<MarkerPattern> patterns {
        {QRegularExpression(u"^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*[、.]?"_s), MarkerStyle::ChineseParen, true, false},
        {QRegularExpression(u"^\\(\\s*(\\d{1,3})\\s*\\)\\s*[、.]?"_s), MarkerStyle::ArabicParen, false, false},
        {QRegularExpression(u"^([一二三四五六七八九十]{1,3})\\s*[、.,]"_s), MarkerStyle::ChineseComma, true, false},
        {QRegularExpression(u"^第([一二三四五六七八九十]{1,3})(部分|章)"_s), MarkerStyle::ChineseComma, true, false},
        {QRegularExpression(u"^(\\d{1,3})\\s*[.、](?!\\d)"_s), MarkerStyle::ArabicDot, false, false},
        {QRegularExpression(u"^(\\d{1,3})\\s*[.、](?=\\d)"_s), MarkerStyle::ArabicDot, false, true},
    };
    return patterns;
}

} // namespace

int styleLevel(MarkerStyle style)
{
    switch (style) {
    case MarkerStyle::ChineseComma:
        return 1;
    case MarkerStyle::ChineseParen:
        return 2;
    case MarkerStyle::ArabicDot:
        return 3;
    case MarkerStyle::ArabicParen:
        return 4;
    case MarkerStyle::None:
        break;
    }
    return 0;
}

void setTitle(const OutlineText &text, HeadingCandidate *c, qsizetype from)
{
    const QString &folded = text.folded();
    const OutlineLine &line = text.line(c->line);
    while (from < line.contentEnd && isLayoutSpace(folded.at(from)))
        ++from;
    c->titleStart = from;
    // Within the line: searching on to the text's end for every heading
    // without a full stop made a report of many headings quadratic.
    qsizetype stop = QStringView(folded).first(line.contentEnd).indexOf(u'。', from);
    if (line.runOn) {
        // In a run-on paragraph the space after a heading ends it.
        for (qsizetype i = from + 2; i < line.contentEnd && (stop < 0 || i < stop); ++i) {
            if (folded.at(i) == u' ' || folded.at(i) == u'\x3000') {
                stop = i;
                break;
            }
        }
    }
    if (stop >= 0 && stop < line.contentEnd) {
        c->titleEnd = stop;
        c->inlineBody = stop + 1 < line.contentEnd;
    } else {
        c->titleEnd = line.contentEnd;
        c->inlineBody = false;
    }
    while (c->titleEnd > c->titleStart && isTrailingPunctuation(folded.at(c->titleEnd - 1)))
        --c->titleEnd;
}

std::optional<HeadingCandidate> readMarkedHeading(const OutlineText &text, int line, int previousArabic)
{
    const OutlineLine &l = text.line(line);
    if (l.isEmpty())
        return std::nullopt;
    for (const MarkerPattern &p : markerPatterns()) {
        const auto m = p.re.matchView(text.content(l));
        if (!m.hasMatch())
            continue;
        const int number = p.chinese ? chineseNumeralValue(m.capturedView(1)) : m.capturedView(1).toInt();
        if (number <= 0 || (p.gluedToDigit && number != previousArabic + 1))
            continue;
        HeadingCandidate c;
        c.line = line;
        c.style = p.style;
        c.number = number;
        c.markerStart = l.contentStart;
        c.markerEnd = l.contentStart + m.capturedEnd();
        setTitle(text, &c, c.markerEnd);
        if (c.titleEnd <= c.titleStart)
            return std::nullopt; // a bare marker is no heading
        return c;
    }
    return std::nullopt;
}

QList<HeadingCandidate> findMarkedCandidates(const OutlineText &text)
{
    QList<HeadingCandidate> candidates;
    int previousArabic = -1;
    for (int i = 0; i < text.lineCount(); ++i) {
        const std::optional<HeadingCandidate> c = readMarkedHeading(text, i, previousArabic);
        if (!c)
            continue;
        if (c->style == MarkerStyle::ArabicDot)
            previousArabic = c->number;
        candidates.append(*c);
    }
    return candidates;
}

HeadingCandidate unmarkedCandidate(const OutlineText &text, int line, int level, const QString &why)
{
    HeadingCandidate c;
    c.line = line;
    c.level = level;
    c.markerStart = text.line(line).contentStart;
    c.markerEnd = c.markerStart;
    setTitle(text, &c, c.markerStart);
    c.repaired = why;
    return c;
}

void insertCandidate(QList<HeadingCandidate> *candidates, const HeadingCandidate &c)
{
    const auto at = std::lower_bound(candidates->begin(), candidates->end(), c.line, [](const HeadingCandidate &x, int l) {
        return x.line < l;
    });
    candidates->insert(at, c);
}

int firstCandidateLine(const OutlineText &text, const QList<HeadingCandidate> &candidates)
{
    return candidates.isEmpty() ? text.lineCount() : candidates.first().line;
}

} // namespace Internal

} // namespace Dz
