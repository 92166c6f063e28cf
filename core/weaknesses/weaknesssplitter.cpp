#include "weaknesses/weaknesssplitter.h"

#include "base/textsearch.h"
#include "base/widthfolding.h"
#include "indicators/clauses.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

struct Hit {
    qsizetype pos = -1;
    qsizetype length = 0;
    bool isValid() const
    {
        return pos >= 0;
    }
};

// The earliest of @p terms in [from, to), longest first where two start together.
Hit findFirst(QStringView text, qsizetype from, qsizetype to, const QStringList &terms)
{
    const TextSpan found = firstOccurrenceOf(text.mid(from, to - from), terms);
    return found.isValid() ? Hit {from + found.start, found.length()} : Hit();
}

bool isListPunctuation(QChar c)
{
    return c == u'：' || c == u':' || c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'。' || c == u'、';
}

// An element without its surrounding spaces and punctuation, nor a closing 等.
TextSpan trimmedElement(QStringView text, TextSpan span)
{
    qsizetype start = span.start;
    qsizetype end = span.end;
    while (start < end && (isLayoutSpace(text.at(start)) || isListPunctuation(text.at(start))))
        ++start;
    for (bool changed = true; changed && end > start;) {
        changed = false;
        while (end > start && (isLayoutSpace(text.at(end - 1)) || isListPunctuation(text.at(end - 1)) || text.at(end - 1) == u'\n')) {
            --end;
            changed = true;
        }
        if (end - start > 1 && text.at(end - 1) == u'等') {
            --end;
            changed = true;
        }
    }
    return {start, end};
}

// Where a list that starts at @p from ends: the end of its sentence (；
// separates its elements, so only 。！？ and line ends close it).
qsizetype listEnd(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?' || c == u'\n')
            return i;
    }
    return to;
}

// A list's elements: split at ；, or at ， when it has no ；.
QList<TextSpan> listElements(QStringView text, TextSpan list)
{
    const QStringView body = text.mid(list.start, list.length());
    const bool semicolons = body.contains(u'；') || body.contains(u';');
    QList<TextSpan> elements;
    qsizetype start = list.start;
    for (qsizetype i = list.start; i <= list.end; ++i) {
        const bool atEnd = i == list.end;
        const QChar c = atEnd ? QChar() : text.at(i);
        const bool separator = semicolons ? (c == u'；' || c == u';') : (c == u'，' || c == u',');
        if (!atEnd && !separator)
            continue;
        const TextSpan element = trimmedElement(text, {start, i});
        if (element.length() > 1)
            elements.append(element);
        start = i + 1;
    }
    return elements;
}

WeaknessItem makeItem(const Report &report, WeaknessKind kind, TextSpan span, TextSpan headline, int section)
{
    WeaknessItem item;
    item.kind = kind;
    item.span = span;
    item.headlineSpan = headline;
    item.text = evidenceText(report.textOf(headline));
    item.section = section;
    return item;
}

} // namespace

WeaknessSplitter::WeaknessSplitter(const WeaknessClassifier &classifier)
    : m_classifier(classifier)
    , m_catalog(classifier.catalog())
{
}

