#pragma once

// Documents made in the tests: .docx and OFD packages written with KZip,
// PDFs with QPdfWriter in Noto Sans CJK, HTML pages with site chrome.

#include "reading/docxnumbering.h"

#include <KZip>

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStringList>
#include <QTextLayout>

namespace Dz::Test
{

using namespace Qt::StringLiterals;

using Parts = QList<std::pair<QString, QByteArray>>;

inline QByteArray zip(const Parts &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly))
        qFatal("cannot write a zip in memory");
    for (const auto &[path, data] : parts)
        archive.writeFile(path, data);
    archive.close();
    return bytes;
}

inline QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A paragraph of a test .docx: its text, and a list it belongs to (numId 0: none).
struct DocxParagraph {
    DocxParagraph(const QString &t = {}, int n = 0, int l = 0, const QString &s = {})
        : text(t)
        , numId(n)
        , ilvl(l)
        , style(s)
    {
    }
    QString text;
    int numId = 0;
    int ilvl = 0;
    QString style;
};

inline QByteArray docxParagraphXml(const DocxParagraph &p)
{
    QString pPr;
    if (!p.style.isEmpty() || p.numId > 0) {
        pPr = u"<w:pPr>"_s;
        if (!p.style.isEmpty())
            pPr += u"<w:pStyle w:val=\"%1\"/>"_s.arg(p.style);
        if (p.numId > 0)
            pPr += u"<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>"_s.arg(p.ilvl).arg(p.numId);
        pPr += u"</w:pPr>"_s;
    }
    return (u"<w:p>"_s + pPr + u"<w:r><w:t xml:space=\"preserve\">"_s + xmlEscaped(p.text) + u"</w:t></w:r></w:p>"_s).toUtf8();
}

