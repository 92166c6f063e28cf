#include "alignment/sectionclassifier.h"
#include "alignment/classify_debug.h"
#include "alignment/sectionclassifier_p.h"

#include "base/widthfolding.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Debug output only on request: it is per report, too much for batch runs.

namespace Dz
{

namespace Internal
{

namespace
{

// Clause separators: the first clause of a heading states its subject
// (优化营商环境，加快构建…执法…体系 is about the business environment).
bool isClauseBreak(QChar c)
{
    return QStringView(u",;:。!?，；：！？").contains(c);
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

qsizetype firstClauseEnd(const QString &heading)
{
    for (qsizetype k = 0; k < heading.size(); ++k) {
        if (isClauseBreak(heading.at(k)))
            return k;
    }
    return heading.size();
}

// A part only its heading assigns (P3) is out of reach of a heading that
// does not name it.
bool outOfReach(const SchemePart &part, double headingWeight)
{
    return part.needsHeading && headingWeight <= 0;
}

// The body cues behind a theme, strongest first (at most four): enough to
// say why, short enough to read.
void appendBodyThemeEvidence(QList<ClassificationEvidence> *evidence, const CueIndex &index, const SchemeSettings &settings, const ThemeScores &scores,
    int theme, const QString &themeId)
{
    auto cuesOfTheme = scores.bodyCues[theme];
    // Ties go by cue order, so that the explanation is the same on every run.
    std::sort(cuesOfTheme.begin(), cuesOfTheme.end(), [&index](const auto &a, const auto &b) {
        const double wa = index.cues.at(a.first).weight * a.second;
        const double wb = index.cues.at(b.first).weight * b.second;
        return wa != wb ? wa > wb : a.first < b.first;
    });
    const double share = settings.bodyThemeCap * scores.body[theme] / scores.bodyTotal;
    for (qsizetype k = 0; k < cuesOfTheme.size() && k < 4; ++k) {
        const Cue &cue = index.cues.at(cuesOfTheme.at(k).first);
        const double w = share * cue.weight * (1 + std::log(double(cuesOfTheme.at(k).second))) / scores.body[theme];
        evidence->append({EvidenceSource::Body, themeId, cue.term, cuesOfTheme.at(k).second, w});
    }
}

QList<ThemeScore> themeShares(const Scheme &scheme, const ThemeScores &scores)
{
    QList<ThemeScore> shares;
    shares.reserve(scheme.themes().size());
    for (int t = 0; t < int(scheme.themes().size()); ++t)
        shares.append({scheme.themes().at(t).id, scores.sum > 0 ? scores.total[t] / scores.sum : 0.0});
    return shares;
}

SectionClassification classifySection(const Scheme &scheme, const CueIndex &index, const Section &section, QStringView text, const CueCounts &body,
    double position, const ParentContext *parent, PartDecision *decision)
{
    const QList<SchemePart> &parts = scheme.parts();
    QList<ClassificationEvidence> evidence;
    const HeadingEvidence heading = headingEvidence(index, scheme, headingText(section, text));
    *decision = decidePart(scheme, index, heading, body, parent, position, &evidence);

    SectionClassification c;
    c.isPartHeading = decision->isPartHeading;
    c.part = decision->part >= 0 ? parts.at(decision->part).id : QString();
    c.itemsPart = decision->itemsPart >= 0 ? parts.at(decision->itemsPart).id : QString();
    c.partConfidence = decision->confidence;

    const ThemeScores scores = themeScores(scheme, index, heading, body);
    c.themes = themeShares(scheme, scores);
    decideTheme(scheme, index, heading, scores, parent, &c, &evidence);

    c.confidence = c.theme.isEmpty() ? c.partConfidence : std::min(c.partConfidence, c.themeConfidence);
    c.confidence = std::round(c.confidence * 1000) / 1000;
    c.evidence = evidence;
    return c;
}

} // namespace

std::vector<CueCounts> bodyCueCounts(const CueIndex &index, QStringView text, const QList<Section> &sections)
{
    const qsizetype n = sections.size();
    std::vector<CueCounts> counts(n);
    QVarLengthArray<int, 64> cues;
    for (qsizetype i = 0; i < n; ++i) {
        const Section &s = sections.at(i);
        const qsizetype start = s.bodySpan.start;
        const qsizetype end = std::min<qsizetype>(s.bodySpan.end, text.size());
        if (start < 0 || end <= start)
            continue;
        cues.clear();
        for (const CueMatch &m : index.scan(text.mid(start, end - start), false))
            cues.append(m.cue);
        std::sort(cues.begin(), cues.end());
        for (auto at = cues.cbegin(); at != cues.cend();) {
            const auto run = std::upper_bound(at, cues.cend(), *at);
            counts[i].emplace_back(*at, int(run - at));
            at = run;
        }
    }
    // Bottom-up, so a section holds its whole subtree's counts.
    CueCounts merged;
    for (qsizetype i = n - 1; i >= 0; --i) {
        const int parent = sections.at(i).parent;
        if (parent < 0 || parent >= i || counts[i].empty())
            continue;
        const CueCounts &mine = counts[i];
        CueCounts &theirs = counts[parent];
        merged.clear();
        merged.reserve(mine.size() + theirs.size());
        auto a = theirs.cbegin();
        auto b = mine.cbegin();
        while (a != theirs.cend() || b != mine.cend()) {
            if (b == mine.cend() || (a != theirs.cend() && a->first < b->first))
                merged.push_back(*a++);
            else if (a == theirs.cend() || b->first < a->first)
                merged.push_back(*b++);
            else {
                merged.emplace_back(a->first, a->second + b->second);
                ++a;
                ++b;
            }
        }
        theirs.swap(merged);
    }
    return counts;
}

QString headingText(const Section &section, QStringView text)
{
    if (section.titleSpan.isValid() && section.titleSpan.end <= text.size())
        return text.mid(section.titleSpan.start, section.titleSpan.length()).toString();
    return foldWidth(section.title);
}

double HeadingEvidence::themeMax() const
{
    return theme.empty() ? 0.0 : *std::max_element(theme.cbegin(), theme.cend());
}

double HeadingEvidence::weightOf(const CueIndex &index, qsizetype k) const
{
    const CueMatch &m = matches.at(k);
    const Cue &cue = index.cues.at(m.cue);
    const bool manyClauses = firstClauseEnd < heading.size();
    return cue.kind == CueKind::Theme && manyClauses && m.start < firstClauseEnd ? cue.weight * firstClauseBonus : cue.weight;
}

HeadingEvidence headingEvidence(const CueIndex &index, const Scheme &scheme, const QString &heading)
{
    HeadingEvidence e;
    e.heading = heading;
    e.matches = index.scan(heading, true);
    e.firstClauseEnd = firstClauseEnd(heading);
    e.firstClauseBonus = scheme.settings().firstClauseBonus;
    e.part.assign(scheme.parts().size(), 0.0);
    e.theme.assign(scheme.themes().size(), 0.0);
    e.partFirst.assign(scheme.parts().size(), -1);
    e.partLastEnd.assign(scheme.parts().size(), -1);
    for (qsizetype k = 0; k < e.matches.size(); ++k) {
        const CueMatch &m = e.matches.at(k);
        const Cue &cue = index.cues.at(m.cue);
        if (cue.kind == CueKind::PartHeading) {
            e.part[cue.node] += cue.weight;
            if (e.partFirst[cue.node] < 0)
                e.partFirst[cue.node] = m.start;
            e.partLastEnd[cue.node] = m.end;
        } else if (cue.kind == CueKind::Theme) {
            e.theme[cue.node] += e.weightOf(index, k);
        }
    }
    return e;
}

void appendHeadingEvidence(
    QList<ClassificationEvidence> *evidence, const CueIndex &index, const HeadingEvidence &heading, CueKind kind, int node, const QString &nodeId)
{
    for (qsizetype k = 0; k < heading.matches.size(); ++k) {
        const Cue &cue = index.cues.at(heading.matches.at(k).cue);
        if (cue.kind == kind && cue.node == node)
            evidence->append({EvidenceSource::Heading, nodeId, cue.term, 1, heading.weightOf(index, k)});
    }
}

std::vector<double> topLevelPositions(const QList<Section> &sections)
{
    std::vector<int> rank(sections.size(), -1);
    int count = 0;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).parent < 0)
            rank[i] = count++;
    }
    std::vector<double> positions(sections.size(), 0.0);
    for (qsizetype i = 0; i < sections.size(); ++i)
        positions[i] = count > 1 ? double(rank[i]) / (count - 1) : 0.0;
    return positions;
}

