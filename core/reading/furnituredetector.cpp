#include "reading/furnituredetector.h"

#include "base/datereader.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Labels of the metadata table government sites put above an article.
const QRegularExpression &metadataLabel()
{
    // The label may stand in brackets, with or without a colon: [ 发布日期 ] 2025-03-20, 【成文日期】.
    static const QRegularExpression re(
        u"^\\s*[\\[【〔(]?\\s*(索引号|发布机构|发文机关|发文单位|发布单位|主题分类|体裁分类|组配分类|成文日期|发布日期|发布时间|公开日期|发文日期|印发日期|生成日期|发文字号|文号|有效性|公开方式|公开范围|信息来源|所属机构|主题词)\\s*(?:[\\]】〕)]\\s*:?|:|$)"_s);
    return re;
}

const QRegularExpression &webHeader()
{
    static const QRegularExpression re(u"(来源|发布时间|字体|浏览次数|累计次数|点击数|阅读次数)\\s*:"_s);
    return re;
}

// A page's clock widget: 2021年5月8日星期六, 2024-03-01 周五 (never the report's date).
const QRegularExpression &pageClock()
{
    static const QRegularExpression re(u"\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s*(星期|周|礼拜)[一二三四五六日天]"_s);
    return re;
}

// A lone source line: 来源：秦皇岛市卫生健康委员会
const QRegularExpression &sourceLine()
{
    static const QRegularExpression re(u"^\\s*(?:信息)?来源\\s*:\\s*(\\S{2,40})\\s*$"_s);
    return re;
}

const QRegularExpression &breadcrumb()
{
    static const QRegularExpression re(u"^\\s*(当前位置\\s*:?\\s*)?首页\\s*(>|»|›|》|/)"_s);
    return re;
}

const QRegularExpression &shareAndPrint()
{
    static const QRegularExpression re(
        u"^[\\s【】\\[\\]/|:、]*((分享到?|打印(本页)?|关闭(窗口|本页)?|收藏|返回顶部|微信|微博|QQ空间)[\\s【】\\[\\]/|:、]*)+$"_s);
    return re;
}

// What follows a signature on an official document and is not the report:
// （此件公开发布）, 抄送：…, XX办公室 2025年1月6日印发.
const QRegularExpression &publicationLine()
{
    static const QRegularExpression re(
        u"^\\s*(?:\\(\\s*此件[^()]{0,12}\\)|此件(?:公开发布|主动公开|依申请公开|不予?公开)|抄送\\s*:.*|.{0,40}\\d{1,2}\\s*日\\s*印发|.{0,30}印发\\s*\\d{4}.{0,12})\\s*$"_s);
    return re;
}

