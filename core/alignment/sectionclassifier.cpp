#include "alignment/sectionclassifier.h"

#include "base/widthfolding.h"

#include <QHash>

#include <QLoggingCategory>
#include <map>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

// Debug output only on request: it is per report, too much for batch runs.
Q_LOGGING_CATEGORY(lcClassify, "dz.core.classify", QtInfoMsg)

namespace Dz
{

namespace Internal
{

enum class CueKind : quint8 {
    PartHeading,
    PartBody,
    Theme,
};

struct Cue {
    QString term; ///< width-folded
    double weight = 0;
    int node = 0; ///< part or theme index
    CueKind kind = CueKind::Theme;
};

struct CueMatch {
    int cue = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

/**
 * All cue terms of a scheme, found in one pass over a text.
 *
 * A bitset on the first UTF-16 unit rejects most positions before the hash
 * lookup, which keeps classification linear in the text length and cheap
 * enough for thousands of reports.
 */
struct CueIndex {
    QList<Cue> cues;
    QHash<quint32, QList<int>> byPrefix; ///< first two units → cues of length ≥ 2
    QHash<char16_t, QList<int>> single; ///< one-unit cues
    std::bitset<65536> firstUnit;
    qsizetype maxLength = 0;
    QStringList connectors; ///< the scheme's connectors (和, 及, 、), folded like the cues

    void add(const QString &term, double weight, int node, CueKind kind)
    {
        Cue cue {foldWidth(term), weight, node, kind};
        const int index = int(cues.size());
        cues.append(cue);
        maxLength = std::max(maxLength, cue.term.size());
        const char16_t c0 = cue.term.at(0).unicode();
        firstUnit.set(c0);
        if (cue.term.size() == 1)
            single[c0].append(index);
        else
            byPrefix[(quint32(c0) << 16) | cue.term.at(1).unicode()].append(index);
    }

