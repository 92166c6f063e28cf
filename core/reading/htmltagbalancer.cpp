#include "reading/htmltagbalancer.h"

#include <QList>

#include <vector>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

bool named(QStringView name, QStringView what)
{
    return name.compare(what, Qt::CaseInsensitive) == 0;
}

// Elements without content: never open.
bool isVoid(QStringView name)
{
    static const QStringView set[] = {u"area", u"base", u"basefont", u"bgsound", u"br", u"col", u"embed", u"frame", u"hr", u"img", u"input", u"isindex",
        u"keygen", u"link", u"meta", u"param", u"source", u"track", u"wbr"};
    for (const QStringView v : set) {
        if (named(name, v))
            return true;
    }
    return false;
}

// Elements whose content is text up to their end tag, never markup.
bool isRawText(QStringView name)
{
    static const QStringView set[] = {u"script", u"style", u"textarea", u"title", u"xmp", u"noembed", u"noframes", u"iframe"};
    for (const QStringView v : set) {
        if (named(name, v))
            return true;
    }
    return false;
}

// Elements that are the page's frame, never paragraphs.
bool isFrame(QStringView name)
{
    return named(name, u"html") || named(name, u"head") || named(name, u"body");
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

struct Token {
    enum Kind { Text, Start, End, Other } kind = Text;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView name; ///< of a tag, as written
    bool opens = false; ///< a start tag that opens an element (not void, not "/>")
};

// The page as text runs and tags, in order, one at a time: nothing is kept
// per token, so a page of millions of tags costs no more than its text.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &html)
        : m_html(html)
    {
    }

    bool next(Token &token)
    {
        const qsizetype n = m_html.size();
        if (m_at >= n)
            return false;
        if (m_rawEnd >= 0) {
            // The text of a script or style, up to its end tag.
            token = {Token::Other, m_at, m_rawEnd, {}, false};
            m_at = m_rawEnd;
            m_rawEnd = -1;
            return true;
        }
        qsizetype lt = m_html.indexOf(u'<', m_at);
        while (lt >= 0 && lt + 1 < n && !startsMarkup(lt))
            lt = m_html.indexOf(u'<', lt + 1);
        if (lt < 0 || lt + 1 >= n) {
            token = {Token::Text, m_at, n, {}, false};
            m_at = n;
            return true;
        }
        if (lt > m_at) {
            token = {Token::Text, m_at, lt, {}, false};
            m_at = lt;
            return true;
        }
        const QStringView rest = QStringView(m_html).mid(lt);
        if (rest.startsWith(u"<!--")) {
            const qsizetype close = m_html.indexOf(u"-->"_s, lt + 4);
            return other(token, lt, close < 0 ? n : close + 3);
        }
        if (rest.at(1) == u'!' || rest.at(1) == u'?') {
            const qsizetype close = m_html.indexOf(u'>', lt + 2);
            return other(token, lt, close < 0 ? n : close + 1);
        }
        const bool endTag = rest.at(1) == u'/';
        const qsizetype nameStart = lt + (endTag ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isNameChar(m_html.at(nameEnd)))
            ++nameEnd;
        // The tag ends at the first '>' outside a quoted attribute value.
        qsizetype p = nameEnd;
        QChar quote;
        QChar lastSignificant;
        while (p < n) {
            const QChar c = m_html.at(p);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if ((c == u'"' || c == u'\'') && lastSignificant == u'=') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            if (!c.isSpace())
                lastSignificant = c;
            ++p;
        }
        token.kind = endTag ? Token::End : Token::Start;
        token.start = lt;
        token.end = p < n ? p + 1 : n;
        token.name = QStringView(m_html).mid(nameStart, nameEnd - nameStart);
        // "/>" closes the tag as libxml2 reads it: after the name, a space
        // or a quoted value; in "href=/x/>" the slash is the value's.
        const bool selfClosing = !endTag && p > nameEnd && p < n && m_html.at(p - 1) == u'/'
            && (p - 1 == nameEnd || m_html.at(p - 2).isSpace() || m_html.at(p - 2) == u'"' || m_html.at(p - 2) == u'\'');
        token.opens = !endTag && !selfClosing && !isVoid(token.name);
        m_at = token.end;
        if (token.opens && isRawText(token.name)) {
            const qsizetype close = m_html.indexOf(u"</"_s + token.name.toString(), m_at, Qt::CaseInsensitive);
            m_rawEnd = close < 0 ? n : close;
            if (m_rawEnd == m_at)
                m_rawEnd = -1;
        }
        return true;
    }

private:
    // '<' starts a tag, an end tag, a comment or a declaration; else it is text.
    bool startsMarkup(qsizetype lt) const
    {
        const QChar next = m_html.at(lt + 1);
        if (next == u'!' || next == u'?' || next.isLetter())
            return true;
        return next == u'/' && lt + 2 < m_html.size() && m_html.at(lt + 2).isLetter();
    }

    bool other(Token &token, qsizetype start, qsizetype end)
    {
        token = {Token::Other, start, end, {}, false};
        m_at = end;
        return true;
    }

    const QString &m_html;
    qsizetype m_at = 0;
    qsizetype m_rawEnd = -1;
};

// How far down the stack an end tag or an unclosed element is looked for:
// pages deeper than ReadLimits::MaxDepth are refused anyway.
constexpr qsizetype Reach = 1024;

struct Open {
    QStringView name;
    bool closedByPage = false;
    bool hasText = false;
};

bool hasVisibleText(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xA0))
            return true;
    }
    return false;
}

