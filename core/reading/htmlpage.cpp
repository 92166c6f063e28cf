#include "reading/htmlpage.h"

#include "base/widthfolding.h"
#include "reading/documentreader.h"
#include "reading/furnituredetector.h"
#include "reading/htmltagbalancer.h"
#include "reading/reportreader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace Internal
{

namespace
{

QString nameOf(const xmlNode *node)
{
    return node->name ? QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower() : QString();
}

QString attribute(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->name && qstricmp(reinterpret_cast<const char *>(a->name), name) == 0 && a->children && a->children->content)
            return QString::fromUtf8(reinterpret_cast<const char *>(a->children->content));
    }
    return {};
}

bool isCjk(char16_t c)
{
    return HtmlTagBalancer::isCjk(c);
}

// Characters that sit next to a line break without a space in Chinese text.
bool isCjkSide(char16_t c)
{
    return isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == u'“' || c == u'”' || c == u'‘' || c == u'’';
}

// Never part of an article.
const QSet<QString> &droppedElements()
{
    static const QSet<QString> set = {u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"head"_s, u"nav"_s, u"footer"_s, u"aside"_s, u"form"_s,
        u"select"_s, u"option"_s, u"button"_s, u"iframe"_s, u"object"_s, u"embed"_s, u"svg"_s, u"canvas"_s, u"map"_s, u"input"_s, u"textarea"_s, u"menu"_s,
        u"header"_s, u"video"_s, u"audio"_s};
    return set;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> set = {u"p"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"li"_s, u"ul"_s, u"ol"_s, u"dl"_s, u"dt"_s,
        u"dd"_s, u"table"_s, u"tbody"_s, u"thead"_s, u"tfoot"_s, u"tr"_s, u"td"_s, u"th"_s, u"blockquote"_s, u"pre"_s, u"section"_s, u"article"_s, u"main"_s,
        u"center"_s, u"address"_s, u"figure"_s, u"figcaption"_s, u"hr"_s, u"caption"_s, u"body"_s, u"html"_s, u"fieldset"_s};
    return set;
}

// Class and id words that mark site chrome, and words that mark content
// (which win: "article-nav" is chrome, "content-main" is not).
bool isChromeByName(const xmlNode *node)
{
    static const QSet<QString> chrome = {u"nav"_s, u"navbar"_s, u"menu"_s, u"footer"_s, u"foot"_s, u"breadcrumb"_s, u"breadcrumbs"_s, u"crumb"_s, u"crumbs"_s,
        u"bread"_s, u"sidebar"_s, u"side"_s, u"share"_s, u"copyright"_s, u"friendlink"_s, u"links"_s, u"link"_s, u"toolbar"_s, u"topbar"_s, u"header"_s,
        u"banner"_s, u"position"_s, u"location"_s, u"weizhi"_s, u"dh"_s, u"daohang"_s, u"yqlj"_s, u"bottom"_s, u"print"_s, u"related"_s, u"comment"_s};
    static const QSet<QString> content = {u"article"_s, u"content"_s, u"text"_s, u"detail"_s, u"main"_s, u"body"_s, u"zw"_s, u"zhengwen"_s, u"editor"_s,
        u"trs"_s, u"news"_s, u"con"_s, u"title"_s, u"info"_s, u"xxgk"_s};
    static const QRegularExpression split(u"[^a-z0-9]+"_s);
    const QString names = (attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
    if (names.trimmed().isEmpty())
        return false;
    bool isChrome = false;
    const QStringList words = names.split(split, Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (content.contains(w))
            return false;
        if (chrome.contains(w))
            isChrome = true;
    }
    return isChrome;
}

bool hiddenByStyle(const xmlNode *node)
{
    const QString style = attribute(node, "style").toLower().remove(u' ');
    return style.contains(u"display:none"_s) || style.contains(u"visibility:hidden"_s) || !attribute(node, "hidden").isNull();
}

} // namespace

