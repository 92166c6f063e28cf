#include "audit/followuptracker.h"

#include "alignment/sectionsimilarity.h"
#include "audit/recurrencematcher.h"
#include "base/textsearch.h"
#include "indicators/clauses.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString firstClause(QStringView text)
{
    static const QRegularExpression end(u"[。；;！!？?\\n]"_s);
    const qsizetype at = text.toString().indexOf(end);
    return (at > 0 ? text.left(at) : text).trimmed().toString();
}

struct Sentence {
    TextSpan span;
    QString text;
};

// The sentences of @p spans that hold one of @p cues. The cues are looked
// for in the whole text first: only the few sentences holding one are cut out.
QList<Sentence> sentencesHolding(const Report &report, const QList<TextSpan> &spans, const QStringList &cues)
{
    const QString &text = report.text;
    const QList<TextSpan> found = occurrencesOf(text, cues);
    QList<Sentence> out;
    for (const TextSpan &span : spans) {
        qsizetype start = span.start;
        for (qsizetype i = span.start; i <= span.end; ++i) {
            if (i < span.end && !isSentenceEnd(text.at(i)))
                continue;
            // The sentence as trimmed() leaves it, and whether a cue stands inside.
            qsizetype from = start;
            qsizetype to = i;
            while (from < to && text.at(from).isSpace())
                ++from;
            while (to > from && text.at(to - 1).isSpace())
                --to;
            bool holds = false;
            const auto first = std::lower_bound(found.cbegin(), found.cend(), from, [](const TextSpan &s, qsizetype at) {
                return s.start < at;
            });
            for (auto it = first; !holds && it != found.cend() && it->start < to; ++it)
                holds = it->end <= to;
            if (holds && to - from >= 6)
                out.append({{start, i}, text.mid(from, to - from)});
            start = i + 1;
        }
    }
    return out;
}

// A part's row holds its heading; what it says is in the sections under it
// (or in the heading's own text when it has none).
QList<AlignedSection> leavesOf(const Report &report, const AlignedSection &placed)
{
    QList<AlignedSection> leaves;
    for (int i = placed.section + 1; i < report.sections.size(); ++i) {
        const Section &s = report.sections.at(i);
        if (s.span.start < placed.span.start || s.span.end > placed.span.end)
            continue;
        bool below = false;
        for (int up = s.parent; up >= 0 && !below; up = report.sections.at(up).parent)
            below = up == placed.section;
        const bool hasChildren = i + 1 < report.sections.size() && report.sections.at(i + 1).parent == i;
        if (below && !hasChildren) {
            AlignedSection leaf = placed;
            leaf.section = i;
            leaf.span = s.span;
            leaves.append(leaf);
        }
    }
    if (leaves.isEmpty())
        leaves.append(placed);
    return leaves;
}

} // namespace

FollowUpTracker::FollowUpTracker(const Scheme &scheme, const WeaknessCatalog &weaknesses, const AuditRules &rules)
    : m_scheme(&scheme)
    , m_weaknesses(WeaknessClassifier::of(weaknesses))
    , m_rules(&rules)
{
}

QString FollowUpTracker::themeOf(QStringView text) const
{
    QString best;
    double bestScore = 0;
    for (const SchemeTheme &theme : m_scheme->themes()) {
        double score = 0;
        for (const SchemeCue &cue : theme.cues)
            score += cue.weight * double(text.count(cue.term));
        if (score > bestScore) {
            bestScore = score;
            best = theme.id;
        }
    }
    return bestScore >= m_scheme->settings().themeThreshold ? best : QString();
}

QStringList FollowUpTracker::sharedWords(QStringView a, QStringView b, int limit)
{
    QStringList found;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isLetterOrNumber())
            continue;
        qsizetype len = 0;
        while (i + len < a.size() && a.at(i + len).isLetterOrNumber() && b.contains(a.mid(i, len + 1)))
            ++len;
        if (len >= 3)
            found.append(a.mid(i, len).toString());
    }
    std::sort(found.begin(), found.end(), [](const QString &x, const QString &y) {
        return x.size() != y.size() ? x.size() > y.size() : x < y;
    });
    QStringList out;
    for (const QString &word : std::as_const(found)) {
        const bool inside = std::any_of(out.cbegin(), out.cend(), [&](const QString &o) {
            return o.contains(word);
        });
        if (!inside)
            out.append(word);
        if (out.size() >= limit)
            break;
    }
    return out;
}

