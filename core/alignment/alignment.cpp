#include "alignment/alignment.h"
#include "alignment/align_debug.h"
#include "alignment/alignment_p.h"

#include "alignment/sectionclassifier.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

// Debug output only on request: it is per report, too much for batch runs.

namespace Dz
{

namespace Internal
{

namespace
{

// Sections feed the similarity index with their heading, counted thrice
// because it states the topic, and the start of their body: enough to
// characterise them, bounded so long sections do not dominate the cost.
constexpr qsizetype MaxSimilarityText = 600;

// Whether section @p s starts an entry of its own (see placeSections());
// @p nodes are the report's sections' nodes.
bool startsEntry(const QList<Section> &sections, const QStringList &nodes, const QList<ReportClassification> &classifications, int r, int s)
{
    const int p = sections.at(s).parent;
    if (p < 0 || p >= s)
        return true;
    const SectionClassification *c = classificationOf(classifications, r, s);
    if (!c || c->part.isEmpty())
        return sections.at(s).level <= 2;
    const SectionClassification *pc = classificationOf(classifications, r, p);
    const QString parentPart = pc ? (pc->isSplit() ? pc->itemsPart : pc->part) : QString();
    if (c->part != parentPart)
        return true;
    return nodes.at(s) != nodes.at(p) && pc && (pc->isPartHeading || sections.at(p).level == 1);
}

QString noSectionMessage(const SectionRef &ref)
{
    return Alignment::tr("No section “%1” (level %2) in %3.").arg(ref.title).arg(ref.level).arg(ref.report);
}

AlignedSection entryOf(const Section &section, int r, int s, const SectionClassification *c, bool corrected)
{
    AlignedSection entry;
    entry.report = r;
    entry.section = s;
    entry.marker = section.marker;
    entry.title = section.title;
    entry.level = section.level;
    entry.span = section.span;
    entry.confidence = c ? c->confidence : 0;
    entry.corrected = corrected;
    if (c && c->isSplit() && !corrected && c->introSpan.isValid()) {
        entry.span = c->introSpan;
        entry.intro = true;
    }
    return entry;
}

QString headingOf(const QList<Report> &reports, int r, int s)
{
    const Section &section = reports.at(r).sections.at(s);
    return section.marker + section.title;
}

quint64 pairKey(int x, int y)
{
    return x < y ? (quint64(x) << 32) | quint32(y) : (quint64(y) << 32) | quint32(x);
}

// The analyst's pairs, with the similarity the index sees in them.
QList<SectionPair> manualSectionPairs(const QList<Report> &reports, const AlignedDocuments &aligned, const QList<std::pair<int, int>> &manualPairs,
    const SectionSimilarity &similarity, QSet<quint64> *seen)
{
    QList<SectionPair> pairs;
    for (qsizetype k = 0; k + 1 < manualPairs.size(); k += 2) {
        const auto [ra, sa] = manualPairs.at(k);
        const auto [rb, sb] = manualPairs.at(k + 1);
        const int da = aligned.documentAt(ra, sa);
        const int db = aligned.documentAt(rb, sb);
        const bool indexed = da >= 0 && db >= 0;
        pairs.append(SectionPair {ra, sa, rb, sb, headingOf(reports, ra, sa), headingOf(reports, rb, sb), indexed ? similarity.cosine(da, db) : 0.0, true});
        if (indexed)
            seen->insert(pairKey(da, db));
    }
    return pairs;
}

// The best partner of @p doc in each other report, not yet paired.
QList<SectionPair> proposedPairs(
    const QList<Report> &reports, const AlignedDocuments &aligned, int doc, const SectionSimilarity &similarity, QSet<quint64> *seen)
{
    QList<SectionPair> pairs;
    const int r = aligned.documents.at(doc).first;
    const int s = aligned.documents.at(doc).second;
    const QList<SectionSimilarity::Match> matches = similarity.topMatches(doc, Alignment::MinimumPairScore, -1, [&](int other) {
        return aligned.documents.at(other).first != r;
    });
    QSet<int> reportsDone;
    for (const SectionSimilarity::Match &m : matches) {
        const auto [r2, s2] = aligned.documents.at(m.document);
        if (reportsDone.contains(r2))
            continue;
        if (reportsDone.size() >= Alignment::MaxPartnersPerSection)
            break;
        reportsDone.insert(r2);
        if (seen->contains(pairKey(doc, m.document)))
            continue;
        seen->insert(pairKey(doc, m.document));
        pairs.append(SectionPair {r, s, r2, s2, headingOf(reports, r, s), headingOf(reports, r2, s2), m.score, false});
    }
    return pairs;
}

} // namespace

QString Placement::effectiveNode(const QList<Section> &sections, int report, int section) const
{
    for (int i = section; i >= 0; i = sections.at(i).parent) {
        if (listed[report][i])
            return node[report][i];
        if (sections.at(i).parent >= i)
            break;
    }
    return QString();
}

void Placement::place(const QList<Section> &sections, int report, int section, const QString &target)
{
    node[report][section] = target;
    listed[report][section] = true;
    corrected[report][section] = true;
    // The subsections move with it unless corrected themselves.
    std::vector<bool> inside(sections.size(), false);
    inside[section] = true;
    for (int i = section + 1; i < sections.size(); ++i) {
        const int p = sections.at(i).parent;
        if (p < 0 || !inside[p])
            break;
        inside[i] = true;
        if (!corrected[report][i]) {
            listed[report][i] = false;
            node[report][i] = target;
        }
    }
}

QString classifiedNode(const Scheme &scheme, const SectionClassification *c)
{
    if (!c || c->part.isEmpty())
        return QString();
    if (!c->theme.isEmpty() && scheme.themedParts().contains(c->part))
        return Scheme::nodeId(c->part, c->theme);
    return c->part;
}

const SectionClassification *classificationOf(const QList<ReportClassification> &classifications, int report, int section)
{
    if (report < classifications.size() && section < classifications.at(report).sections.size())
        return &classifications.at(report).sections.at(section);
    return nullptr;
}

Placement placeSections(const Scheme &scheme, const QList<Report> &reports, const QList<ReportClassification> &classifications)
{
    Placement placement;
    for (int r = 0; r < reports.size(); ++r) {
        const QList<Section> &sections = reports.at(r).sections;
        QStringList nodes;
        nodes.reserve(sections.size());
        for (int s = 0; s < sections.size(); ++s)
            nodes.append(classifiedNode(scheme, classificationOf(classifications, r, s)));
        QList<bool> listed(sections.size());
        for (int s = 0; s < sections.size(); ++s)
            listed[s] = startsEntry(sections, nodes, classifications, r, s);
        placement.node.append(nodes);
        placement.listed.append(listed);
        placement.corrected.append(QList<bool>(sections.size(), false));
    }
    return placement;
}

CorrectionOutcome applyCorrections(const Scheme &scheme, const QList<Report> &reports, const QList<AlignmentCorrection> &corrections, Placement *placement)
{
    QHash<QString, int> reportByFile;
    for (int r = 0; r < reports.size(); ++r)
        reportByFile.insert(QFileInfo(reports.at(r).filePath).fileName(), r);
    // (report, section) of a reference; the report -1 when it is not compared.
    const auto resolve = [&](const SectionRef &ref) {
        const int r = reportByFile.value(ref.report, -1);
        return std::pair {r, r >= 0 ? ref.resolve(reports.at(r)) : -1};
    };

    CorrectionOutcome outcome;
    for (const AlignmentCorrection &correction : corrections) {
        const auto [r, s] = resolve(correction.section);
        if (r < 0)
            continue;
        if (s < 0) {
            outcome.unresolved.append({correction, noSectionMessage(correction.section)});
        } else if (correction.kind == AlignmentCorrection::Kind::Reassign) {
            if (scheme.hasNode(correction.node))
                placement->place(reports.at(r).sections, r, s, correction.node);
            else
                outcome.unresolved.append({correction, Alignment::tr("The scheme has no node “%1”.").arg(correction.node)});
        } else if (const auto [r2, s2] = resolve(correction.other); r2 >= 0 && s2 < 0) {
            outcome.unresolved.append({correction, noSectionMessage(correction.other)});
        } else if (r2 >= 0) {
            // A pair: the second section joins the first one's node.
            const QString target = placement->effectiveNode(reports.at(r).sections, r, s);
            if (!target.isEmpty())
                placement->place(reports.at(r2).sections, r2, s2, target);
            outcome.manualPairs.append({r, s});
            outcome.manualPairs.append({r2, s2});
        }
    }
    return outcome;
}

QList<AlignmentRow> schemeRows(const Scheme &scheme, int reportCount)
{
    QList<AlignmentRow> rows;
    for (const SchemePart &part : scheme.parts()) {
        AlignmentRow row;
        row.node = part.id;
        row.part = part.id;
        row.label = part.label;
        row.required = part.required;
        row.cells.resize(reportCount);
        rows.append(row);
        if (!scheme.themedParts().contains(part.id))
            continue;
        for (const SchemeTheme &theme : scheme.themes()) {
            AlignmentRow themed;
            themed.node = Scheme::nodeId(part.id, theme.id);
            themed.part = part.id;
            themed.theme = theme.id;
            themed.label = theme.label;
            themed.cells.resize(reportCount);
            rows.append(themed);
        }
    }
    return rows;
}

AlignedDocuments fillCells(const Scheme &scheme, const QList<Report> &reports, const QList<ReportClassification> &classifications, const Placement &placement,
    QList<AlignmentRow> *rows)
{
    QHash<QString, int> rowOf;
    for (int row = 0; row < rows->size(); ++row)
        rowOf.insert(rows->at(row).node, row);
    AlignedDocuments aligned;
    for (int r = 0; r < reports.size(); ++r) {
        for (int s = 0; s < reports.at(r).sections.size(); ++s) {
            if (!placement.listed[r][s])
                continue;
            const SectionClassification *c = classificationOf(classifications, r, s);
            const bool corrected = placement.corrected[r][s];
            const int doc = int(aligned.documents.size());
            aligned.documents.append({r, s});
            aligned.documentOf.insert((quint64(r) << 32) | quint32(s), doc);
            const QString &node = placement.node[r][s];
            if (node.isEmpty() || (!corrected && c && !c->isPartHeading && c->theme.isEmpty() && scheme.themedParts().contains(c->part)))
                aligned.outside.append(doc);

            const int row = rowOf.value(node, -1);
            if (row < 0)
                continue;
            const AlignedSection entry = entryOf(reports.at(r).sections.at(s), r, s, c, corrected);
            (*rows)[row].cells[r].append(entry);
            // Items enumerated in the heading's own text have no sub-heading
            // to carry them into their part's row: the section goes there too.
            if (const int itemsRow = c && c->isSplit() && !corrected && c->itemsSpan.isValid() ? rowOf.value(c->itemsPart, -1) : -1; itemsRow >= 0) {
                AlignedSection items = entry;
                items.span = c->itemsSpan;
                items.intro = false;
                (*rows)[itemsRow].cells[r].append(items);
            }
        }
    }
    return aligned;
}

QStringList missingPartsOf(const Scheme &scheme, const QList<AlignmentRow> &rows, int report)
{
    QStringList missing;
    for (const SchemePart &part : scheme.parts()) {
        if (!part.required)
            continue;
        const bool present = std::any_of(rows.cbegin(), rows.cend(), [&](const AlignmentRow &row) {
            return row.part == part.id && !row.cells.at(report).isEmpty();
        });
        if (!present)
            missing.append(part.id);
    }
    return missing;
}

void indexDocuments(const QList<Report> &reports, const QList<std::pair<int, int>> &documents, SectionSimilarity *similarity)
{
    for (const auto &[r, s] : documents) {
        const Report &report = reports.at(r);
        const Section &section = report.sections.at(s);
        // The folded, furniture-free text, as the classifier reads it.
        const QString &text = report.matchText.size() == report.text.size() ? report.matchText : report.text;
        const qsizetype bodyStart = section.titleSpan.end;
        const QStringView body = bodyStart >= 0 && bodyStart <= section.span.end
            ? QStringView(text).mid(bodyStart, std::min(section.span.end - bodyStart, MaxSimilarityText))
            : QStringView();
        const QString title = section.title + u'\n';
        similarity->add(QString(title + title + title + body));
    }
    similarity->finish();
}

QList<SectionPair> sectionPairs(
    const QList<Report> &reports, const AlignedDocuments &aligned, const QList<std::pair<int, int>> &manualPairs, const SectionSimilarity &similarity)
{
    QSet<quint64> seen;
    QList<SectionPair> pairs = manualSectionPairs(reports, aligned, manualPairs, similarity, &seen);
    for (int doc : aligned.outside)
        pairs.append(proposedPairs(reports, aligned, doc, similarity, &seen));
    return pairs;
}

} // namespace Internal

Alignment Alignment::compute(const SectionClassifier &classifier, const QList<Report> &reports, const QList<AlignmentCorrection> &corrections)
{
    QList<ReportClassification> classifications;
    classifications.reserve(reports.size());
    for (const Report &report : reports)
        classifications.append(classifier.classify(report));
    return compute(classifier.scheme(), reports, classifications, corrections);
}

Alignment Alignment::compute(
    const Scheme &scheme, const QList<Report> &reports, const QList<ReportClassification> &classifications, const QList<AlignmentCorrection> &corrections)
{
    using namespace Internal;
    Alignment a;
    a.m_schemeId = scheme.id();
    Placement placement = placeSections(scheme, reports, classifications);
    const CorrectionOutcome corrected = applyCorrections(scheme, reports, corrections, &placement);
    a.m_unresolved = corrected.unresolved;
    a.m_rows = schemeRows(scheme, int(reports.size()));
    AlignedDocuments aligned = fillCells(scheme, reports, classifications, placement, &a.m_rows);
    // Sections pair across reports only: with one report there is nothing to
    // pair, and a report of many repeated sections would cost its square.
    if (reports.size() < 2)
        aligned.outside.clear();
    for (int r = 0; r < reports.size(); ++r) {
        const Report &report = reports.at(r);
        a.m_reports.append(AlignedReport {report.filePath, report.displayName(), missingPartsOf(scheme, a.m_rows, r)});
        QStringList nodes;
        for (int s = 0; s < report.sections.size(); ++s)
            nodes.append(placement.effectiveNode(report.sections, r, s));
        a.m_nodeOfSection.append(nodes);
    }
    // Only sections the scheme cannot place, and analyst pairs, need the
    // similarity index; a fully classified comparison skips building it.
    SectionSimilarity similarity;
    if (!aligned.outside.isEmpty() || !corrected.manualPairs.isEmpty())
        indexDocuments(reports, aligned.documents, &similarity);
    a.m_pairs = sectionPairs(reports, aligned, corrected.manualPairs, similarity);
    qCDebug(lcAlign) << "aligned" << reports.size() << "reports:" << aligned.documents.size() << "placed sections," << aligned.outside.size()
                     << "outside the scheme," << a.m_pairs.size() << "pairs," << a.m_unresolved.size() << "unresolved corrections";
    return a;
}

int Alignment::rowIndex(const QString &node) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).node == node)
            return int(i);
    }
    return -1;
}

QString Alignment::nodeOf(int report, int section) const
{
    if (report < 0 || report >= m_nodeOfSection.size() || section < 0 || section >= m_nodeOfSection.at(report).size())
        return QString();
    return m_nodeOfSection.at(report).at(section);
}

} // namespace Dz
