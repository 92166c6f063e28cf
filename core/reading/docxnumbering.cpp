#include "reading/docxnumbering.h"

#include "reading/readlimits.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// 一百零一, 一千零二十, 十一 (leadingTen false) or 一十一 (true).
QString counting(int n, const QString &digits, const QString &units, const QChar zero, bool leadingTen)
{
    if (n <= 0)
        return QString(zero);
    if (n >= 10000) {
        const int low = n % 10000;
        QString s = counting(n / 10000, digits, units, zero, leadingTen) + u'万';
        if (low > 0)
            s += (low < 1000 ? QString(zero) : QString()) + counting(low, digits, units, zero, true);
        return s;
    }
    const int places[4] = {n / 1000, (n / 100) % 10, (n / 10) % 10, n % 10};
    QString s;
    bool pendingZero = false;
    for (int i = 0; i < 4; ++i) {
        const int d = places[i];
        if (d == 0) {
            pendingZero = !s.isEmpty();
            continue;
        }
        if (pendingZero)
            s += zero;
        pendingZero = false;
        const bool tensPlace = i == 2;
        if (!(tensPlace && d == 1 && s.isEmpty() && !leadingTen))
            s += digits.at(d);
        if (i < 3)
            s += units.at(2 - i);
    }
    return s;
}

QString letters(int n, char16_t a)
{
    // A, B … Z, AA, BB … (Word repeats the letter).
    if (n <= 0)
        return QString();
    const int repeat = (n - 1) / 26 + 1;
    return QString(repeat, QChar(char16_t(a + (n - 1) % 26)));
}

QString roman(int n)
{
    static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const symbols[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    QString s;
    for (int i = 0; i < 13 && n > 0; ++i) {
        while (n >= values[i]) {
            s += QLatin1StringView(symbols[i]);
            n -= values[i];
        }
    }
    return s;
}

int intAttr(const QXmlStreamReader &xml, const char *name, int fallback)
{
    const auto v = xml.attributes().value(u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s, QLatin1StringView(name));
    bool ok = false;
    const int i = v.toInt(&ok);
    return ok ? i : fallback;
}

// A list number as Word allows it: 0 to ReadLimits::MaxListNumber. A start
// near INT_MAX would overflow when counted on, and a negative one has no
// digits to look up.
int listNumber(int value)
{
    return qBound(0, value, ReadLimits::MaxListNumber);
}

QString strAttr(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s, QLatin1StringView(name)).toString();
}

// Reads one <w:lvl>; the reader is on its start element.
std::pair<int, DocxNumbering::Level> readLevel(QXmlStreamReader &xml)
{
    const int ilvl = intAttr(xml, "ilvl", 0);
    DocxNumbering::Level level;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"start")
            level.start = listNumber(intAttr(xml, "val", 1));
        else if (name == u"numFmt")
            level.format = strAttr(xml, "val");
        else if (name == u"lvlText")
            level.text = strAttr(xml, "val");
        else if (name == u"lvlRestart")
            level.restart = intAttr(xml, "val", -1);
        else if (name == u"isLgl")
            level.legal = strAttr(xml, "val") != u"0"_s && strAttr(xml, "val") != u"false"_s;
        else if (name == u"suff")
            level.suffix = strAttr(xml, "val");
        xml.skipCurrentElement();
    }
    return {ilvl, level};
}

} // namespace

QString DocxNumbering::formatNumber(int value, const QString &f)
{
    // Counters stay in Word's range (listNumber()); a caller's value is held there too.
    const int n = listNumber(value);
    static const QString chineseDigits = u"〇一二三四五六七八九"_s;
    static const QString chineseUnits = u"十百千"_s;
    static const QString legalDigits = u"零壹贰叁肆伍陆柒捌玖"_s;
    static const QString legalUnits = u"拾佰仟"_s;
    static const QString traditionalLegalDigits = u"零壹貳參肆伍陸柒捌玖"_s;
    if (f == u"decimal"_s || f == u"decimalHalfWidth"_s || f.isEmpty())
        return QString::number(n);
    if (f == u"decimalZero"_s)
        return n < 10 && n >= 0 ? u"0"_s + QString::number(n) : QString::number(n);
    if (f == u"decimalFullWidth"_s || f == u"decimalFullWidth2"_s) {
        QString s = QString::number(n);
        for (QChar &c : s)
            c = QChar(char16_t(c.unicode() - u'0' + 0xFF10));
        return s;
    }
    if (f == u"decimalEnclosedCircle"_s || f == u"decimalEnclosedCircleChinese"_s) {
        if (n >= 1 && n <= 20)
            return QString(QChar(char16_t(0x2460 + n - 1)));
        if (n >= 21 && n <= 35)
            return QString(QChar(char16_t(0x3251 + n - 21)));
        if (n >= 36 && n <= 50)
            return QString(QChar(char16_t(0x32B1 + n - 36)));
        return QString::number(n);
    }
    if (f == u"decimalEnclosedParen"_s)
        return n >= 1 && n <= 20 ? QString(QChar(char16_t(0x2474 + n - 1))) : u"("_s + QString::number(n) + u")"_s;
    if (f == u"decimalEnclosedFullstop"_s)
        return n >= 1 && n <= 20 ? QString(QChar(char16_t(0x2488 + n - 1))) : QString::number(n) + u'.';
    if (f == u"ideographEnclosedCircle"_s)
        return n >= 1 && n <= 10 ? QString(QChar(char16_t(0x3220 + n - 1))) : QString::number(n);
    if (f == u"chineseCounting"_s || f == u"chineseCountingThousand"_s || f == u"taiwaneseCounting"_s || f == u"taiwaneseCountingThousand"_s
        || f == u"japaneseCounting"_s || f == u"koreanCounting"_s)
        return counting(n, chineseDigits, chineseUnits, u'零', false);
    if (f == u"ideographDigital"_s || f == u"taiwaneseDigital"_s || f == u"japaneseDigitalTenThousand"_s) {
        QString s = QString::number(n);
        for (QChar &c : s)
            c = chineseDigits.at(c.unicode() - u'0');
        return s;
    }
    if (f == u"chineseLegalSimplified"_s)
        return counting(n, legalDigits, legalUnits, u'零', true);
    if (f == u"ideographLegalTraditional"_s)
        return counting(n, traditionalLegalDigits, legalUnits, u'零', true);
    if (f == u"ideographTraditional"_s) {
        static const QString stems = u"甲乙丙丁戊己庚辛壬癸"_s;
        return n >= 1 ? QString(stems.at((n - 1) % 10)) : QString();
    }
    if (f == u"ideographZodiac"_s) {
        static const QString branches = u"子丑寅卯辰巳午未申酉戌亥"_s;
        return n >= 1 ? QString(branches.at((n - 1) % 12)) : QString();
    }
    if (f == u"upperRoman"_s)
        return roman(n);
    if (f == u"lowerRoman"_s)
        return roman(n).toLower();
    if (f == u"upperLetter"_s)
        return letters(n, u'A');
    if (f == u"lowerLetter"_s)
        return letters(n, u'a');
    if (f == u"none"_s)
        return QString();
    return QString::number(n);
}