double positionPrior(const SchemeSettings &settings, const SchemePart &part, double position)
{
    if (part.position < 0)
        return 0;
    return settings.orderWeight * std::max(0.0, 1.0 - 2.0 * std::abs(position - part.position));
}

PartDecision decidePart(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body, const ParentContext *parent,
    double position, QList<ClassificationEvidence> *evidence)
{
    const SchemeSettings &settings = scheme.settings();
    const double threshold = parent ? settings.childOverrideThreshold : settings.partThreshold;
    if (const auto named = partFromHeading(scheme, index, heading, threshold, evidence))
        return *named;
    if (parent)
        return partFromParent(scheme, *parent, evidence);
    if (const auto content = partFromThemeHeading(scheme, heading, evidence))
        return *content;
    return partFromGenericHeading(scheme, index, heading, body, position, evidence);
}

std::optional<PartDecision> partFromHeading(
    const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, double threshold, QList<ClassificationEvidence> *evidence)
{
    const SchemeSettings &settings = scheme.settings();
    const auto [best, second] = topTwo(heading.part, OnlyPositive);
    if (best < 0 || heading.part[best] < threshold)
        return std::nullopt;
    PartDecision d;
    d.isPartHeading = true;
    d.part = best;
    if (second >= 0 && heading.part[second] >= settings.splitThreshold) {
        if (const auto pair = coordinatedParts(scheme, index, heading, best, second)) {
            d.part = pair->first;
            d.itemsPart = pair->second;
        }
    }
    appendHeadingEvidence(evidence, index, heading, CueKind::PartHeading, d.part, scheme.parts().at(d.part).id);
    if (d.itemsPart >= 0)
        appendHeadingEvidence(evidence, index, heading, CueKind::PartHeading, d.itemsPart, scheme.parts().at(d.itemsPart).id);
    const double s1 = heading.part[best];
    const double s2 = (second >= 0 && d.itemsPart < 0) ? heading.part[second] : 0.0;
    d.confidence = std::min(0.98, (s1 / (s1 + s2 + 0.5)) * std::min(1.0, s1 / (2 * settings.partThreshold) + 0.5));
    return d;
}

