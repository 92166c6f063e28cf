#include "indicators/clauses.h"

#include "base/widthfolding.h"

namespace Dz
{

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'；':
    case u';':
    case u'!':
    case u'?':
    case u'\n':
        return true;
    default:
        return false;
    }
}

TextSpan sentenceAt(QStringView text, qsizetype pos, TextSpan scope)
{
    // Never further than a sentence can be long: text without punctuation
    // would otherwise be searched whole for every figure in it.
    const qsizetype floor = qMax(scope.start, pos - MaxSentenceReach);
    const qsizetype ceiling = qMin(scope.end, pos + MaxSentenceReach);
    qsizetype start = pos;
    while (start > floor && !isSentenceEnd(text.at(start - 1)))
        --start;
    qsizetype end = pos;
    while (end < ceiling && !isSentenceEnd(text.at(end)))
        ++end;
    if (end < ceiling && text.at(end) != u'\n')
        ++end;
    return {start, end};
}

qsizetype clauseStart(QStringView text, qsizetype pos, qsizetype floor)
{
    int closed = 0; // brackets closed between here and pos
    for (qsizetype i = pos; i > floor; --i) {
        const QChar c = text.at(i - 1);
        switch (c.unicode()) {
        case u'）':
        case u')':
            ++closed;
            break;
        case u'（':
        case u'(':
            if (closed == 0)
                return i;
            --closed;
            break;
        case u'，':
        case u',':
        case u'：':
        case u':':
            return i;
        default:
            if (isSentenceEnd(c))
                return i;
        }
    }
    return floor;
}

QString evidenceText(QStringView sentence)
{
    QString result;
    result.reserve(sentence.size());
    bool pendingSpace = false;
    for (const QChar c : sentence) {
        if (c == u'\n' || isLayoutSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        // Chinese text has no spaces between words; keep one only between Latin letters or digits.
        if (pendingSpace && result.back().unicode() < 0x3000 && c.unicode() < 0x3000)
            result.append(u' ');
        pendingSpace = false;
        result.append(c);
    }
    return result;
}

} // namespace Dz
