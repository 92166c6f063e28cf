#pragma once

// Small documents that describe something huge or deep: the inputs of the
// hostile-input tests and the fuzz seeds of each class (issue 24). Made in
// code from sizes and patterns, so the tests vary them; readerfixtures.h
// gives the packages and pages they are put in.

#include "readerfixtures.h"

#include <KArchiveDirectory>
#include <KArchiveFile>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dz::Test
{

using namespace Qt::StringLiterals;

/// The ways a .docx nests elements: each reader function of the body calls itself for one of them.
enum class DocxNesting { Hyperlinks, Tables, TextBoxes, ContentControls };

/// A .docx whose one paragraph of @p text sits @p depth elements deep.
inline QByteArray deeplyNestedDocx(int depth, DocxNesting how, const QString &text = u"深处的文字。"_s)
{
    const QByteArray run = "<w:r><w:t>" + xmlEscaped(text).toUtf8() + "</w:t></w:r>";
    QByteArray open;
    QByteArray close;
    QByteArray body;
    switch (how) {
    case DocxNesting::Hyperlinks:
        open = "<w:hyperlink>";
        close = "</w:hyperlink>";
        body = "<w:p>" + open.repeated(depth) + run + close.repeated(depth) + "</w:p>";
        break;
    case DocxNesting::Tables:
        open = "<w:tbl><w:tr><w:tc>";
        close = "</w:tc></w:tr></w:tbl>";
        body = open.repeated(depth) + "<w:p>" + run + "</w:p>" + close.repeated(depth);
        break;
    case DocxNesting::TextBoxes:
        // A drawing's shapes inside shapes: the text box reader walks into each.
        open = "<v:group>";
        close = "</v:group>";
        body = "<w:p><w:r><w:pict xmlns:v=\"urn:schemas-microsoft-com:vml\">" + open.repeated(depth) + "<w:txbxContent><w:p>" + run + "</w:p></w:txbxContent>"
            + close.repeated(depth) + "</w:pict></w:r></w:p>";
        break;
    case DocxNesting::ContentControls:
        open = "<w:sdt><w:sdtContent>";
        close = "</w:sdtContent></w:sdt>";
        body = open.repeated(depth) + "<w:p>" + run + "</w:p>" + close.repeated(depth);
        break;
    }
    return docx(body);
}

/// Word numbering of one list level: @p format from @p start, its level text @p text.
inline QByteArray numberingOf(const QString &format, qint64 start, const QString &text)
{
    return u"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"%1\"/><w:numFmt w:val=\"%2\"/><w:lvlText w:val=\"%3\"/>"
           u"<w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"_s.arg(start)
               .arg(format, xmlEscaped(text))
               .toUtf8();
}

/// A .docx of @p paragraphs list paragraphs numbered by @p numbering.
inline QByteArray numberedDocx(const QByteArray &numbering, int paragraphs)
{
    QList<DocxParagraph> list;
    for (int i = 0; i < paragraphs; ++i)
        list.append(DocxParagraph(u"第%1项工作。"_s.arg(i + 1), 1, 0));
    return docx(list, numbering);
}

/// An OFD page whose @p runs TextCodes each repeat one glyph advance @p repeat times.
inline QByteArray ofdRepeatedAdvances(int runs, int repeat)
{
    QByteArray content;
    for (int i = 0; i < runs; ++i) {
        content +=
            u"<ofd:TextObject ID=\"%1\" Boundary=\"20 %2 170 8\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g %3 5\">法治政府建设第%1行</ofd:TextCode>"
            u"</ofd:TextObject>"_s.arg(i + 10)
                .arg(20 + (i % 40) * 6)
                .arg(repeat)
                .toUtf8();
    }
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>"
                                "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>"
                                "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";
    return zip({{u"OFD.xml"_s,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                    "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"},
        {u"Doc_0/Document.xml"_s, document},
        {u"Doc_0/Pages/Page_0/Content.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"2\">" + content
                + "</ofd:Layer></ofd:Content></ofd:Page>"}});
}

/// An OFD whose document lists its one page @p times times.
inline QByteArray ofdOnePageListed(int times, const QStringList &lines = {u"某某区法治政府建设情况报告"_s, u"一、主要举措和成效"_s})
{
    QByteArray bytes = ofd(lines);
    // Rewritten from the well-formed package: the page list names page 0 again and again.
    Parts parts;
    const QByteArray page = "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>";
    QByteArray content;
    {
        QBuffer buffer(&bytes);
        KZip archive(&buffer);
        archive.open(QIODevice::ReadOnly);
        const auto *entry = static_cast<const KArchiveFile *>(archive.directory()->entry(u"Doc_0/Pages/Page_0/Content.xml"_s));
        content = entry ? entry->data() : QByteArray();
    }
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>"
                                "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>"
        + page.repeated(times) + "</ofd:Pages></ofd:Document>";
    return zip({{u"OFD.xml"_s,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                    "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"},
        {u"Doc_0/Document.xml"_s, document}, {u"Doc_0/Pages/Page_0/Content.xml"_s, content}});
}

/// A PDF of @p pages pages, each drawing @p content (a content stream: empty
/// for blank pages, text operators, or bytes that are no operators at all).
inline QByteArray minimalPdf(int pages, const QByteArray &content)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(5 + i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pages; ++i)
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/// Paragraphs of Chinese prose, each about @p length characters, numbered so no two are alike.
inline QStringList proseParagraphs(int count, int length = 48)
{
    static const QString words = u"坚持依法行政推进严格规范公正文明执法深化行政执法体制改革加强执法监督完善行政复议应诉工作"_s;
    QStringList out;
    for (int i = 0; i < count; ++i) {
        QString p = u"第%1段，"_s.arg(i + 1);
        for (int k = 0; p.size() < length; ++k)
            p += words.at((i * 7 + k * 3) % words.size());
        out.append(p + u'。');
    }
    return out;
}

/// A page whose paragraphs are `<TAG>` elements never closed, as some sites
/// write them; inline ones (font, span) end their lines with `<br>`, as a
/// browser needs them to.
inline QString unclosedBlocksPage(const QStringList &paragraphs, const QString &tag = u"div"_s)
{
    const bool inline_ = tag == u"font"_s || tag == u"span"_s;
    QString body;
    for (const QString &p : paragraphs)
        body += u'<' + tag + u'>' + xmlEscaped(p) + (inline_ ? u"<br>\n"_s : u"\n"_s);
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>报告</title></head><body>"
           u"<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a></div>"
           u"<div class=\"content\">"_s
        + body + u"</body></html>"_s;
}

/// A page whose article sits @p depth elements deep, every one of them closed.
inline QString deepPage(int depth, const QStringList &paragraphs)
{
    QString article;
    for (const QString &p : paragraphs)
        article += u"<p>"_s + xmlEscaped(p) + u"</p>"_s;
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"_s + u"<div>"_s.repeated(depth) + article + u"</div>"_s.repeated(depth)
        + u"</body></html>"_s;
}

/// A report of @p sections short sections (headings at three levels, a line of body each).
inline QString manySectionsText(int sections)
{
    static const QString numerals = u"一二三四五六七八九十"_s;
    QStringList lines = {u"青石区司法局2024年法治政府建设情况报告"_s, u"现将有关情况报告如下。"_s};
    for (int i = 0; i < sections; ++i) {
        if (i % 50 == 0)
            lines.append(QString(numerals.at((i / 50) % 10)) + u"、工作"_s);
        else if (i % 10 == 0)
            lines.append(u"（"_s + numerals.at((i / 10) % 10) + u"）事项"_s);
        else
            lines.append(QString::number(i % 10) + u".开展应急演练"_s + QString::number(i % 7 + 1) + u"次。"_s);
    }
    return lines.join(u'\n');
}

} // namespace Dz::Test