std::optional<std::pair<int, int>> coordinatedParts(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, int best, int second)
{
    const QList<SchemePart> &parts = scheme.parts();
    const qsizetype partCount = parts.size();
    const int a = heading.partFirst[best] <= heading.partFirst[second] ? best : second;
    const int b = a == best ? second : best;
    const double posA = parts.at(a).position >= 0 ? parts.at(a).position : double(a) / partCount;
    const double posB = parts.at(b).position >= 0 ? parts.at(b).position : double(b) / partCount;
    if (heading.partLastEnd[a] > heading.partFirst[b] || posA >= posB)
        return std::nullopt;
    const QStringView between = QStringView(heading.heading).mid(heading.partLastEnd[a], heading.partFirst[b] - heading.partLastEnd[a]);
    const bool joined = std::any_of(index.connectors.cbegin(), index.connectors.cend(), [between](const QString &connector) {
        return between.contains(connector);
    });
    if (!joined)
        return std::nullopt;
    return std::pair {a, b};
}

PartDecision partFromParent(const Scheme &scheme, const ParentContext &parent, QList<ClassificationEvidence> *evidence)
{
    PartDecision d;
    d.part = parent.decision->itemsPart >= 0 ? parent.decision->itemsPart : parent.decision->part;
    if (d.part >= 0)
        evidence->append({EvidenceSource::Parent, scheme.parts().at(d.part).id, parent.title, 1, 0});
    d.confidence = parent.decision->confidence * 0.95;
    return d;
}

std::optional<PartDecision> partFromThemeHeading(const Scheme &scheme, const HeadingEvidence &heading, QList<ClassificationEvidence> *evidence)
{
    const double themeMax = heading.themeMax();
    const int content = scheme.partIndex(scheme.contentPart());
    if (themeMax < scheme.settings().themeHeadingThreshold || content < 0)
        return std::nullopt;
    PartDecision d;
    d.part = content;
    evidence->append({EvidenceSource::ThemeHeading, scheme.parts().at(content).id, QString(), 1, themeMax});
    d.confidence = std::min(0.9, 0.5 + themeMax / 10);
    return d;
}

std::vector<double> bodyPartScores(
    const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body, int content, QList<ClassificationEvidence> *evidence)
{
    const QList<SchemePart> &parts = scheme.parts();
    std::vector<double> scores(parts.size(), 0.0);
    for (const auto &[id, count] : body) {
        const Cue &cue = index.cues.at(id);
        if (cue.kind != CueKind::PartBody)
            continue;
        // What a P3 body cue says (主要负责人亲自部署 under 组织领导) is
        // work reported on: it counts for the content part.
        const int node = outOfReach(parts.at(cue.node), heading.part[cue.node]) && content >= 0 ? content : cue.node;
        const double w = cue.weight * (1 + std::log(double(count))) * scheme.settings().bodyPartWeight;
        scores[node] += w;
        evidence->append({EvidenceSource::Body, parts.at(node).id, cue.term, count, w});
    }
    return scores;
}