QList<FollowUpTracker::Item> FollowUpTracker::planItems(const FollowUpInput &in) const
{
    const Report &report = *in.report;
    const QList<AlignedSection> sections = in.parts->sections(u"P4"_s);
    QList<Item> items;
    QList<int> seen;
    for (const AlignedSection &placed : sections) {
        if (placed.intro || placed.section < 0 || placed.section >= report.sections.size())
            continue;
        const QList<AlignedSection> leaves = leavesOf(report, placed);
        for (const AlignedSection &aligned : std::as_const(leaves)) {
            if (seen.contains(aligned.section))
                continue;
            seen.append(aligned.section);
            const Section &section = report.sections.at(aligned.section);
            const SectionClassification *cls =
                aligned.section < in.classification->sections.size() ? &in.classification->sections.at(aligned.section) : nullptr;
            const bool heading = cls && (cls->isPartHeading || cls->isSplit());
            if (!heading) {
                const QString text = report.textOf(aligned.span).toString();
                items.append({section.title, text, aligned.span, cls && !cls->theme.isEmpty() ? cls->theme : themeOf(text)});
                continue;
            }
            // A part heading with its plan in its own text: 一是…二是…, or paragraphs.
            bool enumerated = false;
            for (const EnumerationItem &e : section.enumeration) {
                if (e.span.start < aligned.span.start || e.span.end > aligned.span.end)
                    continue;
                enumerated = true;
                const QString text = report.textOf(e.span).toString();
                items.append({e.title.isEmpty() ? firstClause(text) : e.title, text, e.span, themeOf(text)});
            }
            if (enumerated)
                continue;
            const TextSpan body = section.bodySpan.isValid()
                ? TextSpan {std::max(section.bodySpan.start, aligned.span.start), std::min(section.bodySpan.end, aligned.span.end)}
                : aligned.span;
            qsizetype start = body.start;
            for (qsizetype i = body.start; i <= body.end && body.isValid(); ++i) {
                if (i < body.end && report.text.at(i) != u'\n')
                    continue;
                const QString text = report.text.mid(start, i - start).trimmed();
                if (text.size() >= 12)
                    items.append({firstClause(text), text, {start, i}, themeOf(text)});
                start = i + 1;
            }
        }
    }
    return items;
}

QList<FollowUpPassage> FollowUpTracker::passagesOf(const FollowUpInput &later) const
{
    // Every part but the plan (P4): what the report says it did stands anywhere else.
    const Report &next = *later.report;
    QList<int> plan;
    for (const AlignedSection &placed : later.parts->sections(u"P4"_s)) {
        for (const AlignedSection &leaf : leavesOf(next, placed))
            plan.append(leaf.section);
    }
    QList<FollowUpPassage> out;
    for (int i = 0; i < next.sections.size(); ++i) {
        const Section &s = next.sections.at(i);
        const bool hasChildren = i + 1 < next.sections.size() && next.sections.at(i + 1).parent == i;
        if (hasChildren || plan.contains(i))
            continue;
        const QString node = later.parts->nodeOf(i);
        for (FollowUpPassage p : PlanMatcher::sentences(next.text, s.span)) {
            p.title = s.title;
            p.node = node;
            p.heading = s.headingSpan.length() > 0 && p.span.start < s.headingSpan.end;
            out.append(p);
        }
    }
    return out;
}

PlanFollowUp FollowUpTracker::followUp(const Item &item, const PlanMatcher &matcher) const
{
    const PlanMatch m = matcher.match(item.text);
    PlanFollowUp f;
    f.title = item.title;
    f.text = item.text;
    f.span = item.span;
    f.theme = item.theme;
    f.status = m.status;
    f.coverage = m.coverage;
    f.missing = m.missing;
    f.admission = m.admission;
    f.reason = m.reason;
    if (m.passage >= 0) {
        const FollowUpPassage &p = matcher.passages().at(m.passage);
        f.passage = p.text;
        f.sectionTitle = p.title;
        f.node = p.node;
        f.sectionSpan = p.span;
        f.score = m.score;
        f.shared = m.sharedConcepts;
        for (const QString &w : m.sharedWords) {
            if (!f.shared.contains(w))
                f.shared.append(w);
        }
    }
    return f;
}

namespace
{

QList<const WeaknessItem *> shortcomingsOf(const ReportWeaknesses &w)
{
    QList<const WeaknessItem *> out;
    for (const WeaknessItem &item : w.items) {
        if (item.kind == WeaknessKind::Shortcoming)
            out.append(&item);
    }
    return out;
}

} // namespace

QList<StatementReading> FollowUpTracker::readShortcomings(const ReportWeaknesses &weaknesses) const
{
    return RecurrenceMatcher::read(*m_weaknesses, shortcomingsOf(weaknesses));
}

