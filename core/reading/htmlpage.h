#pragma once

#include "base/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <libxml/tree.h>

namespace Dz
{

namespace Internal
{

/// What an element holds, counted once (HtmlPage::collect()).
struct HtmlNodeStats {
    int text = 0; ///< characters outside links
    int cjk = 0; ///< Chinese characters outside links
    int links = 0; ///< characters inside links
    bool hasBlockChild = false;
    double score = 0;
};

/**
 * A web page parsed by libxml2, and the article in it: each element scored
 * by its Chinese text and its links, the best block's text kept as lines,
 * with the page's title and metadata lines (发布日期, 来源), and site chrome
 * (navigation, footers, share bars) left out. HtmlReader's engine.
 */
class HtmlPage
{
public:
    explicit HtmlPage(xmlDoc *doc);
    /// Records the page's elements in document order, and its <title>; first.
    void index(xmlNode *node);
    /// The article's text, or why the page has none.
    Result<QString> article(const QString &fileName);

private:
    static double linkDensity(const HtmlNodeStats &s);
    static QString squeezed(QString s);
    bool dropped(const xmlNode *node);
    HtmlNodeStats collect(xmlNode *node, bool inLink);
    void scoreParagraphs();
    static void appendText(QString &line, const QString &raw);
    static void flush(QString &line, QStringList &lines);
    static bool hasBlockDescendant(const xmlNode *node);
    void emitInline(const xmlNode *node, QString &line, QStringList &lines);
    void emitBlock(const xmlNode *node, QStringList &lines);
    static QStringList cleaned(const QStringList &lines);
    static QStringList withoutChromeLines(const QStringList &all);
    QStringList textLines(const xmlNode *node);
    bool insideArticle(const xmlNode *node) const;
    bool insideDropped(const xmlNode *node) const;
    QStringList pageTitle(const xmlNode *article);
    QStringList metadataLines(xmlNode *root);

private:
    xmlDoc *m_doc;
    QHash<xmlNode *, HtmlNodeStats> m_stats;
    QList<xmlNode *> m_order; // children before parents
    QList<xmlNode *> m_documentOrder;
    QSet<const xmlNode *> m_dropped;
    QSet<const xmlNode *> m_inArticle;
    QString m_titleText;
};

} // namespace Internal

} // namespace Dz
