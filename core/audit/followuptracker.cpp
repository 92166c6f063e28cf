#include "audit/followuptracker.h"

#include "alignment/sectionsimilarity.h"

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

QList<Sentence> sentencesOf(const Report &report, const QList<TextSpan> &spans)
{
    QList<Sentence> out;
    for (const TextSpan &span : spans) {
        qsizetype start = span.start;
        for (qsizetype i = span.start; i <= span.end; ++i) {
            const bool end = i == span.end || QStringView(u"。！？；!?;\n").contains(report.text.at(i));
            if (!end)
                continue;
            const QString text = report.text.mid(start, i - start).trimmed();
            if (text.size() >= 6)
                out.append({{start, i}, text});
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
    , m_weaknesses(weaknesses)
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

FollowUp FollowUpTracker::compare(const FollowUpInput &earlier, const FollowUpInput &later) const
{
    FollowUp result;
    result.previousFile = earlier.report->filePath;
    const Report &next = *later.report;

    // The later report's measures: the P1 sections that hold text of their own.
    struct Candidate {
        int section;
        TextSpan span;
        QString title;
        QString node;
        QString theme;
    };
    QList<Candidate> candidates;
    QList<int> seen;
    for (const AlignedSection &placed : later.parts->sections(u"P1"_s)) {
        if (placed.section < 0 || placed.section >= next.sections.size())
            continue;
        for (const AlignedSection &aligned : leavesOf(next, placed)) {
            if (seen.contains(aligned.section))
                continue;
            seen.append(aligned.section);
            const SectionClassification *cls =
                aligned.section < later.classification->sections.size() ? &later.classification->sections.at(aligned.section) : nullptr;
            const QString text = next.textOf(aligned.span).toString();
            const QString node = later.parts->nodeOf(aligned.section);
            candidates.append({aligned.section, aligned.span, next.sections.at(aligned.section).title,
                node.isEmpty() ? later.parts->nodeOf(placed.section) : node, cls && !cls->theme.isEmpty() ? cls->theme : themeOf(text)});
        }
    }

    const QList<Item> plans = planItems(earlier);
    SectionSimilarity similarity;
    for (const Item &item : plans)
        similarity.add(item.text);
    for (const Candidate &c : std::as_const(candidates))
        similarity.add(next.textOf(c.span));
    similarity.finish();
    const int offset = int(plans.size());
    for (int p = 0; p < plans.size(); ++p) {
        const Item &item = plans.at(p);
        PlanFollowUp f;
        f.title = item.title;
        f.span = item.span;
        f.theme = item.theme;
        int best = -1;
        double bestRank = -1;
        for (int c = 0; c < candidates.size(); ++c) {
            const double cosine = similarity.cosine(p, offset + c);
            const bool sameTheme = !item.theme.isEmpty() && item.theme == candidates.at(c).theme;
            const bool enough = cosine >= m_rules->reportedScore || (sameTheme && cosine >= m_rules->sameThemeScore);
            const double rank = cosine + (sameTheme ? m_rules->sameThemeScore : 0);
            if (enough && rank > bestRank) {
                bestRank = rank;
                best = c;
            }
        }
        if (best >= 0) {
            const Candidate &c = candidates.at(best);
            f.reported = true;
            f.sectionTitle = c.title;
            f.node = c.node;
            f.sectionSpan = c.span;
            f.score = similarity.cosine(p, offset + best);
            f.shared = sharedWords(item.text, next.textOf(c.span));
        }
        result.plans.append(f);
    }

    // Shortcomings admitted again.
    QList<const WeaknessItem *> before, after;
    for (const WeaknessItem &w : earlier.weaknesses->items) {
        if (w.kind == WeaknessKind::Shortcoming)
            before.append(&w);
    }
    for (const WeaknessItem &w : later.weaknesses->items) {
        if (w.kind == WeaknessKind::Shortcoming)
            after.append(&w);
    }
    SectionSimilarity words;
    for (const WeaknessItem *w : std::as_const(before))
        words.add(earlier.report->textOf(w->span));
    for (const WeaknessItem *w : std::as_const(after))
        words.add(next.textOf(w->span));
    const QList<Sentence> sentences = sentencesOf(next, ReportParts::merged([&] {
        QList<TextSpan> all;
        for (const Section &s : next.sections)
            all.append(s.span);
        return all;
    }()));
    QList<int> rectifying;
    for (int i = 0; i < sentences.size(); ++i) {
        const bool says = std::any_of(m_rules->rectifiedCues.cbegin(), m_rules->rectifiedCues.cend(), [&](const QString &cue) {
            return sentences.at(i).text.contains(cue);
        });
        if (says) {
            rectifying.append(i);
            words.add(sentences.at(i).text);
        }
    }
    words.finish();
    const int afterOffset = int(before.size());
    const int sentenceOffset = afterOffset + int(after.size());
    for (int a = 0; a < after.size(); ++a) {
        int best = -1;
        double bestScore = -1;
        for (int b = 0; b < before.size(); ++b) {
            const double cosine = words.cosine(b, afterOffset + a);
            const bool sameTheme = !after.at(a)->theme.isEmpty() && after.at(a)->theme == before.at(b)->theme;
            const double rank = cosine + (sameTheme ? 1 : 0);
            if ((sameTheme || cosine >= m_rules->recurringScore) && rank > bestScore) {
                bestScore = rank;
                best = b;
            }
        }
        if (best < 0)
            continue;
        const WeaknessItem *w = after.at(a);
        const WeaknessItem *p = before.at(best);
        result.recurring.append({w->text, p->text, w->theme == p->theme ? w->theme : QString(), w->span, p->span, words.cosine(best, afterOffset + a)});
    }
    for (int b = 0; b < before.size(); ++b) {
        int best = -1;
        double bestScore = -1;
        for (int r = 0; r < rectifying.size(); ++r) {
            const Sentence &s = sentences.at(rectifying.at(r));
            const double cosine = words.cosine(b, sentenceOffset + r);
            // What the sentence is about: a rectification reports success, so
            // its theme is that of its topics when it admits nothing.
            const StatementMeaning meaning = m_weaknesses.meaning(s.text);
            const QString theme = meaning.classification.themes.isEmpty() ? meaning.topicThemes.value(0) : meaning.classification.theme();
            const bool sameTheme = !theme.isEmpty() && theme == before.at(b)->theme;
            // A rectification usually quotes the problem it closes.
            const QStringList quoted = sharedWords(s.text, earlier.report->textOf(before.at(b)->span), 1);
            const bool quotes = !quoted.isEmpty() && quoted.first().size() >= m_rules->quoteLength;
            const double rank = cosine + (sameTheme || quotes ? 1 : 0);
            if ((sameTheme || quotes || cosine >= m_rules->rectifiedScore) && rank > bestScore) {
                bestScore = rank;
                best = r;
            }
        }
        if (best < 0)
            continue;
        const Sentence &s = sentences.at(rectifying.at(best));
        result.rectified.append({before.at(b)->text, s.text, before.at(b)->span, s.span, words.cosine(b, sentenceOffset + best)});
    }
    return result;
}

} // namespace Dz
