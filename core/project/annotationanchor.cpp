#include "project/annotationanchor.h"

#include <QList>

namespace Dz
{

namespace
{

qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// How well the text around [start, end) matches the annotation's kept context.
qsizetype contextScore(const QString &text, qsizetype start, qsizetype end, const Annotation &a)
{
    const QStringView before = QStringView(text).left(start).right(qMin<qsizetype>(start, a.contextBefore.size()));
    const QStringView after = QStringView(text).mid(end, a.contextAfter.size());
    return commonSuffix(before, a.contextBefore) + commonPrefix(after, a.contextAfter);
}

std::optional<TextSpan> best(const QList<TextSpan> &candidates, const QString &text, const Annotation &a)
{
    std::optional<TextSpan> chosen;
    qsizetype chosenScore = -1;
    qsizetype chosenDistance = 0;
    for (const TextSpan &span : candidates) {
        const qsizetype score = contextScore(text, span.start, span.end, a);
        const qsizetype distance = qAbs(span.start - a.span.start);
        if (score > chosenScore || (score == chosenScore && distance < chosenDistance)) {
            chosen = span;
            chosenScore = score;
            chosenDistance = distance;
        }
    }
    return chosen;
}

} // namespace

std::optional<TextSpan> AnnotationAnchor::locate(const QString &text, const Annotation &a)
{
    if (a.quote.isEmpty())
        return std::nullopt;
    // Where it was, if the text there is unchanged and so is its surrounding
    // (the same words can recur: context decides below).
    if (a.span.isValid() && a.span.end <= text.size() && QStringView(text).mid(a.span.start, a.span.length()) == a.quote
        && contextScore(text, a.span.start, a.span.end, a) == a.contextBefore.size() + a.contextAfter.size())
        return a.span;

    QList<TextSpan> exact;
    for (qsizetype at = text.indexOf(a.quote); at >= 0; at = text.indexOf(a.quote, at + 1))
        exact.append({at, at + a.quote.size()});
    if (!exact.isEmpty())
        return best(exact, text, a);

    // Ignoring white space: a paragraph re-wrapped or re-indented.
    QString squeezedQuote;
    for (const QChar c : a.quote) {
        if (!c.isSpace())
            squeezedQuote.append(c);
    }
    if (squeezedQuote.isEmpty())
        return std::nullopt;
    QString squeezed;
    QList<qsizetype> origin; // position in text of each character of squeezed
    squeezed.reserve(text.size());
    origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace()) {
            squeezed.append(text.at(i));
            origin.append(i);
        }
    }
    QList<TextSpan> loose;
    for (qsizetype at = squeezed.indexOf(squeezedQuote); at >= 0; at = squeezed.indexOf(squeezedQuote, at + 1))
        loose.append({origin.at(at), origin.at(at + squeezedQuote.size() - 1) + 1});
    return loose.isEmpty() ? std::nullopt : best(loose, text, a);
}

Annotation AnnotationAnchor::anchored(const Annotation &annotation, const QString &text, TextSpan span)
{
    Annotation placed = Annotation::of(annotation.reportId, text, span);
    Annotation result = annotation;
    result.span = placed.span;
    result.quote = placed.quote;
    result.contextBefore = placed.contextBefore;
    result.contextAfter = placed.contextAfter;
    result.needsReanchoring = false;
    return result;
}

} // namespace Dz