HtmlPage::HtmlPage(xmlDoc *doc)
    : m_doc(doc)
{
}

Result<QString> HtmlPage::article(const QString &fileName)
{
    xmlNode *root = xmlDocGetRootElement(m_doc);
    if (!root)
        return Result<QString>::failure(DocumentReader::tr("%1: the page has no content.").arg(fileName));
    collect(root, false);
    scoreParagraphs();
    xmlNode *best = nullptr;
    double bestScore = 0;
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
        if (it->score <= 0)
            continue;
        const double adjusted = it->score * (1.0 - linkDensity(*it));
        if (adjusted > bestScore) {
            bestScore = adjusted;
            best = it.key();
        }
    }
    if (!best || m_stats.value(best).cjk < 20) {
        return Result<QString>::failure(
            DocumentReader::tr("%1: no article found in the page (no block of Chinese text outside navigation and link lists).").arg(fileName));
    }

    // Siblings that score well belong to the article too (a page that
    // splits its body over several blocks).
    QList<xmlNode *> parts;
    if (best->parent && best->parent->type == XML_ELEMENT_NODE && nameOf(best->parent) != u"html"_s) {
        for (xmlNode *sibling = best->parent->children; sibling; sibling = sibling->next) {
            if (sibling == best) {
                parts.append(sibling);
                continue;
            }
            const auto it = m_stats.constFind(sibling);
            if (it == m_stats.cend() || m_dropped.contains(sibling))
                continue;
            const double adjusted = it->score * (1.0 - linkDensity(*it));
            if (adjusted >= bestScore * 0.25 && linkDensity(*it) < 0.25)
                parts.append(sibling);
        }
    } else {
        parts.append(best);
    }
    for (xmlNode *part : std::as_const(parts))
        m_inArticle.insert(part);

    QStringList lines;
    for (xmlNode *part : std::as_const(parts))
        emitBlock(part, lines);
    lines = cleaned(lines);
    lines = withoutChromeLines(lines);
    if (lines.isEmpty())
        return Result<QString>::failure(DocumentReader::tr("%1: no article found in the page.").arg(fileName));

    QStringList head;
    const QStringList title = pageTitle(parts.first());
    const QString firstLines = squeezed(lines.mid(0, 3).join(QString()));
    if (!title.isEmpty() && !firstLines.startsWith(squeezed(title.join(QString()))))
        head += title;
    head += metadataLines(root);
    return (head + lines).join(u'\n');
}

double HtmlPage::linkDensity(const HtmlNodeStats &s)
{
    const int all = s.text + s.links;
    return all > 0 ? double(s.links) / all : 0;
}

QString HtmlPage::squeezed(QString s)
{
    s.remove(QRegularExpression(u"\\s+"_s));
    return s;
}

bool HtmlPage::dropped(const xmlNode *node)
{
    const QString name = nameOf(node);
    return droppedElements().contains(name) || isChromeByName(node) || hiddenByStyle(node);
}

HtmlNodeStats HtmlPage::collect(xmlNode *node, bool inLink)
{
    HtmlNodeStats s;
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            const QString text = QString::fromUtf8(reinterpret_cast<const char *>(child->content)).simplified();
            if (inLink) {
                s.links += int(text.size());
            } else {
                s.text += int(text.size());
                for (const QChar c : text)
                    s.cjk += isCjk(c.unicode()) ? 1 : 0;
            }
        } else if (child->type == XML_ELEMENT_NODE) {
            if (dropped(child)) {
                m_dropped.insert(child);
                continue;
            }
            const QString name = nameOf(child);
            // A <br> does not make a block: one <div> of lines parted by <br> is a paragraph-like block.
            if (blockElements().contains(name))
                s.hasBlockChild = true;
            const HtmlNodeStats c = collect(child, inLink || name == u"a"_s);
            s.text += c.text;
            s.cjk += c.cjk;
            s.links += c.links;
        }
    }
    m_stats.insert(node, s);
    m_order.append(node);
    return s;
}

