#include "quantities/numberfilter.h"

#include "quantities/numeralcharacters.h"

namespace Dz
{

namespace Internal
{

namespace
{

// Past the token of digits, letters and separators at @p end.
qsizetype tokenEnd(QStringView text, qsizetype end)
{
    while (end < text.size()) {
        const QChar c = text.at(end);
        if (!isAsciiDigit(c) && !isAsciiLetter(c) && c != u'-' && c != u':' && c != u'.' && c != u'/')
            break;
        ++end;
    }
    return end;
}

} // namespace

qsizetype NumberFilter::rejectedAt(const NumberReading &n, qsizetype floor) const
{
    const qsizetype pos = n.start;
    const bool chinese = !n.hasArabic;
    // A financial digit alone is a word: 队伍, 陆续, 拾金不昧. Amounts in
    // financial characters always have a unit (壹拾, 伍佰).
    if (chinese && n.end - n.start == 1 && isFinancialNumeral(m_text.at(pos)))
        return n.end;
    // Word-internal numerals: 统一, 唯一, 进一步, 万一, 星期一.
    if (chinese && pos > 0 && m_rules.wordPrefixes.contains(m_text.at(pos - 1)))
        return n.end;
    if (charAt(m_text, pos - 1) == u'第')
        return ordinalEnd(n, floor);
    if (chinese) {
        const auto phrases = m_rules.phrases.constFind(m_text.at(pos));
        if (phrases != m_rules.phrases.cend()) {
            for (const QString &phrase : *phrases) {
                if (startsWithAt(m_text, pos, phrase))
                    return pos + phrase.size();
            }
        }
    }
    if (n.hasArabic && (isDateOrTime(n) || isCode(n) || isListMarker(n)))
        return tokenEnd(m_text, n.end);
    return -1;
}

qsizetype NumberFilter::ordinalEnd(const NumberReading &n, qsizetype floor) const
{
    qsizetype end = n.end;
    NumberReading next;
    while ((isRangeConnector(charAt(m_text, end)) || charAt(m_text, end) == u'、') && end + 1 < m_text.size() && m_reader.startsNumber(end + 1, floor)
        && m_reader.readNumberAt(end + 1, &next))
        end = next.end;
    const MeasureWord *m = m_rules.measureWordAt(m_text, end);
    return end + (m ? m->word.size() : 0);
}

bool NumberFilter::isDateOrTime(const NumberReading &n) const
{
    const QStringView t = m_text;
    const qsizetype i = n.start;
    qsizetype digits = 0;
    while (isAsciiDigit(charAt(t, i + digits)))
        ++digits;
    const QChar sep = charAt(t, i + digits);
    if (digits == 4 && (sep == u'-' || sep == u'.' || sep == u'/') && isAsciiDigit(charAt(t, i + 5))) {
        qsizetype month = 0;
        while (isAsciiDigit(charAt(t, i + 5 + month)))
            ++month;
        if (month <= 2)
            return true;
    }
    if (digits >= 1 && digits <= 2 && sep == u':' && isAsciiDigit(charAt(t, i + digits + 1)))
        return true;
    // 3·15, 12·4, 5・12: days named by their date.
    if (digits >= 1 && digits <= 2 && (sep == u'·' || sep == u'・' || sep == u'•') && isAsciiDigit(charAt(t, i + digits + 1)))
        return true;
    const qsizetype dayDigits = n.end - (i + digits + 1);
    if (digits >= 1 && digits <= 2 && sep == u'.' && dayDigits >= 1 && dayDigits <= 2 && !n.hasChinese) {
        const int month = t.mid(i, digits).toInt();
        const int day = t.mid(i + digits + 1, dayDigits).toInt();
        const QChar after = charAt(t, n.end);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && isHan(after) && !m_rules.measureWordAt(t, n.end))
            return true;
    }
    return false;
}

bool NumberFilter::isListMarker(const NumberReading &n) const
{
    if (!n.plainInteger || n.end - n.start > 3)
        return false;
    const QChar before = charAt(m_text, n.start - 1);
    const QChar after = charAt(m_text, n.end);
    if (after == u'、')
        return true;
    if ((before == u'(' && after == u')') || (before == u'(' && after == u'）') || (before == u'（' && after == u')'))
        return true;
    // 1. and 1) only at the start of a line or clause: "共计5." ends a sentence.
    const bool clauseStart = before.isNull() || !before.isLetterOrNumber();
    if (after == u'.' && !isAsciiDigit(charAt(m_text, n.end + 1)))
        return clauseStart;
    if (after == u')' || after == u'）')
        return clauseStart;
    return false;
}

bool NumberFilter::isCode(const NumberReading &n) const
{
    qsizetype b = n.start - 1;
    if (charAt(m_text, b) == u' ' || charAt(m_text, b) == u'/' || charAt(m_text, b) == u'-')
        --b;
    if (isAsciiLetter(charAt(m_text, b)) || isAsciiLetter(charAt(m_text, n.end)))
        return true;
    if (charAt(m_text, n.start - 1) == u'+' || charAt(m_text, n.end) == u'+')
        return true;
    return n.hasArabic && !n.hasChinese && m_text.at(n.start) == u'0' && isAsciiDigit(charAt(m_text, n.start + 1));
}

bool NumberFilter::isYear(const NumberReading &n) const
{
    const int v = n.plainInteger && n.end - n.start == 4 ? m_text.mid(n.start, 4).toInt() : 0;
    return v >= 1900 && v <= 2100;
}

bool NumberFilter::isBareName(const NumberReading &n, qsizetype end, bool prefixed) const
{
    if (isHan(charAt(m_text, end)))
        return true;
    if (prefixed || !n.plainInteger)
        return false;
    const QStringView digits = m_text.mid(n.start, n.end - n.start);
    const int year = digits.size() == 4 ? digits.toInt() : 0;
    return m_rules.codes.contains(digits.toString()) || digits.size() >= 7 || (year >= 1900 && year <= 2100);
}

bool NumberFilter::isWordNumeral(const NumberReading &n, const QuantityReader::Unit &unit, bool qualified) const
{
    const MeasureWord *m = unit.word;
    if (!m)
        return n.loneDigit || (!n.hasLargeUnit && !n.vague && !qualified);
    if (!n.loneDigit || m->kind == QuantityKind::Percentage || m->kind == QuantityKind::PercentagePoints)
        return false;
    // 一个新的台阶, 一种模式: the article, not a count of one.
    if (n.digitChar == u'一' && m_rules.articleUnits.contains(m->word))
        return true;
    // 二次供水, 二级: a lone 二 before a count is ordinal; counting says 两.
    if (n.digitChar == u'二' && m->kind == QuantityKind::Count && !qualified)
        return true;
    // 一人一档, 一户一策: a pattern, not a count.
    return n.digitChar == u'一' && charAt(m_text, unit.end()) == u'一';
}

} // namespace Internal

} // namespace Dz
