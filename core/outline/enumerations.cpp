#include "outline/enumerations.h"

#include "base/chinesenumerals.h"
#include "base/widthfolding.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace Internal
{

namespace
{

bool endsSentence(QChar c)
{
    return QStringView(u"。；;!！?？").contains(c);
}

// The one-line enumerations under one heading, as they are collected:
// they qualify together or not at all.
struct EnumerationGroup {
    QList<HeadingCandidate> items;
    bool ok = true;

    void close(QList<HeadingCandidate> *found)
    {
        if (ok && items.size() >= 2)
            found->append(items);
        items.clear();
        ok = true;
    }
};

// The item's title: its first clause, without the punctuation around it.
QString itemTitle(const OutlineText &text, const EnumerationItem &item)
{
    const QString &folded = text.folded();
    qsizetype titleStart = item.span.start + item.marker.size();
    while (titleStart < item.span.end && isTrailingPunctuation(folded.at(titleStart)))
        ++titleStart;
    qsizetype titleEnd = titleStart;
    while (titleEnd < item.span.end && !QStringView(u"。；;").contains(folded.at(titleEnd)))
        ++titleEnd;
    while (titleEnd > titleStart && isTrailingPunctuation(folded.at(titleEnd - 1)))
        --titleEnd;
    return text.text().mid(titleStart, titleEnd - titleStart);
}

} // namespace

int ownLineEnumeration(const OutlineText &text, const OutlineLine &line, qsizetype *markerEnd)
{
    static const QRegularExpression marker(u"^([一二三四五六七八九十]{1,3})是"_s);
    if (line.isEmpty() || line.runOn)
        return 0;
    const QStringView content = text.content(line);
    const auto m = marker.matchView(content);
    if (!m.hasMatch() || content.size() - m.capturedEnd() > OutlineText::MaxUnmarkedHeadingLength)
        return 0;
    QStringView title = content.mid(m.capturedEnd());
    while (!title.isEmpty() && (endsSentence(title.back()) || isTrailingPunctuation(title.back())))
        title.chop(1);
    if (title.size() < 2 || std::any_of(title.begin(), title.end(), endsSentence))
        return 0;
    if (markerEnd)
        *markerEnd = line.contentStart + m.capturedEnd();
    return chineseNumeralValue(m.capturedView(1));
}

void findOwnLineEnumerations(const OutlineText &text, int bodyStartLine, int contentEndLine, QList<HeadingCandidate> *candidates)
{
    const int stop = contentEndLine >= 0 ? contentEndLine : text.lineCount();
    QList<HeadingCandidate> found;
    EnumerationGroup group;
    int scope = -1; // the candidate the lines stand under
    int next = 0; // the first candidate after the line
    for (int i = bodyStartLine; i < stop; ++i) {
        while (next < candidates->size() && candidates->at(next).line < i)
            ++next;
        if (next < candidates->size() && candidates->at(next).line == i)
            continue;
        if (next - 1 != scope) {
            group.close(&found);
            scope = next - 1;
        }
        qsizetype markerEnd = 0;
        const int number = ownLineEnumeration(text, text.line(i), &markerEnd);
        if (number <= 0 || scope < 0)
            continue;
        int body = i + 1;
        while (body < stop && text.line(body).isEmpty())
            ++body;
        const bool candidateLine = next < candidates->size() && candidates->at(next).line == body;
        const bool hasBody = body < stop && !candidateLine && ownLineEnumeration(text, text.line(body)) == 0;
        group.ok = group.ok && hasBody && number == int(group.items.size()) + 1;
        HeadingCandidate c;
        c.line = i;
        c.number = number;
        c.enumerated = true;
        c.markerStart = text.line(i).contentStart;
        c.markerEnd = markerEnd;
        setTitle(text, &c, markerEnd);
        group.items.append(c);
    }
    group.close(&found);
    for (const HeadingCandidate &c : std::as_const(found))
        insertCandidate(candidates, c);
}

QList<EnumerationItem> findEnumeration(const OutlineText &text, qsizetype from, qsizetype to)
{
    static const QRegularExpression marker(u"([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[,、])|([\\x{2460}-\\x{2473}])"_s);
    QList<EnumerationItem> items;
    if (to <= from)
        return items;
    const QString &folded = text.folded();
    int last = 0;
    auto it = marker.globalMatchView(text.folded(from, to));
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype at = from + m.capturedStart();
        const QChar before = at > 0 ? folded.at(at - 1) : QLatin1Char('\n');
        const bool lineStart = before == QLatin1Char('\n') || isLayoutSpace(before);
        if (!lineStart && !QStringView(u"。；;：:，,！!？?)").contains(before))
            continue;
        int n = 0;
        if (m.capturedLength(1) > 0)
            n = chineseNumeralValue(m.capturedView(1));
        else if (m.capturedLength(2) > 0)
            n = chineseNumeralValue(m.capturedView(2));
        else
            n = m.capturedView(3).at(0).unicode() - 0x2460 + 1;
        const bool follows = n == last + 1 || n == 1 || (lineStart && n > last && n <= last + 2);
        if (n <= 0 || !follows)
            continue;
        if (!items.isEmpty())
            items.last().span.end = qMin(items.last().span.end, at);
        items.append({text.text().mid(at, m.capturedLength()), n, QString(), {at, to}});
        last = n;
    }
    for (EnumerationItem &item : items) {
        const qsizetype lineEnd = folded.indexOf(QLatin1Char('\n'), item.span.start);
        if (lineEnd >= 0 && lineEnd < item.span.end)
            item.span.end = lineEnd;
        item.span.end = text.trimBack(item.span.start, item.span.end);
        item.title = itemTitle(text, item);
    }
    return items;
}

} // namespace Internal

} // namespace Dz