// A paragraph gives its parent its score, and its grandparent half.
void HtmlPage::scoreParagraphs()
{
    for (xmlNode *node : std::as_const(m_order)) {
        const QString name = nameOf(node);
        HtmlNodeStats &s = m_stats[node];
        const bool paragraphLike = name == u"p"_s || name == u"pre"_s || name == u"td"_s
            || ((name == u"div"_s || name == u"section"_s || name == u"span"_s || name == u"font"_s) && !s.hasBlockChild);
        if (!paragraphLike || s.cjk < 10 || linkDensity(s) > 0.5)
            continue;
        // Grandparents of td are rows and tables; score the cell's own container.
        xmlNode *parent = node->parent;
        if (!parent || parent->type != XML_ELEMENT_NODE)
            continue;
        double score = 1 + std::min(s.cjk / 50.0, 3.0);
        auto countCommas = [&]() {
            int n = 0;
            for (xmlNode *c = node->children; c; c = c->next) {
                if (c->type == XML_TEXT_NODE) {
                    const QString t = QString::fromUtf8(reinterpret_cast<const char *>(c->content));
                    n += int(t.count(u'，') + t.count(u'。') + t.count(u'；') + t.count(u','));
                }
            }
            return n;
        };
        score += countCommas();
        // Long paragraphs without markup of their own (one <div> with <br>s) count by length.
        score += s.cjk / 100.0;
        if (name == u"td"_s) {
            // A layout cell holding the article is a container itself.
            s.score += score;
            continue;
        }
        m_stats[parent].score += score;
        if (parent->parent && parent->parent->type == XML_ELEMENT_NODE)
            m_stats[parent->parent].score += score / 2;
    }
}

// Text of an inline run: white space collapsed, and a break in the source
// between two Chinese characters removed (it is not a space in Chinese).
void HtmlPage::appendText(QString &line, const QString &raw)
{
    QString text;
    text.reserve(raw.size());
    bool pendingSpace = false;
    bool pendingBreak = false;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f') {
            pendingSpace = true;
            pendingBreak = pendingBreak || u == u'\n' || u == u'\r';
            continue;
        }
        if (pendingSpace) {
            const QString &before = text.isEmpty() ? line : text;
            const bool cjkJoin = pendingBreak && !before.isEmpty() && (isCjkSide(before.back().unicode()) || isCjkSide(u));
            if (!cjkJoin && !before.isEmpty())
                text.append(u' ');
            else if (!cjkJoin && before.isEmpty() && !line.isEmpty())
                text.append(u' ');
            pendingSpace = pendingBreak = false;
        }
        text.append(c);
    }
    if (pendingSpace && !(text.isEmpty() && line.isEmpty()))
        text.append(u' ');
    line.append(text);
}

void HtmlPage::flush(QString &line, QStringList &lines)
{
    // Pages indent with &nbsp; and 　 runs; they are layout, not text.
    QString t = line;
    while (!t.isEmpty() && (t.front().isSpace() || t.front() == QChar(0xA0) || t.front() == QChar(0x3000)))
        t.remove(0, 1);
    while (!t.isEmpty() && (t.back().isSpace() || t.back() == QChar(0xA0) || t.back() == QChar(0x3000)))
        t.chop(1);
    if (!t.isEmpty())
        lines.append(t);
    line.clear();
}

bool HtmlPage::hasBlockDescendant(const xmlNode *node)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const QString name = nameOf(c);
        if (name == u"br"_s || (blockElements().contains(name) && name != u"td"_s && name != u"th"_s) || hasBlockDescendant(c))
            return true;
    }
    return false;
}

