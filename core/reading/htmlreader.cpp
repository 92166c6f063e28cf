#include "reading/htmlreader.h"

#include "base/widthfolding.h"
#include "reading/furnituredetector.h"
#include "reading/htmlpage.h"
#include "reading/htmltagbalancer.h"
#include "reading/readlimits.h"
#include "reading/reportreader.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// The HTML5 prescan, in short: a charset in the first bytes' <meta>.
QString charsetIn(QByteArrayView head)
{
    const QByteArray lower = head.toByteArray().toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf("<meta", at)) >= 0) {
        const qsizetype end = lower.indexOf('>', at);
        const QByteArray tag = lower.mid(at, end < 0 ? -1 : end - at);
        const qsizetype cs = tag.indexOf("charset");
        if (cs >= 0) {
            qsizetype p = cs + 7;
            while (p < tag.size() && (tag.at(p) == ' ' || tag.at(p) == '='))
                ++p;
            while (p < tag.size() && (tag.at(p) == '"' || tag.at(p) == '\''))
                ++p;
            qsizetype q = p;
            while (q < tag.size() && (QChar::isLetterOrNumber(uchar(tag.at(q))) || tag.at(q) == '-' || tag.at(q) == '_'))
                ++q;
            if (q > p)
                return QString::fromLatin1(tag.mid(p, q - p));
        }
        at += 5;
    }
    return {};
}

std::optional<QString> decodeAs(const QString &charset, QByteArrayView bytes)
{
    QString name = charset;
    if (name == u"gb2312"_s || name == u"gbk"_s || name == u"x-gbk"_s || name == u"gb_2312-80"_s || name == u"cp936"_s)
        name = u"GB18030"_s;
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    return ReportReader::decodeStrictly(decoder, bytes);
}

} // namespace

QString HtmlReader::format() const
{
    return u"html"_s;
}

QString HtmlReader::declaredCharset(const QByteArray &bytes)
{
    return charsetIn(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 4096)));
}

int HtmlReader::confidence(const QByteArray &bytes, const QString &suffix) const
{
    QByteArray head = bytes.left(2048).toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    const QByteArray start = head.trimmed();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || (start.startsWith("<?xml") && head.contains("<html")))
        return 90;
    if (head.contains("<html") || head.contains("<body") || head.contains("<head>") || head.contains("<meta "))
        return 70;
    const bool htmlSuffix = suffix == u"html"_s || suffix == u"htm"_s || suffix == u"shtml"_s || suffix == u"xhtml"_s;
    if (htmlSuffix && start.startsWith('<'))
        return 60;
    return 0;
}

Result<SourceDocument> HtmlReader::read(const QByteArray &bytes, const QString &fileName) const
{
    return readWithCharset(bytes, fileName, QString());
}

Result<SourceDocument> HtmlReader::readWithCharset(const QByteArray &bytes, const QString &fileName, const QString &headerCharset)
{
    SourceDocument doc;
    doc.format = u"html"_s;
    doc.mimeType = u"text/html"_s;
    doc.original = bytes;
    std::optional<QString> text;
    if (bytes.startsWith("\xef\xbb\xbf") || bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        auto decoded = ReportReader::decode(bytes, fileName);
        if (!decoded)
            return Failure(decoded.error());
        text = decoded->text;
        doc.encoding = decoded->encoding;
    } else if (const QString declared = declaredCharset(bytes).isEmpty() ? headerCharset.toLower() : declaredCharset(bytes); !declared.isEmpty()) {
        text = decodeAs(declared, bytes);
        doc.encoding = declared == u"utf-8"_s || declared == u"utf8"_s ? u"UTF-8"_s : u"GB18030"_s;
        if (!QStringDecoder(declared == u"gb2312"_s || declared == u"gbk"_s ? u"GB18030"_s : declared).isValid())
            return Result<SourceDocument>::failure(tr("%1: the page declares the encoding \"%2\", which cannot be read.").arg(fileName, declared));
        if (!text) {
            // Sites that declare one encoding and serve another are common:
            // a page that is valid in the other one is read in it.
            text = decodeAs(u"utf-8"_s, bytes);
            doc.encoding = u"UTF-8"_s;
            if (!text) {
                text = decodeAs(u"gbk"_s, bytes);
                doc.encoding = u"GB18030"_s;
            }
            if (!text)
                return Result<SourceDocument>::failure(tr("%1: the page declares the encoding \"%2\" but is not valid in it.").arg(fileName, declared));
        }
        if (doc.encoding != u"UTF-8"_s && doc.encoding != u"GB18030"_s)
            doc.encoding = declared.toUpper();
    } else {
        text = decodeAs(u"utf-8"_s, bytes);
        doc.encoding = u"UTF-8"_s;
        if (!text) {
            text = decodeAs(u"gbk"_s, bytes);
            doc.encoding = u"GB18030"_s;
        }
        if (!text) {
            return Result<SourceDocument>::failure(tr("%1: the page declares no encoding and is neither valid UTF-8 nor GBK/GB18030.").arg(fileName));
        }
    }
    auto article = articleText(*text, fileName, &doc.warnings);
    if (!article)
        return Failure(article.error());
    doc.text = std::move(article).value();
    return doc;
}

Result<QString> HtmlReader::articleText(const QString &html, const QString &fileName, QStringList *warnings)
{
    static std::once_flag init;
    std::call_once(init, [] {
        xmlInitParser();
    });
    // Paragraphs left open are closed first: libxml2 would nest them, and
    // drop everything past 256 levels without a word.
    const HtmlTagBalancer::Balanced balanced = HtmlTagBalancer::balance(html, MaxElements);
    if (balanced.elements > MaxElements) {
        return Result<QString>::failure(tr("%1: refused: the page has more than %2 elements, far more than a page of a report (a damaged or hostile file).")
                .arg(fileName, QLocale().toString(MaxElements)));
    }
    // libxml2 puts html and body around a page that has none.
    if (balanced.depth + 2 > ReadLimits::MaxDepth)
        return Result<QString>::failure(ReadLimits::tooDeep(fileName, tr("page")));
    const QByteArray utf8 = balanced.html.toUtf8();
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;
    xmlDoc *doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options);
    if (!doc)
        return Result<QString>::failure(DocumentReader::tr("%1: the page cannot be parsed as HTML.").arg(fileName));
    Internal::HtmlPage page(doc);
    page.index(xmlDocGetRootElement(doc));
    auto text = page.article(fileName);
    xmlFreeDoc(doc);
    if (!text)
        return text;
    if (text->size() > ReadLimits::MaxTextLength)
        return Result<QString>::failure(ReadLimits::tooLong(fileName));
    // What a reader of the page sees outside links, against what was kept.
    const qsizetype visible = balanced.visibleCjk - balanced.linkCjk;
    qsizetype kept = 0;
    for (const QChar c : std::as_const(text.value()))
        kept += HtmlTagBalancer::isCjk(c.unicode()) ? 1 : 0;
    if (warnings && visible - kept >= 1000 && kept * 2 < visible) {
        warnings->append(tr("%1: only %2 of the page's %3 Chinese characters outside links were kept as the report's text; "
                            "the rest was taken for navigation or page furniture. Compare the text with the page.")
                .arg(fileName, QLocale().toString(kept), QLocale().toString(visible)));
    }
    return text;
}

} // namespace Dz