/// A .docx package around @p body (the inside of w:body), with a header,
/// a footer and footnotes that must stay out of the text.
inline QByteArray docx(const QByteArray &body, const QByteArray &numbering = {}, const QByteArray &styles = {})
{
    const QByteArray ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>";
    if (!numbering.isEmpty())
        rels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>";
    if (!styles.isEmpty())
        rels += "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";
    rels += "</Relationships>";
    Parts parts = {
        {u"[Content_Types].xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "</Types>"},
        {u"_rels/.rels"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"word/document.xml\"/>"
            "</Relationships>"},
        {u"word/document.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + ns + "><w:body>" + body
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/></w:sectPr></w:body></w:document>"},
        {u"word/_rels/document.xml.rels"_s, rels},
        {u"word/header1.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " + ns + "><w:p><w:r><w:t>页眉：某某区人民政府文件</w:t></w:r></w:p></w:hdr>"},
        {u"word/footnotes.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + ns
                + "><w:footnote w:id=\"1\"><w:p><w:r><w:t>脚注：数据截至12月31日。</w:t></w:r></w:p></w:footnote></w:footnotes>"},
    };
    if (!numbering.isEmpty())
        parts.append({u"word/numbering.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + ns + ">" + numbering + "</w:numbering>"});
    if (!styles.isEmpty())
        parts.append({u"word/styles.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + ns + ">" + styles + "</w:styles>"});
    return zip(parts);
}

inline QByteArray docx(const QList<DocxParagraph> &paragraphs, const QByteArray &numbering = {}, const QByteArray &styles = {})
{
    QByteArray body;
    for (const DocxParagraph &p : paragraphs)
        body += docxParagraphXml(p);
    return docx(body, numbering, styles);
}

inline QByteArray numberingLevel(int ilvl, const QString &format, const QString &text, int start = 1, const QString &extra = {})
{
    return u"<w:lvl w:ilvl=\"%1\"><w:start w:val=\"%2\"/><w:numFmt w:val=\"%3\"/>%5<w:lvlText w:val=\"%4\"/><w:suff w:val=\"nothing\"/></w:lvl>"_s.arg(ilvl)
        .arg(start)
        .arg(format, xmlEscaped(text), extra)
        .toUtf8();
}

/**
 * The lines of a text as a .docx whose heading markers are Word's automatic
 * numbering: one multi-level list (一、 （一） 1. （1）) and a list per other
 * marker style; a number that does not follow from the list's counting gets
 * a w:num of its own with a w:startOverride, as Word writes when an author
 * sets a number. A marker whose rendering would differ from what is written
 * stays typed.
 */
inline QByteArray autoNumberedDocx(const QStringList &lines)
{
    struct Style {
        QRegularExpression re;
        QString format;
        QString prefix;
        QString suffix;
        int standardLevel; ///< level in the multi-level list, -1 for a list of its own
    };
    const QString cn = u"[一二三四五六七八九十]+"_s;
    const QList<Style> styles = {
        {QRegularExpression(u"^(%1)、"_s.arg(cn)), u"chineseCounting"_s, QString(), u"、"_s, 0},
        {QRegularExpression(u"^（(%1)）"_s.arg(cn)), u"chineseCounting"_s, u"（"_s, u"）"_s, 1},
        {QRegularExpression(u"^\\((%1)\\)"_s.arg(cn)), u"chineseCounting"_s, u"("_s, u")"_s, -1},
        {QRegularExpression(u"^(\\d{1,2})\\.(?!\\d)"_s), u"decimal"_s, QString(), u"."_s, 2},
        {QRegularExpression(u"^(\\d{1,2})．"_s), u"decimal"_s, QString(), u"．"_s, -1},
        {QRegularExpression(u"^(\\d{1,2})、"_s), u"decimal"_s, QString(), u"、"_s, -1},
        {QRegularExpression(u"^（(\\d{1,2})）"_s), u"decimal"_s, u"（"_s, u"）"_s, 3},
        {QRegularExpression(u"^\\((\\d{1,2})\\)"_s), u"decimal"_s, u"("_s, u")"_s, -1},
    };
    QByteArray abstracts;
    QByteArray nums;
    // The multi-level list is abstract 0; its counters, as Word counts.
    abstracts += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>" + numberingLevel(0, u"chineseCounting"_s, u"%1、"_s)
        + numberingLevel(1, u"chineseCounting"_s, u"（%2）"_s) + numberingLevel(2, u"decimal"_s, u"%3."_s) + numberingLevel(3, u"decimal"_s, u"（%4）"_s)
        + "</w:abstractNum>";
    int nextNumId = 1;
    QList<int> standardCount(4, 0);
    int standardNum = 0;
    QHash<int, int> ownAbstract; // style → abstract id
    QHash<int, int> ownNum; // style → current num
    QHash<int, int> ownCount;
    auto newNum = [&](int abstractId, int ilvl, int start) {
        const int id = nextNumId++;
        nums += u"<w:num w:numId=\"%1\"><w:abstractNumId w:val=\"%2\"/>"_s.arg(id).arg(abstractId).toUtf8();
        if (start > 0)
            nums += u"<w:lvlOverride w:ilvl=\"%1\"><w:startOverride w:val=\"%2\"/></w:lvlOverride>"_s.arg(ilvl).arg(start).toUtf8();
        nums += "</w:num>";
        return id;
    };
    QList<DocxParagraph> paragraphs;
    for (const QString &line : lines) {
        DocxParagraph p {line};
        for (int s = 0; s < styles.size(); ++s) {
            const Style &style = styles.at(s);
            const auto m = style.re.match(line);
            if (!m.hasMatch())
                continue;
            const QString written = m.captured(1);
            const int value = style.format == u"decimal"_s ? written.toInt() : 0;
            int number = value;
            if (style.format != u"decimal"_s) {
                for (int n = 1; n < 100 && number == 0; ++n) {
                    if (DocxNumbering::formatNumber(n, style.format) == written)
                        number = n;
                }
            }
            if (number <= 0 || DocxNumbering::formatNumber(number, style.format) != written)
                break;
            p.text = line.mid(m.capturedEnd());
            if (style.standardLevel >= 0) {
                const int lvl = style.standardLevel;
                const int expected = standardCount.at(lvl) + 1;
                if (standardNum == 0 || number != expected)
                    standardNum = newNum(0, lvl, number == expected && standardNum != 0 ? 0 : number);
                standardCount[lvl] = number;
                for (int deeper = lvl + 1; deeper < 4; ++deeper)
                    standardCount[deeper] = 0;
                p.numId = standardNum;
                p.ilvl = lvl;
            } else {
                if (!ownAbstract.contains(s)) {
                    const int id = int(ownAbstract.size()) + 1;
                    ownAbstract.insert(s, id);
                    abstracts += u"<w:abstractNum w:abstractNumId=\"%1\">"_s.arg(id).toUtf8()
                        + numberingLevel(0, style.format, style.prefix + u"%1"_s + style.suffix) + "</w:abstractNum>";
                }
                if (!ownNum.contains(s) || number != ownCount.value(s) + 1)
                    ownNum.insert(s, newNum(ownAbstract.value(s), 0, number));
                ownCount.insert(s, number);
                p.numId = ownNum.value(s);
            }
            break;
        }
        paragraphs.append(p);
    }
    return docx(paragraphs, abstracts + nums);
}

/// An OFD package of @p lines, wrapped at @p charsPerLine, pages of @p linesPerPage.
inline QByteArray ofd(const QStringList &lines, int charsPerLine = 28, int linesPerPage = 22)
{
    const double size = 5.5; // mm
    const double left = 25;
    QList<QByteArray> pages;
    QByteArray content;
    int row = 0;
    auto flushPage = [&]() {
        pages.append(content);
        content.clear();
        row = 0;
    };
    int id = 10;
    for (const QString &line : lines) {
        for (qsizetype at = 0; at < line.size(); at += (at == 0 ? charsPerLine - 2 : charsPerLine)) {
            const bool first = at == 0;
            const qsizetype n = first ? charsPerLine - 2 : charsPerLine;
            const QString piece = line.mid(at, n);
            const double x = left + (first ? 2 * size : 0);
            const double y = 30 + row * size * 1.6;
            QString deltas;
            if (piece.size() > 1)
                deltas = u"g %1 %2"_s.arg(piece.size() - 1).arg(size);
            content +=
                u"<ofd:TextObject ID=\"%1\" Boundary=\"%2 %3 %4 %5\" Font=\"1\" Size=\"%6\"><ofd:TextCode X=\"0\" Y=\"%7\" DeltaX=\"%8\">%9</ofd:TextCode></ofd:TextObject>"_s
                    .arg(id++)
                    .arg(x)
                    .arg(y)
                    .arg(piece.size() * size)
                    .arg(size * 1.2)
                    .arg(size)
                    .arg(size)
                    .arg(deltas, xmlEscaped(piece))
                    .toUtf8();
            if (++row >= linesPerPage)
                flushPage();
            if (piece.size() < n)
                break;
        }
    }
    if (!content.isEmpty() || pages.isEmpty())
        flushPage();
    Parts parts = {
        {u"OFD.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" DocType=\"OFD\" Version=\"1.0\">"
            "<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"},
    };
    QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>"
        "<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>";
    for (int i = 0; i < pages.size(); ++i) {
        document += u"<ofd:Page ID=\"%1\" BaseLoc=\"Pages/Page_%2/Content.xml\"/>"_s.arg(i + 1).arg(i).toUtf8();
        // Page numbers at the foot of every page, as printed documents have them.
        const QByteArray footer =
            u"<ofd:TextObject ID=\"%1\" Boundary=\"100 280 20 6\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\">- %2 -</ofd:TextCode></ofd:TextObject>"_s
                .arg(9000 + i)
                .arg(i + 1)
                .toUtf8();
        parts.append({u"Doc_0/Pages/Page_%1/Content.xml"_s.arg(i),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"2\">" + pages.at(i)
                + footer + "</ofd:Layer></ofd:Content></ofd:Page>"});
    }
    document += "</ofd:Pages></ofd:Document>";
    parts.append({u"Doc_0/Document.xml"_s, document});
    return zip(parts);
}

/**
 * A PDF of @p paragraphs set in Noto Sans CJK, A4, with a first-line indent
 * of two characters, a running header and a page number at the foot of each
 * page; lines wrap at the right margin as a word processor wraps them.
 */
inline QByteArray pdf(const QStringList &paragraphs, const QString &runningHeader = u"某某区人民政府"_s, bool indent = true)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
    QPainter painter(&writer);
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(44);
    painter.setFont(font);
    const QRect page = painter.viewport();
    const double width = page.width();
    const double lineHeight = 44 * 1.6;
    const QFontMetricsF metrics(font);
    int pageNumber = 1;
    double y = 0;
    auto furniture = [&]() {
        QFont small = font;
        small.setPixelSize(30);
        painter.setFont(small);
        painter.drawText(QRectF(0, -120, width, 40), Qt::AlignHCenter, runningHeader);
        painter.drawText(QRectF(0, page.height() + 60, width, 40), Qt::AlignHCenter, u"- %1 -"_s.arg(pageNumber));
        painter.setFont(font);
    };
    furniture();
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, font, &writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        bool first = true;
        const double indentWidth = indent ? metrics.horizontalAdvance(u"　　"_s) : 0;
        double at = 0;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(first ? width - indentWidth : width);
            line.setPosition(QPointF(first ? indentWidth : 0, at));
            at += lineHeight;
            first = false;
        }
        layout.endLayout();
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            if (y + lineHeight > page.height()) {
                writer.newPage();
                ++pageNumber;
                furniture();
                y = 0;
            }
            line.draw(&painter, QPointF(0, y - line.position().y()));
            y += lineHeight;
        }
        // Paragraphs are apart by their indent only, as in most reports.
    }
    painter.end();
    return bytes;
}

/// An HTML page with a site's chrome around @p article: navigation, a
/// breadcrumb, the 来源/发布时间 line, share links, friendly links, a footer.
inline QString htmlPage(
    const QString &title, const QStringList &titleLines, const QString &article, const QString &metaLine, const QString &charset = u"utf-8"_s)
{
    QString head = u"<!DOCTYPE html><html><head><meta charset=\"%1\"><title>%2</title><style>.nav{color:red}</style>"
                   u"<script>var menu = \"首页 新闻 政务公开 办事服务\";</script></head><body>"_s.arg(charset, xmlEscaped(title));
    QString chrome = u"<div id=\"header\"><div class=\"logo\">某某区人民政府</div><ul class=\"nav\"><li><a href=\"/\">首页</a></li>"
                     u"<li><a href=\"/zwgk\">政务公开</a></li><li><a href=\"/bsfw\">办事服务</a></li><li><a href=\"/hdjl\">互动交流</a></li></ul></div>"
                     u"<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 法治政府建设</div>"_s;
    QString titleHtml;
    if (!titleLines.isEmpty()) {
        QStringList escaped;
        for (const QString &l : titleLines)
            escaped.append(xmlEscaped(l));
        titleHtml = u"<h1 class=\"article-title\">"_s + escaped.join(u"<br>"_s) + u"</h1>"_s;
    }
    QString meta = metaLine.isEmpty() ? QString() : u"<div class=\"info\">"_s + xmlEscaped(metaLine) + u"</div>"_s;
    QString tail =
        u"<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> 【<a href=\"#\">打印本页</a>】【<a href=\"#\">关闭窗口</a>】</div>"
        u"<div class=\"friendlink\"><h3>友情链接</h3><a href=\"http://www.gov.cn\">中国政府网</a> <a href=\"#\">天津政务网</a> "
        u"<a href=\"#\">国家卫生健康委员会</a> <a href=\"#\">市司法局</a></div>"
        u"<div id=\"footer\"><p>主办单位：某某区人民政府办公室　承办单位：某某区大数据中心</p><p>网站标识码：1201160001　津ICP备05004472号-1</p></div>"_s;
    return head + chrome + u"<div class=\"main\">"_s + titleHtml + meta + u"<div class=\"article-content TRS_Editor\">"_s + article + u"</div>"_s + tail
        + u"</div></body></html>"_s;
}

} // namespace Dz::Test
