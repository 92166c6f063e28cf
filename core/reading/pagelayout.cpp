#include "reading/pagelayout.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

bool isCjkSide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || u == u'“'
        || u == u'”' || u == u'‘' || u == u'’' || u == u'…' || u == u'—' || (u >= 0x2460 && u <= 0x24FF);
}

// The supplementary radicals have no decomposition; Unicode's
// EquivalentUnifiedIdeograph property names the ideograph each stands for
// (the ones simplified Chinese text meets).
QChar equivalentIdeograph(char16_t radical)
{
    static const QHash<char16_t, char16_t> map = {{0x2E8C, 0x5C0F}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA8, 0x72AD}, {0x2EAE, 0x7AF9},
        {0x2EB3, 0x7F51}, {0x2EB7, 0x7F8A}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECA, 0x8DB3},
        {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ED1, 0x9577}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2EDA, 0x9875},
        {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C},
        {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99}, {0x2EF3, 0x9F9F}};
    return QChar(map.value(radical, radical));
}

bool isLatinLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u',' || c == u';';
}

QString squeezedSpaces(QString line)
{
    // Extraction puts spaces between CJK and digits or Latin ("2024 年", "第 3 条").
    static const QRegularExpression aroundCjk(
        u"(?<=[\\x{3000}-\\x{303F}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}“”])[ \\t\\x{00A0}]+|[ \\t\\x{00A0}]+(?=[\\x{3000}-\\x{303F}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}“”])"_s);
    line.replace(aroundCjk, QString());
    // Fonts map some glyphs to Kangxi and supplementary radicals (⼯ for 工);
    // their compatibility decomposition is the ideograph a reader sees.
    for (QChar &c : line) {
        const char16_t u = c.unicode();
        if ((u >= 0x2F00 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF)) {
            const QString d = c.decomposition();
            if (d.size() == 1)
                c = d.front();
        } else if (u >= 0x2E80 && u <= 0x2EFF) {
            c = equivalentIdeograph(u);
        }
    }
    return line.simplified();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(p * (values.size() - 1) + 0.5), values.size() - 1);
    return values.at(i);
}

// Running headers and footers are short and not prose; a line with a
// comma or full stop is text even where the next page starts alike.
QString furnitureKey(const QString &text)
{
    if (text.size() > 40 || text.contains(u'，') || text.contains(u'。'))
        return QString();
    QString key;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        key += c.isDigit() ? u'#' : c;
    }
    return key;
}

bool endsSentence(const QString &line)
{
    static const QString ends = u"。！？!?；;：:"_s;
    return !line.isEmpty() && ends.contains(line.back());
}

bool startsWithMarker(const QString &line)
{
    static const QRegularExpression marker(
        u"^(第[一二三四五六七八九十百零〇\\d]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、](?!\\d)|[①-⑳])"_s);
    return marker.match(line).hasMatch();
}

} // namespace