DocxNumbering DocxNumbering::parse(const QByteArray &data)
{
    DocxNumbering numbering;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"abstractNum") {
            const int id = intAttr(xml, "abstractNumId", -1);
            QList<Level> levels(9);
            while (xml.readNextStartElement()) {
                if (xml.name() == u"lvl") {
                    auto [ilvl, level] = readLevel(xml);
                    if (ilvl >= 0 && ilvl < 9)
                        levels[ilvl] = level;
                } else {
                    xml.skipCurrentElement();
                }
            }
            numbering.m_abstract.insert(id, levels);
        } else if (name == u"num") {
            const int id = intAttr(xml, "numId", -1);
            Num num;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"abstractNumId") {
                    num.abstractId = intAttr(xml, "val", -1);
                    xml.skipCurrentElement();
                } else if (xml.name() == u"lvlOverride") {
                    const int ilvl = intAttr(xml, "ilvl", 0);
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"startOverride") {
                            num.startOverride.insert(ilvl, listNumber(intAttr(xml, "val", 1)));
                            xml.skipCurrentElement();
                        } else if (xml.name() == u"lvl") {
                            num.levelOverride.insert(ilvl, readLevel(xml).second);
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            numbering.m_nums.insert(id, num);
        }
    }
    return numbering;
}

DocxNumbering::Level DocxNumbering::levelOf(const Num &num, int ilvl) const
{
    if (num.levelOverride.contains(ilvl))
        return num.levelOverride.value(ilvl);
    const QList<Level> levels = m_abstract.value(num.abstractId);
    return ilvl < levels.size() ? levels.at(ilvl) : Level();
}

QString DocxNumbering::next(int numId, int ilvl)
{
    if (numId <= 0 || ilvl < 0 || ilvl > 8 || !m_nums.contains(numId))
        return QString();
    Num &num = m_nums[numId];
    if (!m_abstract.contains(num.abstractId) && num.levelOverride.isEmpty())
        return QString();
    Counters &c = m_counters[num.abstractId];
    const Level level = levelOf(num, ilvl);
    if (!num.applied.at(ilvl) && num.startOverride.contains(ilvl)) {
        c.value[ilvl] = num.startOverride.value(ilvl);
        c.started[ilvl] = true;
        num.applied[ilvl] = true;
    } else if (c.started.at(ilvl)) {
        // Word stops counting at its largest number; so does this, rather than overflow.
        c.value[ilvl] = listNumber(c.value.at(ilvl) + 1);
    } else {
        c.value[ilvl] = level.start;
        c.started[ilvl] = true;
    }
    num.applied[ilvl] = true;
    // Deeper levels restart after this one unless their lvlRestart says otherwise.
    for (int deeper = ilvl + 1; deeper < 9; ++deeper) {
        const int restart = levelOf(num, deeper).restart;
        const int after = restart < 0 ? deeper : restart;
        if (ilvl < after)
            c.started[deeper] = false;
    }
    if (level.format == u"bullet"_s)
        return QString();
    // %1…%9 in one pass, each rendered once; a level text that renders
    // longer than any marker (thousands of %1) gives none.
    QString text;
    const QString &pattern = level.text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        const int k = i + 1 < pattern.size() && ch == u'%' ? pattern.at(i + 1).unicode() - u'1' : -1;
        if (k >= 0 && k < 9) {
            const Level other = levelOf(num, k);
            const int value = c.started.at(k) ? c.value.at(k) : other.start;
            text += formatNumber(value, level.legal ? u"decimal"_s : other.format);
            ++i;
        } else {
            text += ch;
        }
        if (text.size() > ReadLimits::MaxMarkerLength)
            return QString();
    }
    if (text.isEmpty())
        return text;
    // A tab or space after "一、" or "（一）" is layout; after "1" or "A" it parts the number from the title.
    const QChar last = text.back();
    const bool closed = last.isPunct() || last.category() == QChar::Punctuation_Close;
    if (level.suffix != u"nothing"_s && !closed)
        text += u' ';
    return text;
}

} // namespace Dz