    /// Matches of cues whose kind is in @p kinds; a match inside a longer match
    /// is dropped, so 存在的不足 does not count 不足 again and 整改措施 does not
    /// count as 措施.
    QList<CueMatch> scan(QStringView text, bool heading) const
    {
        QList<CueMatch> matches;
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c0 = text.at(i).unicode();
            if (!firstUnit.test(c0))
                continue;
            const auto consider = [&](int index) {
                const Cue &cue = cues.at(index);
                if (heading ? cue.kind == CueKind::PartBody : cue.kind == CueKind::PartHeading)
                    return;
                if (text.mid(i).startsWith(cue.term))
                    matches.append(CueMatch {index, i, i + cue.term.size()});
            };
            if (auto it = single.constFind(c0); it != single.cend()) {
                for (int index : it.value())
                    consider(index);
            }
            if (i + 1 < n) {
                if (auto it = byPrefix.constFind((quint32(c0) << 16) | text.at(i + 1).unicode()); it != byPrefix.cend()) {
                    for (int index : it.value())
                        consider(index);
                }
            }
        }
        // Matches are sorted by start; drop those strictly inside another.
        // Only matches starting at most maxLength earlier can contain one.
        QList<CueMatch> kept;
        kept.reserve(matches.size());
        for (qsizetype a = 0; a < matches.size(); ++a) {
            const CueMatch &m = matches.at(a);
            const auto contains = [&m](const CueMatch &o) {
                return o.start <= m.start && o.end >= m.end && (o.end - o.start) > (m.end - m.start);
            };
            bool inside = false;
            for (qsizetype b = a - 1; b >= 0 && !inside && matches.at(b).start >= m.start - maxLength; --b)
                inside = contains(matches.at(b));
            for (qsizetype b = a + 1; b < matches.size() && !inside && matches.at(b).start == m.start; ++b)
                inside = contains(matches.at(b));
            if (!inside)
                kept.append(m);
        }
        return kept;
    }
};

} // namespace Internal

namespace
{

using Internal::CueKind;
using Internal::CueMatch;

// Clause separators: the first clause of a heading states its subject
// (优化营商环境，加快构建…执法…体系 is about the business environment).
bool isClauseBreak(QChar c)
{
    return QStringView(u",;:。!?，；：！？").contains(c);
}

struct PartDecision {
    int part = -1;
    int itemsPart = -1;
    bool isPartHeading = false;
    double confidence = 0;
};

QString fmt(double value)
{
    return QString::number(value, 'f', 1);
}

enum TopTwoFilter { AnyScore, OnlyPositive };

// Indexes of the highest and second-highest scores (-1 where there is none);
// ties go to the lower index.
std::pair<int, int> topTwo(const std::vector<double> &scores, TopTwoFilter filter)
{
    int best = -1, second = -1;
    for (int k = 0; k < int(scores.size()); ++k) {
        if (filter == OnlyPositive && scores[k] <= 0)
            continue;
        if (best < 0 || scores[k] > scores[best]) {
            second = best;
            best = k;
        } else if (second < 0 || scores[k] > scores[second]) {
            second = k;
        }
    }
    return {best, second};
}

} // namespace

SectionClassifier::SectionClassifier(Scheme scheme)
    : m_scheme(std::move(scheme))
{
    auto index = std::make_shared<Internal::CueIndex>();
    for (qsizetype p = 0; p < m_scheme.parts().size(); ++p) {
        const SchemePart &part = m_scheme.parts().at(p);
        for (const SchemeCue &cue : part.headingCues)
            index->add(cue.term, cue.weight, int(p), CueKind::PartHeading);
        for (const SchemeCue &cue : part.bodyCues)
            index->add(cue.term, cue.weight, int(p), CueKind::PartBody);
    }
    for (qsizetype t = 0; t < m_scheme.themes().size(); ++t) {
        for (const SchemeCue &cue : m_scheme.themes().at(t).cues)
            index->add(cue.term, cue.weight, int(t), CueKind::Theme);
    }
    for (const QString &connector : m_scheme.connectors())
        index->connectors.append(foldWidth(connector));
    m_index = std::move(index);
}

ReportClassification SectionClassifier::classify(const Report &report) const
{
    const Internal::CueIndex &index = *m_index;
    const SchemeSettings &settings = m_scheme.settings();
    const QList<SchemePart> &parts = m_scheme.parts();
    const QList<SchemeTheme> &themes = m_scheme.themes();
    const qsizetype partCount = parts.size();
    const qsizetype themeCount = themes.size();
    const QList<Section> &sections = report.sections;
    const qsizetype n = sections.size();

    ReportClassification out;
    out.schemeId = m_scheme.id();
    out.sections.resize(n);
    if (n == 0) {
        for (const SchemePart &part : parts) {
            if (part.required)
                out.missingParts.append(part.id);
        }
        return out;
    }

    // Reports from ReportPipeline carry their folded, furniture-free text;
    // hand-made ones (tests) are folded here.
    const QString folded = report.matchText.size() == report.text.size() ? report.matchText : foldWidth(report.text);
    const QStringView text(folded);

    // Body cue counts per section, aggregated bottom-up.
    // Ordered by cue, not hashed: sums and explanations are the same on every run.
    std::vector<std::map<int, int>> bodyCounts(n);
    for (qsizetype i = 0; i < n; ++i) {
        // The body evidence of a section is its own text plus, added below,
        // that of its descendants.
        const Section &s = sections.at(i);
        const qsizetype start = s.bodySpan.start;
        const qsizetype end = std::min<qsizetype>(s.bodySpan.end, text.size());
        if (start < 0 || end <= start)
            continue;
        const QList<CueMatch> matches = index.scan(text.mid(start, end - start), false);
        for (const CueMatch &m : matches)
            ++bodyCounts[i][m.cue];
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        const int parent = sections.at(i).parent;
        if (parent >= 0 && parent < i) {
            for (const auto &[cue, count] : bodyCounts[i])
                bodyCounts[parent][cue] += count;
        }
    }

    // Top-level order, for the position prior.
    std::vector<int> topRank(n, -1);
    int topCount = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (sections.at(i).parent < 0)
            topRank[i] = topCount++;
    }

    std::vector<PartDecision> decisions(n);