// First pass: which elements the page closes itself, one bit each, in the
// order they open; false when the page opens more than @p maxElements
// (then @p closedByPage holds that many).
bool markClosedByPage(const QString &html, qsizetype maxElements, std::vector<bool> &closedByPage)
{
    struct Element {
        QStringView name;
        qsizetype number;
    };
    QList<Element> open;
    Tokenizer tokens(html);
    Token t;
    while (tokens.next(t)) {
        if (t.kind == Token::Start && t.opens) {
            if (qsizetype(closedByPage.size()) >= maxElements)
                return false;
            open.append({t.name, qsizetype(closedByPage.size())});
            closedByPage.push_back(false);
        } else if (t.kind == Token::End) {
            // An end tag closes the nearest open element of its name, and those above it.
            const qsizetype bottom = qMax<qsizetype>(0, open.size() - Reach);
            for (qsizetype k = open.size() - 1; k >= bottom; --k) {
                if (named(open.at(k).name, t.name)) {
                    closedByPage[size_t(open.at(k).number)] = true;
                    open.resize(k);
                    break;
                }
            }
        }
    }
    return true;
}

// Second pass: the page again, with the end tags it left out written in,
// token by token, and its visible text measured.
class Rebalancer
{
public:
    Rebalancer(const QString &html, const std::vector<bool> &closedByPage, HtmlTagBalancer::Balanced &out)
        : m_html(html)
        , m_closedByPage(closedByPage)
        , m_out(out)
    {
        m_out.html.reserve(html.size() + html.size() / 16);
    }

    void text(const Token &t)
    {
        const QStringView text = QStringView(m_html).mid(t.start, t.end - t.start);
        if (hasVisibleText(text)) {
            // The text is its element's, and that of the unclosed
            // elements around it (<div><font>text…): down to one the
            // page closes, or one that has text already (as have those
            // under it then).
            for (qsizetype k = m_stack.size() - 1; k >= 0 && !m_stack.at(k).hasText; --k) {
                m_stack[k].hasText = true;
                if (m_stack.at(k).closedByPage)
                    break;
            }
        }
        if (m_heads > 0)
            return;
        for (const QChar c : text) {
            if (HtmlTagBalancer::isCjk(c.unicode())) {
                ++m_out.visibleCjk;
                m_out.linkCjk += m_links > 0 ? 1 : 0;
            }
        }
    }

    void start(const Token &t)
    {
        const bool closedItself = m_closedByPage.at(size_t(m_number++));
        if (named(t.name, u"body")) {
            // The body ends the head, closed or not.
            while (m_heads > 0 && !m_stack.isEmpty())
                pop();
        } else if (!isFrame(t.name)) {
            closeParagraphBefore(t);
        }
        m_stack.append({t.name, closedItself, false});
        m_links += named(t.name, u"a") ? 1 : 0;
        m_heads += named(t.name, u"head") ? 1 : 0;
        m_out.depth = qMax(m_out.depth, m_stack.size());
    }

    void end(const Token &t)
    {
        const qsizetype bottom = qMax<qsizetype>(0, m_stack.size() - Reach);
        for (qsizetype k = m_stack.size() - 1; k >= bottom; --k) {
            if (!named(m_stack.at(k).name, t.name))
                continue;
            while (m_stack.size() > k)
                pop();
            break;
        }
    }

    void finish()
    {
        m_out.html += QStringView(m_html).mid(m_copied);
    }

private:
    // An unclosed element of the same name as @p t that holds text, with
    // only unclosed elements above it: the page's next paragraph, so that
    // element and those above it are closed before @p t.
    void closeParagraphBefore(const Token &t)
    {
        const qsizetype bottom = qMax<qsizetype>(0, m_stack.size() - Reach);
        qsizetype found = -1;
        for (qsizetype k = m_stack.size() - 1; k >= bottom && !m_stack.at(k).closedByPage; --k) {
            if (named(m_stack.at(k).name, t.name)) {
                found = m_stack.at(k).hasText ? k : -1;
                break;
            }
        }
        if (found < 0)
            return;
        m_out.html += QStringView(m_html).mid(m_copied, t.start - m_copied);
        m_copied = t.start;
        while (m_stack.size() > found) {
            m_out.html += u"</"_s + pop().name.toString().toLower() + u'>';
            ++m_out.closed;
        }
    }

    Open pop()
    {
        const Open closing = m_stack.takeLast();
        m_links -= named(closing.name, u"a") ? 1 : 0;
        m_heads -= named(closing.name, u"head") ? 1 : 0;
        return closing;
    }

    const QString &m_html;
    const std::vector<bool> &m_closedByPage;
    HtmlTagBalancer::Balanced &m_out;
    QList<Open> m_stack;
    qsizetype m_number = 0;
    int m_links = 0;
    int m_heads = 0;
    qsizetype m_copied = 0;
};

} // namespace

HtmlTagBalancer::Balanced HtmlTagBalancer::balance(const QString &html, qsizetype maxElements)
{
    Balanced out;
    std::vector<bool> closedByPage;
    if (!markClosedByPage(html, maxElements, closedByPage)) {
        out.elements = qsizetype(closedByPage.size()) + 1;
        return out;
    }
    out.elements = qsizetype(closedByPage.size());

    Rebalancer rebalancer(html, closedByPage, out);
    Tokenizer tokens(html);
    Token t;
    while (tokens.next(t)) {
        if (t.kind == Token::Text)
            rebalancer.text(t);
        else if (t.kind == Token::Start && t.opens)
            rebalancer.start(t);
        else if (t.kind == Token::End)
            rebalancer.end(t);
    }
    rebalancer.finish();
    return out;
}

} // namespace Dz
