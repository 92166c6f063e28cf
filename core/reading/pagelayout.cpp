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
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)
        || u == u'“' || u == u'”' || u == u'‘' || u == u'’' || u == u'…' || u == u'—' || (u >= 0x2460 && u <= 0x24FF);
}

QString squeezedSpaces(QString line)
{
    // Extraction puts spaces between CJK and digits or Latin ("2024 年", "第 3 条").
    static const QRegularExpression aroundCjk(
        u"(?<=[\\x{3000}-\\x{303F}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}“”])[ \\t\\x{00A0}]+|[ \\t\\x{00A0}]+(?=[\\x{3000}-\\x{303F}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}“”])"_s);
    line.replace(aroundCjk, QString());
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

QString PageLayout::paragraphs(const QList<PlacedPage> &pages)
{
    QList<QList<Line>> pageLines;
    for (const PlacedPage &page : pages)
        pageLines.append(lines(page.runs));

    // Running headers and footers: the same text (numbers aside) at the same
    // height among the first or last two lines of most pages.
    const qsizetype pageCount = pageLines.size();
    if (pageCount >= 2) {
        QHash<QString, QList<int>> seen; // key → pages
        for (qsizetype p = 0; p < pageCount; ++p) {
            const QList<Line> &ls = pageLines.at(p);
            const double height = pages.at(p).size.height() > 0 ? pages.at(p).size.height() : 1000;
            for (qsizetype i = 0; i < ls.size(); ++i) {
                if (i >= 2 && i < ls.size() - 2)
                    continue;
                const int band = int(ls.at(i).box.center().y() / height * 40);
                seen[furnitureKey(ls.at(i).text) + u'@' + QString::number(band)].append(int(p));
            }
        }
        const qsizetype needed = pageCount == 2 ? 2 : qMax<qsizetype>(2, (pageCount + 1) / 2);
        for (qsizetype p = 0; p < pageCount; ++p) {
            QList<Line> &ls = pageLines[p];
            const double height = pages.at(p).size.height() > 0 ? pages.at(p).size.height() : 1000;
            QList<Line> kept;
            for (qsizetype i = 0; i < ls.size(); ++i) {
                const bool edge = i < 2 || i >= ls.size() - 2;
                if (edge) {
                    const int band = int(ls.at(i).box.center().y() / height * 40);
                    const QString text = furnitureKey(ls.at(i).text);
                    const QString key = text + u'@' + QString::number(band);
                    QList<int> on = text.isEmpty() ? QList<int>() : seen.value(key);
                    on.erase(std::unique(on.begin(), on.end()), on.end());
                    if (on.size() >= needed || isPageNumber(ls.at(i).text))
                        continue;
                }
                kept.append(ls.at(i));
            }
            ls = kept;
        }
    } else {
        for (QList<Line> &ls : pageLines) {
            ls.erase(std::remove_if(ls.begin(), ls.end(),
                         [](const Line &l) {
                             return isPageNumber(l.text);
                         }),
                ls.end());
        }
    }

    QList<Line> all;
    QList<bool> firstOnPage;
    for (const QList<Line> &ls : std::as_const(pageLines)) {
        for (qsizetype i = 0; i < ls.size(); ++i) {
            all.append(ls.at(i));
            firstOnPage.append(i == 0);
        }
    }
    if (all.isEmpty())
        return QString();

    QList<double> lefts, rights, heights;
    for (const Line &l : std::as_const(all)) {
        lefts.append(l.box.left());
        rights.append(l.box.right());
        heights.append(l.box.height());
    }
    const double left = percentile(lefts, 0.1);
    const double right = percentile(rights, 0.9);
    const double em = qMax(1.0, percentile(heights, 0.5));
    auto indented = [&](const Line &l) {
        return l.box.left() >= left + 0.9 * em;
    };
    int indentedCount = 0;
    for (const Line &l : std::as_const(all))
        indentedCount += indented(l) ? 1 : 0;
    const bool indentStyled = indentedCount >= 2 && indentedCount * 10 >= all.size();

    QStringList paragraphs;
    QString current = all.first().text;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const Line &prev = all.at(i - 1);
        const Line &next = all.at(i);
        bool join = prev.box.right() >= right - 1.5 * em;
        if (join && !firstOnPage.at(i) && next.box.top() - prev.box.bottom() > 1.2 * em)
            join = false;
        if (join) {
            if (indentStyled)
                join = !indented(next);
            else
                join = !endsSentence(prev.text) && !startsWithMarker(next.text);
        }
        if (join) {
            const bool cjk = current.isEmpty() || isCjkSide(current.back()) || isCjkSide(next.text.front());
            current += (cjk || current.endsWith(u'-') ? QString() : u" "_s) + next.text;
        } else {
            paragraphs.append(current);
            current = next.text;
        }
    }
    paragraphs.append(current);
    return paragraphs.join(u'\n');
}

} // namespace Dz
