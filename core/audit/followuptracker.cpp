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
    for (const AlignedSection &aligned : sections) {
        if (aligned.intro || aligned.section < 0 || aligned.section >= report.sections.size())
            continue;
        const bool container = std::any_of(sections.cbegin(), sections.cend(), [&](const AlignedSection &o) {
            return o.section >= 0 && report.sections.at(o.section).parent == aligned.section;
        });
        if (container)
            continue;
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
        const TextSpan body = section.bodySpan.isValid() ? TextSpan {std::max(section.bodySpan.start, aligned.span.start), std::min(section.bodySpan.end, aligned.span.end)}
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
    const QList<AlignedSection> p1 = later.parts->sections(u"P1"_s);
    for (const AlignedSection &aligned : p1) {
        if (aligned.section < 0 || aligned.section >= next.sections.size())
            continue;
        const bool container = std::any_of(p1.cbegin(), p1.cend(), [&](const AlignedSection &o) {
            return o.section >= 0 && next.sections.at(o.section).parent == aligned.section;
        });
        if (container)
            continue;
        const SectionClassification *cls =
            aligned.section < later.classification->sections.size() ? &later.classification->sections.at(aligned.section) : nullptr;
        const QString text = next.textOf(aligned.span).toString();
        candidates.append({aligned.section, aligned.span, next.sections.at(aligned.section).title, later.parts->nodeOf(aligned.section),
            cls && !cls->theme.isEmpty() ? cls->theme : themeOf(text)});
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
            const QString theme = m_weaknesses.classify(s.text, {}).theme;
            const bool sameTheme = !theme.isEmpty() && theme == before.at(b)->theme;
            const double rank = cosine + (sameTheme ? 1 : 0);
            if ((sameTheme || cosine >= m_rules->rectifiedScore) && rank > bestScore) {
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