// Paragraphs: a block element or <br> ends a line; a table row whose
// cells hold no blocks is one line, its cells separated by tabs.
void HtmlPage::emitInline(const xmlNode *node, QString &line, QStringList &lines)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            appendText(line, QString::fromUtf8(reinterpret_cast<const char *>(c->content)));
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || m_dropped.contains(c))
            continue;
        const QString name = nameOf(c);
        if (name == u"br"_s) {
            flush(line, lines);
        } else if (name == u"tr"_s && !hasBlockDescendant(c)) {
            flush(line, lines);
            QStringList cells;
            for (const xmlNode *cell = c->children; cell; cell = cell->next) {
                if (cell->type != XML_ELEMENT_NODE || m_dropped.contains(cell))
                    continue;
                QString text;
                QStringList inner;
                emitInline(cell, text, inner);
                flush(text, inner);
                cells.append(inner.join(u' '));
            }
            while (!cells.isEmpty() && cells.back().isEmpty())
                cells.removeLast();
            QString row = cells.join(u'\t');
            flush(row, lines);
        } else if (blockElements().contains(name)) {
            flush(line, lines);
            emitInline(c, line, lines);
            flush(line, lines);
        } else {
            emitInline(c, line, lines);
        }
    }
}

void HtmlPage::emitBlock(const xmlNode *node, QStringList &lines)
{
    QString line;
    emitInline(node, line, lines);
    flush(line, lines);
}

// Lines inside the article that are still chrome: footers and the
// share/print strip some sites put inside the article block.
QStringList HtmlPage::cleaned(const QStringList &lines)
{
    static const QRegularExpression footer(u"(主办单位|承办单位|协办单位|网站标识码|ICP备|ICP证|公网安备|版权所有|技术支持|网站地图|联系我们|Copyright|©)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString &l : lines) {
        if (l.size() < 200 && footer.match(l).hasMatch())
            continue;
        out.append(l);
    }
    return out;
}

// Breadcrumbs and share/print strips inside the article block, as the
// FurnitureDetector knows them; lines that carry the page's metadata stay.
QStringList HtmlPage::withoutChromeLines(const QStringList &all)
{
    // They sit at the article's edges; the middle is never read for them.
    const qsizetype edge = 15;
    if (all.size() > 3 * edge)
        return withoutChromeLines(all.mid(0, edge)) + all.mid(edge, all.size() - 2 * edge) + withoutChromeLines(all.mid(all.size() - edge));
    const QStringList &lines = all;
    const QString joined = foldWidth(lines.join(u'\n'));
    const FurnitureScan scan = FurnitureDetector::scan(joined);
    if (scan.blocks.isEmpty())
        return lines;
    QList<qsizetype> starts;
    qsizetype at = 0;
    for (const QString &l : lines) {
        starts.append(at);
        at += l.size() + 1;
    }
    QSet<qsizetype> drop;
    for (const Block &b : scan.blocks) {
        const qsizetype i = std::upper_bound(starts.cbegin(), starts.cend(), b.span.start) - starts.cbegin() - 1;
        if (i < 0 || starts.at(i) != b.span.start || b.span.end < starts.at(i) + lines.at(i).size())
            continue;
        const FurnitureScan own = FurnitureDetector::scan(foldWidth(lines.at(i)));
        if (!own.published.isValid() && !own.source.isValid() && !own.issuer.isValid())
            drop.insert(i);
    }
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!drop.contains(i))
            out.append(lines.at(i));
    }
    return out;
}

QStringList HtmlPage::textLines(const xmlNode *node)
{
    QStringList lines;
    emitBlock(node, lines);
    return lines;
}

bool HtmlPage::insideArticle(const xmlNode *node) const
{
    for (const xmlNode *n = node; n; n = n->parent) {
        if (m_inArticle.contains(n))
            return true;
    }
    return false;
}

bool HtmlPage::insideDropped(const xmlNode *node) const
{
    for (const xmlNode *n = node; n; n = n->parent) {
        if (m_dropped.contains(n))
            return true;
    }
    return false;
}