    for (qsizetype i = 0; i < n; ++i) {
        const Section &s = sections.at(i);
        SectionClassification &c = out.sections[i];
        QList<ClassificationEvidence> evidence;

        QString heading;
        if (s.titleSpan.isValid() && s.titleSpan.end <= text.size())
            heading = text.mid(s.titleSpan.start, s.titleSpan.length()).toString();
        else
            heading = foldWidth(s.title);
        const QList<CueMatch> headingMatches = index.scan(heading, true);

        qsizetype firstClauseEnd = heading.size();
        for (qsizetype k = 0; k < heading.size(); ++k) {
            if (isClauseBreak(heading.at(k))) {
                firstClauseEnd = k;
                break;
            }
        }
        const bool manyClauses = firstClauseEnd < heading.size();

        // Heading evidence.
        std::vector<double> headingPart(partCount, 0.0);
        std::vector<double> headingTheme(themeCount, 0.0);
        std::vector<qsizetype> partFirst(partCount, -1), partLastEnd(partCount, -1);
        for (const CueMatch &m : headingMatches) {
            const Internal::Cue &cue = index.cues.at(m.cue);
            if (cue.kind == CueKind::PartHeading) {
                headingPart[cue.node] += cue.weight;
                if (partFirst[cue.node] < 0)
                    partFirst[cue.node] = m.start;
                partLastEnd[cue.node] = m.end;
            } else if (cue.kind == CueKind::Theme) {
                const double w = (manyClauses && m.start < firstClauseEnd) ? cue.weight * settings.firstClauseBonus : cue.weight;
                headingTheme[cue.node] += w;
            }
        }

        // Best two parts by heading evidence.
        const auto [best, second] = topTwo(headingPart, OnlyPositive);

        const int parent = (s.parent >= 0 && s.parent < i) ? s.parent : -1;
        const double partThreshold = parent >= 0 ? settings.childOverrideThreshold : settings.partThreshold;
        PartDecision &d = decisions[i];

        const auto addHeadingPartEvidence = [&](int p) {
            for (const CueMatch &m : headingMatches) {
                const Internal::Cue &cue = index.cues.at(m.cue);
                if (cue.kind == CueKind::PartHeading && cue.node == p)
                    evidence.append({EvidenceSource::Heading, parts.at(p).id, cue.term, 1, cue.weight});
            }
        };

        if (best >= 0 && headingPart[best] >= partThreshold) {
            d.isPartHeading = true;
            d.part = best;
            if (second >= 0 && headingPart[second] >= settings.splitThreshold) {
                // Two parts named in one heading: split only when they are
                // coordinated (不足和下一步打算), not when one qualifies the other.
                // They must also come in the order reports put them (不足 before
                // 下一步); 工作思路和举措 is one plan, not plans and results.
                const int a = partFirst[best] <= partFirst[second] ? best : second;
                const int b = a == best ? second : best;
                const double posA = parts.at(a).position >= 0 ? parts.at(a).position : double(a) / partCount;
                const double posB = parts.at(b).position >= 0 ? parts.at(b).position : double(b) / partCount;
                if (partLastEnd[a] <= partFirst[b] && posA < posB) {
                    const QStringView between = QStringView(heading).mid(partLastEnd[a], partFirst[b] - partLastEnd[a]);
                    bool joined = false;
                    for (const QString &connector : index.connectors) {
                        if (between.contains(connector)) {
                            joined = true;
                            break;
                        }
                    }
                    if (joined) {
                        d.part = a;
                        d.itemsPart = b;
                    }
                }
            }
            addHeadingPartEvidence(d.part);
            if (d.itemsPart >= 0)
                addHeadingPartEvidence(d.itemsPart);
            const double s1 = headingPart[best];
            const double s2 = (second >= 0 && d.itemsPart < 0) ? headingPart[second] : 0.0;
            d.confidence = std::min(0.98, (s1 / (s1 + s2 + 0.5)) * std::min(1.0, s1 / (2 * settings.partThreshold) + 0.5));
        } else if (parent >= 0) {
            const PartDecision &pd = decisions[parent];
            d.part = pd.itemsPart >= 0 ? pd.itemsPart : pd.part;
            if (d.part >= 0)
                evidence.append({EvidenceSource::Parent, parts.at(d.part).id, sections.at(parent).title, 1, 0});
            d.confidence = decisions[parent].confidence * 0.95;
        } else {
            const double themeMax = themeCount ? *std::max_element(headingTheme.cbegin(), headingTheme.cend()) : 0.0;
            const int content = m_scheme.partIndex(m_scheme.contentPart());
            if (themeMax >= settings.themeHeadingThreshold && content >= 0) {
                d.part = content;
                evidence.append({EvidenceSource::ThemeHeading, parts.at(content).id, QString(), 1, themeMax});
                d.confidence = std::min(0.9, 0.5 + themeMax / 10);
            } else {
                // A generic heading (一、工作情况): weak heading cues, the body and
                // the section's place among the top-level headings decide.
                std::vector<double> score(partCount, 0.0);
                for (int p = 0; p < int(partCount); ++p) {
                    score[p] += headingPart[p];
                    if (headingPart[p] > 0)
                        addHeadingPartEvidence(p);
                }
                // A part that only its heading assigns (P3) is out of reach
                // here unless the heading names it: what its body cues say
                // (主要负责人亲自部署 under 组织领导) is work reported on, so
                // they count for the content part.
                const auto outOfReach = [&](int p) {
                    return parts.at(p).needsHeading && headingPart[p] <= 0;
                };
                std::vector<double> bodyPart(partCount, 0.0);
                for (const auto &[id, count] : bodyCounts[i]) {
                    const Internal::Cue &cue = index.cues.at(id);
                    if (cue.kind != CueKind::PartBody)
                        continue;
                    const int node = outOfReach(cue.node) && content >= 0 ? content : cue.node;
                    const double w = cue.weight * (1 + std::log(double(count))) * settings.bodyPartWeight;
                    bodyPart[node] += w;
                    evidence.append({EvidenceSource::Body, parts.at(node).id, cue.term, count, w});
                }
                for (int p = 0; p < int(partCount); ++p)
                    score[p] += bodyPart[p];
                // Theme cues too weak for a theme heading still say it is content (三、组织领导).
                if (themeMax > 0 && content >= 0) {
                    score[content] += themeMax;
                    const int theme = int(std::max_element(headingTheme.cbegin(), headingTheme.cend()) - headingTheme.cbegin());
                    for (const CueMatch &m : headingMatches) {
                        const Internal::Cue &cue = index.cues.at(m.cue);
                        if (cue.kind == CueKind::Theme && cue.node == theme) {
                            const double w = (manyClauses && m.start < firstClauseEnd) ? cue.weight * settings.firstClauseBonus : cue.weight;
                            evidence.append({EvidenceSource::Heading, parts.at(content).id, cue.term, 1, w});
                        }
                    }
                }
                const double rank = topCount > 1 ? double(topRank[i]) / (topCount - 1) : 0.0;
                for (int p = 0; p < int(partCount); ++p) {
                    if (outOfReach(p)) {
                        score[p] = -1;
                        continue;
                    }
                    if (parts.at(p).position < 0)
                        continue;
                    const double prior = settings.orderWeight * std::max(0.0, 1.0 - 2.0 * std::abs(rank - parts.at(p).position));
                    if (prior > 0) {
                        score[p] += prior;
                        evidence.append({EvidenceSource::Order, parts.at(p).id, QString(), 1, prior});
                    }
                }
                const auto [top, next] = topTwo(score, AnyScore);
                if (top >= 0 && score[top] > 0) {
                    d.part = top;
                    const double s2 = next >= 0 ? score[next] : 0.0;
                    d.confidence = 0.75 * score[top] / (score[top] + s2 + 1.0);
                } else {
                    d.part = content;
                    if (content >= 0)
                        evidence.append({EvidenceSource::Default, parts.at(content).id, QString(), 1, 0});
                    d.confidence = 0.2;
                }
                // Keep only evidence for the chosen part, so `why` stays short.
                QList<ClassificationEvidence> kept;
                for (const ClassificationEvidence &e : std::as_const(evidence)) {
                    if (d.part >= 0 && e.nodeId == parts.at(d.part).id)
                        kept.append(e);
                }
                evidence = kept;
            }
        }

        // Themes: heading cues first; the body's share is capped so that it
        // only decides when the heading says nothing.
        std::vector<double> bodyTheme(themeCount, 0.0);
        double bodyTotal = 0;
        std::vector<QList<std::pair<int, int>>> bodyCuesByTheme(themeCount);
        for (const auto &[id, count] : bodyCounts[i]) {
            const Internal::Cue &cue = index.cues.at(id);
            if (cue.kind != CueKind::Theme)
                continue;
            const double w = cue.weight * (1 + std::log(double(count)));
            bodyTheme[cue.node] += w;
            bodyTotal += w;
            bodyCuesByTheme[cue.node].append({id, count});
        }
        std::vector<double> total(themeCount, 0.0);
        double sum = 0;
        for (qsizetype t = 0; t < themeCount; ++t) {
            const double body = bodyTotal >= settings.bodyThemeMinimum ? settings.bodyThemeCap * bodyTheme[t] / bodyTotal : 0.0;
            total[t] = headingTheme[t] + body;
            sum += total[t];
        }
        c.themes.reserve(themeCount);
        for (int t = 0; t < int(themeCount); ++t)
            c.themes.append({themes.at(t).id, sum > 0 ? total[t] / sum : 0.0});
        const auto [t1, t2] = topTwo(total, OnlyPositive);

        c.isPartHeading = d.isPartHeading;
        c.part = d.part >= 0 ? parts.at(d.part).id : QString();
        c.itemsPart = d.itemsPart >= 0 ? parts.at(d.itemsPart).id : QString();
        c.partConfidence = d.confidence;

        // Without theme cues in the heading (二、切实做好依法行政…), the body's
        // strongest theme is the best guess, however spread the body is.
        const bool headingHasTheme = std::any_of(headingTheme.cbegin(), headingTheme.cend(), [](double v) {
            return v > 0;
        });
        const bool bodyDecides = !headingHasTheme && bodyTotal >= settings.bodyThemeMinimum;
        if (!d.isPartHeading && t1 >= 0 && (total[t1] >= settings.themeThreshold || bodyDecides)) {
            c.theme = themes.at(t1).id;
            const double s2 = t2 >= 0 ? total[t2] : 0.0;
            c.themeConfidence = (total[t1] / (total[t1] + s2)) * std::min(1.0, total[t1] / 3.0);
            for (const CueMatch &m : headingMatches) {
                const Internal::Cue &cue = index.cues.at(m.cue);
                if (cue.kind == CueKind::Theme && cue.node == t1) {
                    const double w = (manyClauses && m.start < firstClauseEnd) ? cue.weight * settings.firstClauseBonus : cue.weight;
                    evidence.append({EvidenceSource::Heading, c.theme, cue.term, 1, w});
                }
            }
            if (bodyTotal >= settings.bodyThemeMinimum) {
                auto cuesOfTheme = bodyCuesByTheme[t1];
                // Ties go by cue order, so that the explanation is the same on every run.
                std::sort(cuesOfTheme.begin(), cuesOfTheme.end(), [&index](const auto &a, const auto &b) {
                    const double wa = index.cues.at(a.first).weight * a.second;
                    const double wb = index.cues.at(b.first).weight * b.second;
                    return wa != wb ? wa > wb : a.first < b.first;
                });
                const double share = settings.bodyThemeCap * bodyTheme[t1] / bodyTotal;
                for (qsizetype k = 0; k < cuesOfTheme.size() && k < 4; ++k) {
                    const Internal::Cue &cue = index.cues.at(cuesOfTheme.at(k).first);
                    const double w = share * cue.weight * (1 + std::log(double(cuesOfTheme.at(k).second))) / bodyTheme[t1];
                    evidence.append({EvidenceSource::Body, c.theme, cue.term, cuesOfTheme.at(k).second, w});
                }
            }
        } else if (!d.isPartHeading && parent >= 0 && !out.sections.at(parent).theme.isEmpty() && out.sections.at(parent).part == c.part) {
            // Nothing of its own: a paragraph under （四）严格规范公正文明执法 is about 执法 too.
            c.theme = out.sections.at(parent).theme;
            c.themeConfidence = out.sections.at(parent).themeConfidence * 0.6;
            evidence.append({EvidenceSource::Parent, c.theme, sections.at(parent).title, 1, 0});
        }

        c.confidence = c.theme.isEmpty() ? c.partConfidence : std::min(c.partConfidence, c.themeConfidence);
        c.confidence = std::round(c.confidence * 1000) / 1000;

        if (c.isSplit()) {
            // The opening paragraph runs to the first item: a sub-heading, or
            // an enumerated item when there is no sub-heading.
            const qsizetype start = s.headingSpan.isValid() ? s.headingSpan.start : s.span.start;
            const bool hasChildren = i + 1 < n && sections.at(i + 1).parent == i;
            if (!hasChildren && !s.enumeration.isEmpty()) {
                c.introSpan = TextSpan {start, s.enumeration.first().span.start};
                c.itemsSpan = TextSpan {s.enumeration.first().span.start, s.bodySpan.end};
            } else {
                c.introSpan = TextSpan {start, s.bodySpan.end};
            }
        }

        c.evidence = evidence;
        c.why = explain(evidence, c);
    }