QList<RecurringShortcoming> FollowUpTracker::recurring(const FollowUpInput &earlier, const FollowUpInput &later) const
{
    const QList<const WeaknessItem *> before = shortcomingsOf(*earlier.weaknesses);
    const QList<const WeaknessItem *> after = shortcomingsOf(*later.weaknesses);
    // The items' own words (a span may run on into what follows: a rectification of another) and themes,
    // read here unless the caller read them once for all the pairs a report stands in.
    const auto readingsOf = [this](const FollowUpInput &in) {
        return in.shortcomings ? *in.shortcomings : readShortcomings(*in.weaknesses);
    };
    const RecurrenceMatcher matcher(*m_weaknesses, before, readingsOf(earlier), after, readingsOf(later), m_rules->recurringScore);
    QList<RecurringShortcoming> out;
    for (int a = 0; a < after.size(); ++a) {
        const Recurrence r = matcher.match(a);
        if (r.earlier < 0)
            continue;
        const WeaknessItem *w = after.at(a);
        const WeaknessItem *p = before.at(r.earlier);
        out.append(
            {w->text, p->text, w->theme == p->theme ? w->theme : QString(), w->span, p->span, r.overlap.score, r.signs, StatementComparer::shared(r.overlap)});
    }
    return out;
}

FollowUp FollowUpTracker::compare(const FollowUpInput &earlier, const FollowUpInput &later) const
{
    FollowUp result;
    result.previousFile = earlier.report->filePath;
    const PlanMatcher matcher(*m_weaknesses, passagesOf(later), {m_rules->reportedScore, m_rules->reportedShare});
    for (const Item &item : planItems(earlier))
        result.plans.append(followUp(item, matcher));
    result.recurring = recurring(earlier, later);
    result.rectified = rectified(earlier, later);
    return result;
}

QList<RectifiedShortcoming> FollowUpTracker::rectified(const FollowUpInput &earlier, const FollowUpInput &later) const
{
    const Report &next = *later.report;
    const QList<const WeaknessItem *> before = shortcomingsOf(*earlier.weaknesses);
    // Nothing admitted, nothing to close: the next report's sentences are not read.
    if (before.isEmpty())
        return {};
    QList<TextSpan> all;
    for (const Section &s : next.sections)
        all.append(s.span);
    const QList<Sentence> rectifying = sentencesHolding(next, ReportParts::merged(all), m_rules->rectifiedCues);
    if (rectifying.isEmpty())
        return {};
    SectionSimilarity words;
    for (const WeaknessItem *w : std::as_const(before))
        words.add(earlier.report->textOf(w->span));
    for (const Sentence &s : rectifying)
        words.add(s.text);
    words.finish(SectionSimilarity::Lookup::Cosine);
    // What each rectifying sentence is about: a rectification reports success, so
    // its theme is that of its topics when it admits nothing.
    QStringList rectifyingThemes;
    for (const Sentence &s : rectifying) {
        const StatementMeaning meaning = m_weaknesses->meaning(s.text);
        rectifyingThemes.append(meaning.classification.themes.isEmpty() ? meaning.topicThemes.value(0) : meaning.classification.theme());
    }
    const int sentenceOffset = int(before.size());
    QList<RectifiedShortcoming> out;
    for (int b = 0; b < before.size(); ++b) {
        int best = -1;
        double bestScore = -1;
        for (int r = 0; r < rectifying.size(); ++r) {
            const Sentence &s = rectifying.at(r);
            const double cosine = words.cosine(b, sentenceOffset + r);
            const QString &theme = rectifyingThemes.at(r);
            const bool sameTheme = !theme.isEmpty() && theme == before.at(b)->theme;
            // A rectification usually quotes the problem it closes (asked only where the theme does not tell).
            const auto quotes = [&] {
                const QStringList quoted = sharedWords(s.text, earlier.report->textOf(before.at(b)->span), 1);
                return !quoted.isEmpty() && quoted.first().size() >= m_rules->quoteLength;
            };
            const bool related = sameTheme || quotes();
            const double rank = cosine + (related ? 1 : 0);
            if ((related || cosine >= m_rules->rectifiedScore) && rank > bestScore) {
                bestScore = rank;
                best = r;
            }
        }
        if (best < 0)
            continue;
        const Sentence &s = rectifying.at(best);
        out.append({before.at(b)->text, s.text, before.at(b)->span, s.span, words.cosine(b, sentenceOffset + best)});
    }
    return out;
}

} // namespace Dz