QList<WeaknessItem> WeaknessSplitter::split(const Report &report, const QList<SectionScope> &scopes) const
{
    const QStringView text = report.matchText;
    QSet<int> inPart;
    for (const SectionScope &scope : scopes) {
        if (scope.part == m_catalog.part())
            inPart.insert(scope.section);
    }

    QList<WeaknessItem> items;
    for (const SectionScope &scope : scopes) {
        if (scope.part != m_catalog.part())
            continue;
        const Section &section = report.sections.at(scope.section);

        // 一是…二是…: each item, its first clause as headline, causes split off.
        QList<EnumerationItem> enumerated;
        for (const EnumerationItem &e : section.enumeration) {
            if (e.span.start >= scope.span.start && e.span.end <= scope.span.end)
                enumerated.append(e);
        }
        if (!enumerated.isEmpty()) {
            for (const EnumerationItem &e : enumerated) {
                const qsizetype titleStart = e.span.start + e.marker.size();
                TextSpan headline {titleStart, titleStart + e.title.size()};
                if (text.mid(headline.start, headline.length()) != foldWidth(e.title))
                    headline = trimmedElement(text, sentenceAt(text, titleStart, e.span));
                const Hit cause = findFirst(text, e.span.start, e.span.end, m_catalog.causeCues());
                const TextSpan span {e.span.start, cause.isValid() ? cause.pos : e.span.end};
                items.append(makeItem(report, WeaknessKind::Shortcoming, trimmedElement(text, span), trimmedElement(text, headline), scope.section));
                addCauses(report, e.span, scope.section, items);
            }
            continue;
        }

        // 主要表现在：A；B；C。 and 原因在于D，E，F。
        if (findFirst(text, scope.span.start, scope.span.end, m_catalog.listCues()).isValid()) {
            addListed(report, scope, items);
            addCauses(report, scope.span, scope.section, items);
            continue;
        }

        // A sub-heading of the part: its title is the item, its body explains it.
        if (section.parent >= 0 && inPart.contains(section.parent) && section.titleSpan.isValid()) {
            const Hit cause = findFirst(text, scope.span.start, scope.span.end, m_catalog.causeCues());
            const TextSpan span {section.titleSpan.start, cause.isValid() ? cause.pos : scope.span.end};
            items.append(makeItem(report, WeaknessKind::Shortcoming, trimmedElement(text, span), trimmedElement(text, section.titleSpan), scope.section));
            addCauses(report, scope.span, scope.section, items);
            continue;
        }

        // The part's own heading: its sub-headings carry the items; without
        // them, the sentences of its body that admit something.
        const bool hasSubHeadings = std::any_of(scopes.begin(), scopes.end(), [&](const SectionScope &other) {
            return report.sections.at(other.section).parent == scope.section && other.part == m_catalog.part();
        });
        if (!hasSubHeadings && section.bodySpan.isValid())
            addSentences(report, scope, {qMax(section.bodySpan.start, scope.span.start), qMin(section.bodySpan.end, scope.span.end)}, items);
    }
    return items;
}

void WeaknessSplitter::addListed(const Report &report, const SectionScope &scope, QList<WeaknessItem> &items) const
{
    const QStringView text = report.matchText;
    const Hit cue = findFirst(text, scope.span.start, scope.span.end, m_catalog.listCues());
    const qsizetype start = cue.pos + cue.length;
    const TextSpan list {start, listEnd(text, start, scope.span.end)};
    for (const TextSpan &element : listElements(text, list))
        items.append(makeItem(report, WeaknessKind::Shortcoming, element, element, scope.section));
}

void WeaknessSplitter::addCauses(const Report &report, TextSpan within, int section, QList<WeaknessItem> &items) const
{
    const QStringView text = report.matchText;
    const Hit cue = findFirst(text, within.start, within.end, m_catalog.causeCues());
    if (!cue.isValid())
        return;
    const qsizetype start = cue.pos + cue.length;
    const TextSpan list {start, listEnd(text, start, within.end)};
    for (const TextSpan &element : listElements(text, list))
        items.append(makeItem(report, WeaknessKind::Cause, element, element, section));
}

void WeaknessSplitter::addSentences(const Report &report, const SectionScope &scope, TextSpan body, QList<WeaknessItem> &items) const
{
    const QStringView text = report.matchText;
    qsizetype pos = body.start;
    while (pos < body.end) {
        const TextSpan sentence = sentenceAt(text, pos, body);
        const TextSpan element = trimmedElement(text, sentence);
        if (element.length() > 1 && m_classifier.admitsShortcoming(text.mid(element.start, element.length())))
            items.append(makeItem(report, WeaknessKind::Shortcoming, element, element, scope.section));
        pos = qMax(sentence.end, pos + 1);
    }
}

} // namespace Dz