    QList<bool> present(partCount, false);
    for (const SectionClassification &c : std::as_const(out.sections)) {
        const int p = m_scheme.partIndex(c.part);
        if (p >= 0)
            present[p] = true;
        const int q = m_scheme.partIndex(c.itemsPart);
        if (q >= 0)
            present[q] = true;
    }
    for (qsizetype p = 0; p < partCount; ++p) {
        if (parts.at(p).required && !present.at(p))
            out.missingParts.append(parts.at(p).id);
    }
    qCDebug(lcClassify) << "classified" << n << "sections of" << report.filePath << "missing" << out.missingParts;
    return out;
}

QString SectionClassifier::explain(const QList<ClassificationEvidence> &evidence, const SectionClassification &result)
{
    const auto list = [&evidence](const QString &node, EvidenceSource source) {
        QStringList items;
        for (const ClassificationEvidence &e : evidence) {
            if (e.nodeId != node || e.source != source)
                continue;
            if (source == EvidenceSource::Body)
                items.append(tr("%1 ×%2 +%3").arg(e.term).arg(e.count).arg(fmt(e.weight)));
            else
                items.append(tr("%1 +%2").arg(e.term, fmt(e.weight)));
        }
        return items.join(u", "_s);
    };
    const auto has = [&evidence](const QString &node, EvidenceSource source) {
        return std::any_of(evidence.cbegin(), evidence.cend(), [&](const ClassificationEvidence &e) {
            return e.nodeId == node && e.source == source;
        });
    };

    QStringList sentences;
    if (result.part.isEmpty()) {
        sentences.append(tr("No part: the scheme has none."));
    } else if (result.isSplit()) {
        sentences.append(tr("The heading names two parts: its opening paragraph is %1 (%2), its items are %3 (%4).")
                .arg(result.part, list(result.part, EvidenceSource::Heading), result.itemsPart, list(result.itemsPart, EvidenceSource::Heading)));
    } else if (result.isPartHeading) {
        sentences.append(tr("Part %1 from the heading: %2.").arg(result.part, list(result.part, EvidenceSource::Heading)));
    } else if (has(result.part, EvidenceSource::Parent)) {
        QString parentTitle;
        for (const ClassificationEvidence &e : evidence) {
            if (e.source == EvidenceSource::Parent && e.nodeId == result.part)
                parentTitle = e.term;
        }
        sentences.append(tr("Part %1 from the enclosing section “%2”.").arg(result.part, parentTitle));
    } else if (has(result.part, EvidenceSource::ThemeHeading)) {
        sentences.append(tr("Part %1: the top-level heading names a theme and no part.").arg(result.part));
    } else if (has(result.part, EvidenceSource::Default)) {
        sentences.append(tr("Part %1 by default: nothing pointed elsewhere.").arg(result.part));
    } else {
        QStringList reasons;
        if (has(result.part, EvidenceSource::Heading))
            reasons.append(tr("weak heading cues %1").arg(list(result.part, EvidenceSource::Heading)));
        if (has(result.part, EvidenceSource::Body))
            reasons.append(tr("body %1").arg(list(result.part, EvidenceSource::Body)));
        for (const ClassificationEvidence &e : evidence) {
            if (e.source == EvidenceSource::Order && e.nodeId == result.part)
                reasons.append(tr("position among top-level headings +%1").arg(fmt(e.weight)));
        }
        sentences.append(tr("Part %1 from a generic heading: %2.").arg(result.part, reasons.join(u"; "_s)));
    }

    if (result.isPartHeading) {
        sentences.append(tr("No theme: the heading names a part."));
    } else if (result.theme.isEmpty()) {
        sentences.append(tr("No theme: no cue term stood out."));
    } else if (has(result.theme, EvidenceSource::Parent)) {
        sentences.append(tr("Theme %1 from the enclosing section.").arg(result.theme));
    } else {
        QStringList reasons;
        if (has(result.theme, EvidenceSource::Heading))
            reasons.append(tr("heading %1").arg(list(result.theme, EvidenceSource::Heading)));
        if (has(result.theme, EvidenceSource::Body))
            reasons.append(tr("body %1").arg(list(result.theme, EvidenceSource::Body)));
        sentences.append(tr("Theme %1 from %2.").arg(result.theme, reasons.join(u"; "_s)));
    }
    return sentences.join(u' ');
}

} // namespace Dz