// A line that names a website: 重庆市人民政府网, XX门户网站, www.xx.gov.cn.
const QRegularExpression &siteName()
{
    static const QRegularExpression re(u"(门户网站|政府网站|网站|政府网|政务网|官网|门户网|www\\.|\\.gov\\.cn)"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A menu line: 首页 政务公开 新闻中心 … (several short words, one of them a site's).
const QRegularExpression &menuLine()
{
    static const QRegularExpression re(
        u"^\\s*(?:首页|网站首页|政务公开|信息公开|新闻中心|政务服务|互动交流|无障碍|English|登录|注册|繁体|简体)(?:\\s*[|｜/·]?\\s*\\S{1,8}){2,}\\s*$"_s);
    return re;
}

const QRegularExpression &conversionMark()
{
    static const QRegularExpression re(u"\\[(bookmark|image|comment)\\s*:[^\\]\\n]*\\]"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

MetadataField dateField(const QString &folded, qsizetype from, qsizetype to, const QString &origin)
{
    const auto date = DateReader::find(QStringView(folded).mid(from, to - from));
    if (!date)
        return {};
    return {date->isoText(), {from + date->span.start, from + date->span.end}, origin};
}

MetadataField labelledValue(const QString &folded, qsizetype lineStart, qsizetype lineEnd, QStringView label, const QString &origin)
{
    const QStringView line = QStringView(folded).mid(lineStart, lineEnd - lineStart);
    const qsizetype at = line.indexOf(label);
    if (at < 0)
        return {};
    qsizetype pos = at + label.size();
    while (pos < line.size() && (line.at(pos).isSpace() || QStringView(u":[]【】〔〕()").contains(line.at(pos))))
        ++pos;
    qsizetype end = pos;
    while (end < line.size() && !line.at(end).isSpace() && !QStringView(u"]】〕").contains(line.at(end)))
        ++end;
    if (end == pos)
        return {};
    return {line.mid(pos, end - pos).toString(), {lineStart + pos, lineStart + end}, origin};
}

struct Line {
    TextSpan span;
    bool furniture = false;
    bool blank = false;
};

// A site's banner: a short line above the title that names a website
// (重庆市人民政府网), or a name alone directly above other page furniture
// (重庆市人民政府 over a breadcrumb or a menu). A title's first line
// (重庆市渝北区卫生健康委员会 over 关于2024年…的报告) is followed by the
// title's second line, not by furniture, and stays.
void findBanner(const QString &folded, const QList<Line> &lines, FurnitureScan &result)
{
    constexpr int Lead = 8; // the banner sits among the first lines of a page
    int seen = 0;
    for (qsizetype i = 0; i < lines.size() && seen < Lead; ++i) {
        const Line &line = lines.at(i);
        if (line.blank || line.furniture)
            continue;
        ++seen;
        const QString text = QStringView(folded).mid(line.span.start, line.span.length()).trimmed().toString();
        if (text.size() > 40 || text.contains(u"报告"_s) || text.contains(u'。') || text.contains(u'，') || text.contains(u','))
            break; // the title or the text itself: no banner above it
        qsizetype next = i + 1;
        while (next < lines.size() && lines.at(next).blank)
            ++next;
        const bool overFurniture = next < lines.size() && lines.at(next).furniture;
        if (!siteName().match(text).hasMatch() && !overFurniture)
            break;
        result.blocks.append({BlockKind::Furniture, line.span});
        std::sort(result.blocks.begin(), result.blocks.end(), [](const Block &a, const Block &b) {
            return a.span.start < b.span.start;
        });
        const qsizetype lead = folded.indexOf(text, line.span.start);
        result.banner = {text, {lead, lead + text.size()}, u"site banner"_s};
        return;
    }
}

/// One line of the folded text, where it lies and its text trimmed.
struct LineView {
    const QString &folded;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView line;
    QString trimmed;
};

// A web page's metadata line (发布机构: …, 发布日期: …) taken into @p result;
// @p bareLabel says whether the label stands alone, its value on the next
// line (tables converted to text).
void readMetadataLine(const LineView &l, const QRegularExpressionMatch &label, FurnitureScan &result, bool &bareLabel)
{
    const QString origin = u"web metadata"_s;
    const QString name = label.captured(1);
    if (name == u"发布机构"_s || name == u"发文机关"_s || name == u"发文单位"_s || name == u"发布单位"_s)
        result.issuer = labelledValue(l.folded, l.start, l.end, name, origin);
    if ((name.endsWith(u"日期"_s) || name.endsWith(u"时间"_s)) && !result.published.isValid())
        result.published = dateField(l.folded, l.start, l.end, origin);
    // Pages put several fields on one line: 发布日期: … 信息来源: …
    if (!result.source.isValid())
        result.source = labelledValue(l.folded, l.start, l.end, u"信息来源", origin);
    if (!result.issuer.isValid())
        result.issuer = labelledValue(l.folded, l.start, l.end, u"发布机构", origin);
    bareLabel = label.capturedEnd() >= l.trimmed.size();
}

// True for a line that is the page's furniture as a whole: its header
// (taking the date and source it gives), a clock, a source line, a
// breadcrumb, share and print links, a menu, a publication line.
bool isFurnitureLine(const LineView &l, FurnitureScan &result)
{
    const QString origin = u"web header"_s;
    // A page header has at least two of its labels, or one with 字体.
    int headerLabels = 0;
    auto it = webHeader().globalMatchView(l.line);
    while (it.hasNext()) {
        it.next();
        ++headerLabels;
    }
    if ((headerLabels >= 2 || l.line.contains(u"字体:"_s)) && l.trimmed.size() <= 160) {
        if (const MetadataField date = dateField(l.folded, l.start, l.end, origin); date.isValid())
            result.published = date;
        if (const MetadataField source = labelledValue(l.folded, l.start, l.end, u"来源", origin); source.isValid())
            result.source = source;
        return true;
    }
    if (l.trimmed.size() <= 80 && pageClock().match(l.trimmed).hasMatch())
        return true;
    if (sourceLine().match(l.trimmed).hasMatch()) {
        if (!result.source.isValid())
            result.source = labelledValue(l.folded, l.start, l.end, u"来源", origin);
        return true;
    }
    if (breadcrumb().match(l.trimmed).hasMatch() || shareAndPrint().match(l.trimmed).hasMatch() || menuLine().match(l.trimmed).hasMatch())
        return true;
    return l.trimmed.size() <= 60 && publicationLine().match(l.trimmed).hasMatch();
}

// True when the line as a whole is furniture, reading what it says into @p result.
bool readLine(const LineView &l, FurnitureScan &result, bool &previousWasBareLabel)
{
    if (l.trimmed.isEmpty())
        return false;
    if (const auto label = metadataLabel().match(l.trimmed); label.hasMatch()) {
        readMetadataLine(l, label, result, previousWasBareLabel);
        return true;
    }
    if (previousWasBareLabel && l.trimmed.size() <= 40) {
        previousWasBareLabel = false;
        if (!result.published.isValid())
            result.published = dateField(l.folded, l.start, l.end, u"web metadata"_s);
        return true;
    }
    previousWasBareLabel = false;
    return isFurnitureLine(l, result);
}

} // namespace

FurnitureScan FurnitureDetector::scan(const QString &folded)
{
    FurnitureScan result;
    QList<Line> lines;
    bool previousWasBareLabel = false;
    qsizetype lineStart = 0;
    while (lineStart <= folded.size()) {
        qsizetype lineEnd = folded.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = folded.size();
        const QStringView line = QStringView(folded).mid(lineStart, lineEnd - lineStart);
        const LineView view {folded, lineStart, lineEnd, line, line.trimmed().toString()};
        const bool wholeLine = readLine(view, result, previousWasBareLabel);
        lines.append({{lineStart, lineEnd}, wholeLine, view.trimmed.isEmpty()});
        if (wholeLine) {
            result.blocks.append({BlockKind::Furniture, {lineStart, lineEnd}});
        } else {
            auto it = conversionMark().globalMatchView(line);
            while (it.hasNext()) {
                const auto m = it.next();
                result.blocks.append({BlockKind::Furniture, {lineStart + m.capturedStart(), lineStart + m.capturedEnd()}});
            }
        }
        lineStart = lineEnd + 1;
    }
    findBanner(folded, lines, result);
    return result;
}

QString FurnitureDetector::masked(const QString &foldedText, const QList<Block> &furniture)
{
    QString out = foldedText;
    for (const Block &block : furniture) {
        for (qsizetype i = block.span.start; i < block.span.end && i < out.size(); ++i) {
            if (out.at(i) != QLatin1Char('\n'))
                out[i] = QLatin1Char(' ');
        }
    }
    return out;
}

} // namespace Dz