bool PageLayout::isPageNumber(const QString &line)
{
    static const QRegularExpression re(u"^\\s*([-－—–_·•\\s]*\\d{1,4}[-－—–_·•\\s]*|第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|"
                                       u"\\d+\\s*/\\s*\\d+|(Page|页码|页)\\s*:?\\s*\\d+(\\s*(of|/)\\s*\\d+)?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

QList<PageLayout::Line> PageLayout::lines(const QList<PlacedText> &input)
{
    QList<PlacedText> runs;
    for (const PlacedText &r : input) {
        if (!r.text.trimmed().isEmpty())
            runs.append(r);
    }
    std::stable_sort(runs.begin(), runs.end(), [](const PlacedText &a, const PlacedText &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<QList<PlacedText>> grouped;
    QList<QRectF> boxes;
    for (const PlacedText &r : std::as_const(runs)) {
        if (!grouped.isEmpty()) {
            const QRectF &box = boxes.back();
            const double tolerance = 0.5 * qMin(box.height(), r.box.height());
            if (qAbs(r.box.center().y() - box.center().y()) <= tolerance) {
                grouped.back().append(r);
                boxes.back() = box.united(r.box);
                continue;
            }
        }
        grouped.append({r});
        boxes.append(r.box);
    }
    QList<Line> out;
    for (qsizetype i = 0; i < grouped.size(); ++i) {
        QList<PlacedText> &line = grouped[i];
        std::stable_sort(line.begin(), line.end(), [](const PlacedText &a, const PlacedText &b) {
            return a.box.left() < b.box.left();
        });
        QString text;
        for (qsizetype k = 0; k < line.size(); ++k) {
            const PlacedText &r = line.at(k);
            if (k > 0 && !text.isEmpty()) {
                const PlacedText &prev = line.at(k - 1);
                const double gap = r.box.left() - prev.box.right();
                const bool cjk = isCjkSide(text.back()) || isCjkSide(r.text.front());
                if (!cjk && (prev.spaceAfter || gap > 0.25 * r.box.height()))
                    text += u' ';
            }
            text += r.text;
        }
        out.append({squeezedSpaces(text), boxes.at(i)});
    }
    return out;
}

QList<QList<PageLayout::Line>> PageLayout::withoutFurniture(QList<QList<Line>> pageLines, const QList<PlacedPage> &pages)
{
    const qsizetype pageCount = pageLines.size();
    if (pageCount < 2) {
        for (QList<Line> &ls : pageLines) {
            ls.removeIf([](const Line &l) {
                return isPageNumber(l.text);
            });
        }
        return pageLines;
    }
    // Where a line stands among the first or last two of its page, the key
    // of its text and height; empty for other lines and for prose.
    const auto edgeKey = [&](qsizetype p, qsizetype i) -> QString {
        const QList<Line> &ls = pageLines.at(p);
        if (i >= 2 && i < ls.size() - 2)
            return QString();
        const QString text = furnitureKey(ls.at(i).text);
        if (text.isEmpty())
            return QString();
        const double height = pages.at(p).size.height() > 0 ? pages.at(p).size.height() : 1000;
        return text + u'@' + QString::number(int(ls.at(i).box.center().y() / height * 40));
    };
    QHash<QString, QList<int>> seen; // key → pages
    for (qsizetype p = 0; p < pageCount; ++p) {
        for (qsizetype i = 0; i < pageLines.at(p).size(); ++i) {
            if (const QString key = edgeKey(p, i); !key.isEmpty())
                seen[key].append(int(p));
        }
    }
    const qsizetype needed = pageCount == 2 ? 2 : qMax<qsizetype>(2, (pageCount + 1) / 2);
    QList<QList<Line>> kept(pageCount);
    for (qsizetype p = 0; p < pageCount; ++p) {
        const QList<Line> &ls = pageLines.at(p);
        for (qsizetype i = 0; i < ls.size(); ++i) {
            const bool edge = i < 2 || i >= ls.size() - 2;
            QList<int> on = seen.value(edgeKey(p, i));
            on.erase(std::unique(on.begin(), on.end()), on.end());
            if (edge && (on.size() >= needed || isPageNumber(ls.at(i).text)))
                continue;
            kept[p].append(ls.at(i));
        }
    }
    return kept;
}

PageLayout::Measure PageLayout::measure(const QList<Line> &lines)
{
    QList<double> lefts, rights, heights;
    for (const Line &l : lines) {
        lefts.append(l.box.left());
        rights.append(l.box.right());
        heights.append(l.box.height());
    }
    Measure m;
    m.left = percentile(lefts, 0.1);
    m.right = percentile(rights, 0.9);
    m.em = qMax(1.0, percentile(heights, 0.5));
    const auto indentedCount = std::count_if(lines.cbegin(), lines.cend(), [&m](const Line &l) {
        return m.indented(l);
    });
    m.indentStyled = indentedCount >= 2 && indentedCount * 10 >= lines.size();
    return m;
}

bool PageLayout::continues(const Line &prev, const Line &next, bool nextStartsPage, const Measure &m)
{
    // Line breaking keeps 〔2020〕255号 or a closing bracket together, so a
    // full line may stop a few characters short; where paragraphs are
    // marked by their indent, that is the evidence that counts.
    if (prev.box.right() < m.right - (m.indentStyled ? 8 : 3) * m.em)
        return false;
    if (!nextStartsPage && next.box.top() - prev.box.bottom() > 1.2 * m.em)
        return false;
    if (m.indentStyled)
        return !m.indented(next);
    return !endsSentence(prev.text) && !startsWithMarker(next.text);
}

QString PageLayout::paragraphs(const QList<PlacedPage> &pages)
{
    QList<QList<Line>> pageLines;
    for (const PlacedPage &page : pages)
        pageLines.append(lines(page.runs));
    QList<Line> all;
    QList<bool> firstOnPage;
    for (const QList<Line> &ls : withoutFurniture(pageLines, pages)) {
        for (qsizetype i = 0; i < ls.size(); ++i) {
            all.append(ls.at(i));
            firstOnPage.append(i == 0);
        }
    }
    if (all.isEmpty())
        return QString();

    const Measure m = measure(all);
    QStringList paragraphs;
    QString current = all.first().text;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const Line &next = all.at(i);
        if (continues(all.at(i - 1), next, firstOnPage.at(i), m)) {
            // Only a line broken between two Latin words had a space there.
            const bool latin = !current.isEmpty() && isLatinLetter(current.back()) && isLatinLetter(next.text.front());
            current += (latin ? u" "_s : QString()) + next.text;
        } else {
            paragraphs.append(current);
            current = next.text;
        }
    }
    paragraphs.append(current);
    return paragraphs.join(u'\n');
}

} // namespace Dz