PartDecision partFromGenericHeading(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body, double position,
    QList<ClassificationEvidence> *evidence)
{
    const QList<SchemePart> &parts = scheme.parts();
    const int content = scheme.partIndex(scheme.contentPart());
    std::vector<double> score(parts.size(), 0.0);
    for (int p = 0; p < int(parts.size()); ++p) {
        score[p] += heading.part[p];
        if (heading.part[p] > 0)
            appendHeadingEvidence(evidence, index, heading, CueKind::PartHeading, p, parts.at(p).id);
    }
    const std::vector<double> bodyPart = bodyPartScores(scheme, index, heading, body, content, evidence);
    for (int p = 0; p < int(parts.size()); ++p)
        score[p] += bodyPart[p];
    // Theme cues too weak for a theme heading still say it is content (三、组织领导).
    if (const double themeMax = heading.themeMax(); themeMax > 0 && content >= 0) {
        score[content] += themeMax;
        const int theme = int(std::max_element(heading.theme.cbegin(), heading.theme.cend()) - heading.theme.cbegin());
        appendHeadingEvidence(evidence, index, heading, CueKind::Theme, theme, parts.at(content).id);
    }
    for (int p = 0; p < int(parts.size()); ++p) {
        if (outOfReach(parts.at(p), heading.part[p])) {
            score[p] = -1;
            continue;
        }
        if (const double prior = positionPrior(scheme.settings(), parts.at(p), position); prior > 0) {
            score[p] += prior;
            evidence->append({EvidenceSource::Order, parts.at(p).id, QString(), 1, prior});
        }
    }
    PartDecision d;
    if (const auto [top, next] = topTwo(score, AnyScore); top >= 0 && score[top] > 0) {
        d.part = top;
        const double s2 = next >= 0 ? score[next] : 0.0;
        d.confidence = 0.75 * score[top] / (score[top] + s2 + 1.0);
    } else {
        d.part = content;
        if (content >= 0)
            evidence->append({EvidenceSource::Default, parts.at(content).id, QString(), 1, 0});
        d.confidence = 0.2;
    }
    // Keep only evidence for the chosen part, so `why` stays short.
    evidence->removeIf([&](const ClassificationEvidence &e) {
        return d.part < 0 || e.nodeId != parts.at(d.part).id;
    });
    return d;
}

ThemeScores themeScores(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const CueCounts &body)
{
    const SchemeSettings &settings = scheme.settings();
    const qsizetype themeCount = scheme.themes().size();
    ThemeScores s;
    s.body.assign(themeCount, 0.0);
    s.bodyCues.resize(themeCount);
    for (const auto &[id, count] : body) {
        const Cue &cue = index.cues.at(id);
        if (cue.kind != CueKind::Theme)
            continue;
        const double w = cue.weight * (1 + std::log(double(count)));
        s.body[cue.node] += w;
        s.bodyTotal += w;
        s.bodyCues[cue.node].append({id, count});
    }
    s.total.assign(themeCount, 0.0);
    for (qsizetype t = 0; t < themeCount; ++t) {
        const double share = s.bodyCounts(settings) ? settings.bodyThemeCap * s.body[t] / s.bodyTotal : 0.0;
        s.total[t] = heading.theme[t] + share;
        s.sum += s.total[t];
    }
    return s;
}