// The article's own heading: the last h1–h3 (or element named "title")
// before the article starts, else the first inside it; else the first
// part of <title> when it has a site name after it.
QStringList HtmlPage::pageTitle(const xmlNode *article)
{
    QStringList before;
    QStringList inside;
    bool seenArticle = false;
    for (xmlNode *node : std::as_const(m_documentOrder)) {
        if (node == article)
            seenArticle = true;
        const QString name = nameOf(node);
        const bool heading = name == u"h1"_s || name == u"h2"_s || name == u"h3"_s;
        static const QRegularExpression titleName(u"(^|[^a-z])(title|bt|biaoti)([^a-z]|$)"_s);
        const bool titled = !heading && !seenArticle && (name == u"div"_s || name == u"p"_s || name == u"span"_s || name == u"td"_s)
            && titleName.match((attribute(node, "class") + u' ' + attribute(node, "id")).toLower()).hasMatch();
        if ((!heading && !titled) || insideDropped(node))
            continue;
        const HtmlNodeStats s = m_stats.value(node);
        if (s.cjk < 4 || s.cjk > 120 || linkDensity(s) > 0.5)
            continue;
        if (insideArticle(node)) {
            if (inside.isEmpty())
                inside = textLines(node);
        } else if (!seenArticle) {
            before = textLines(node);
        }
    }
    if (!before.isEmpty())
        return before;
    if (!inside.isEmpty())
        return {};
    const QStringList parts = m_titleText.split(QRegularExpression(u"\\s*[_|｜—–]+\\s*|\\s+-+\\s+"_s), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.first().size() >= 4)
        return {parts.first().trimmed()};
    return {};
}

// Lines outside the article that carry the page's 来源/发布时间/发布机构,
// as the text the FurnitureDetector reads them from.
QStringList HtmlPage::metadataLines(xmlNode *root)
{
    QStringList out;
    QSet<QString> seen;
    for (xmlNode *node : std::as_const(m_documentOrder)) {
        const QString name = nameOf(node);
        const bool row = name == u"tr"_s;
        const auto stats = m_stats.constFind(node);
        if (stats == m_stats.cend())
            continue; // inside a dropped element
        const HtmlNodeStats s = *stats;
        if (!row && (s.hasBlockChild || !blockElements().contains(name)))
            continue;
        if (s.text + s.links > 400 || s.text == 0 || insideArticle(node) || insideDropped(node))
            continue;
        QStringList lines;
        if (row) {
            // A metadata table: label cells and value cells side by side.
            QStringList cells;
            for (xmlNode *cell = node->children; cell; cell = cell->next) {
                if (cell->type == XML_ELEMENT_NODE)
                    cells.append(textLines(cell).join(u' '));
            }
            QString joined;
            for (int i = 0; i < cells.size(); ++i) {
                const QString &cell = cells.at(i);
                joined += cell;
                if (i + 1 < cells.size()) {
                    const bool label = cell.size() <= 6 && !cell.endsWith(u':') && !cell.endsWith(u'：') && i % 2 == 0;
                    joined += label ? u"："_s : u"　"_s;
                }
            }
            lines.append(joined);
        } else {
            lines = textLines(node);
        }
        for (const QString &line : std::as_const(lines)) {
            // Only lines with a label word can carry one; most chrome has none.
            if (seen.contains(line) || !(line.contains(u"来源"_s) || line.contains(u"发布"_s) || line.contains(u"日期"_s)))
                continue;
            const FurnitureScan scan = FurnitureDetector::scan(foldWidth(line));
            if (scan.published.isValid() || scan.source.isValid() || scan.issuer.isValid()) {
                out.append(line);
                seen.insert(line);
            }
        }
    }
    Q_UNUSED(root)
    return out;
}

void HtmlPage::index(xmlNode *node)
{
    for (xmlNode *c = node; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (nameOf(c) == u"title"_s && m_titleText.isEmpty()) {
            QString t;
            for (xmlNode *x = c->children; x; x = x->next) {
                if (x->content)
                    t += QString::fromUtf8(reinterpret_cast<const char *>(x->content));
            }
            m_titleText = t.simplified();
        }
        m_documentOrder.append(c);
        index(c->children);
    }
}

} // namespace Internal

} // namespace Dz