void decideTheme(const Scheme &scheme, const CueIndex &index, const HeadingEvidence &heading, const ThemeScores &scores, const ParentContext *parent,
    SectionClassification *c, QList<ClassificationEvidence> *evidence)
{
    const SchemeSettings &settings = scheme.settings();
    const auto [t1, t2] = topTwo(scores.total, OnlyPositive);
    // Without theme cues in the heading (二、切实做好依法行政…), the body's
    // strongest theme is the best guess, however spread the body is.
    const bool headingHasTheme = std::any_of(heading.theme.cbegin(), heading.theme.cend(), [](double v) {
        return v > 0;
    });
    const bool bodyDecides = !headingHasTheme && scores.bodyCounts(settings);
    if (!c->isPartHeading && t1 >= 0 && (scores.total[t1] >= settings.themeThreshold || bodyDecides)) {
        c->theme = scheme.themes().at(t1).id;
        const double s2 = t2 >= 0 ? scores.total[t2] : 0.0;
        c->themeConfidence = (scores.total[t1] / (scores.total[t1] + s2)) * std::min(1.0, scores.total[t1] / 3.0);
        appendHeadingEvidence(evidence, index, heading, CueKind::Theme, t1, c->theme);
        if (scores.bodyCounts(settings))
            appendBodyThemeEvidence(evidence, index, settings, scores, t1, c->theme);
    } else if (!c->isPartHeading && parent && !parent->classification->theme.isEmpty() && parent->classification->part == c->part) {
        // Nothing of its own: a paragraph under （四）严格规范公正文明执法 is about 执法 too.
        c->theme = parent->classification->theme;
        c->themeConfidence = parent->classification->themeConfidence * 0.6;
        evidence->append({EvidenceSource::Parent, c->theme, parent->title, 1, 0});
    }
}

void setSplitSpans(const QList<Section> &sections, int index, SectionClassification *c)
{
    // The opening paragraph runs to the first item: a sub-heading, or an
    // enumerated item when there is no sub-heading.
    const Section &s = sections.at(index);
    const qsizetype start = s.headingSpan.isValid() ? s.headingSpan.start : s.span.start;
    const bool hasChildren = index + 1 < sections.size() && sections.at(index + 1).parent == index;
    if (!hasChildren && !s.enumeration.isEmpty()) {
        c->introSpan = TextSpan {start, s.enumeration.first().span.start};
        c->itemsSpan = TextSpan {s.enumeration.first().span.start, s.bodySpan.end};
    } else {
        c->introSpan = TextSpan {start, s.bodySpan.end};
    }
}

QStringList missingParts(const Scheme &scheme, const QList<SectionClassification> &sections)
{
    QList<bool> present(scheme.parts().size(), false);
    for (const SectionClassification &c : sections) {
        if (const int p = scheme.partIndex(c.part); p >= 0)
            present[p] = true;
        if (const int q = scheme.partIndex(c.itemsPart); q >= 0)
            present[q] = true;
    }
    QStringList missing;
    for (qsizetype p = 0; p < scheme.parts().size(); ++p) {
        if (scheme.parts().at(p).required && !present.at(p))
            missing.append(scheme.parts().at(p).id);
    }
    return missing;
}

} // namespace Internal

namespace
{

QString fmt(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

SectionClassifier::SectionClassifier(Scheme scheme)
    : m_scheme(std::move(scheme))
    , m_index(std::make_shared<const Internal::CueIndex>(Internal::CueIndex::fromScheme(m_scheme)))
{
}

ReportClassification SectionClassifier::classify(const Report &report) const
{
    using namespace Internal;
    const QList<Section> &sections = report.sections;
    ReportClassification out;
    out.schemeId = m_scheme.id();
    if (sections.isEmpty()) {
        out.missingParts = missingParts(m_scheme, out.sections);
        return out;
    }
    // Reports from ReportPipeline carry their folded, furniture-free text;
    // hand-made ones (tests) are folded here.
    const QString folded = report.matchText.size() == report.text.size() ? report.matchText : foldWidth(report.text);
    const std::vector<CueCounts> bodyCounts = bodyCueCounts(*m_index, folded, sections);
    const std::vector<double> positions = topLevelPositions(sections);
    std::vector<PartDecision> decisions(sections.size());
    // Reserved: the children read their parent's classification in place.
    out.sections.reserve(sections.size());
    for (int i = 0; i < int(sections.size()); ++i) {
        const int p = sections.at(i).parent;
        const bool hasParent = p >= 0 && p < i;
        const ParentContext parent = hasParent ? ParentContext {&decisions[p], &out.sections.at(p), sections.at(p).title} : ParentContext {};
        SectionClassification c =
            classifySection(m_scheme, *m_index, sections.at(i), folded, bodyCounts[i], positions[i], hasParent ? &parent : nullptr, &decisions[i]);
        if (c.isSplit())
            setSplitSpans(sections, i, &c);
        out.sections.append(std::move(c));
    }
    out.missingParts = missingParts(m_scheme, out.sections);
    qCDebug(lcClassify) << "classified" << sections.size() << "sections of" << report.filePath << "missing" << out.missingParts;
    return out;
}

QString SectionClassification::why() const
{
    return SectionClassifier::explain(evidence, *this);
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
