#include "alignment/alignment.h"

#include "alignment/sectionclassifier.h"
#include "alignment/sectionsimilarity.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

// Debug output only on request: it is per report, too much for batch runs.
Q_LOGGING_CATEGORY(lcAlign, "dz.core.align", QtInfoMsg)

namespace Dz
{

namespace
{

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Sections feed the similarity index with their heading, counted thrice
// because it states the topic, and the start of their body: enough to
// characterise them, bounded so long sections do not dominate the cost.
constexpr qsizetype MaxSimilarityText = 600;

} // namespace

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
    Alignment a;
    a.m_schemeId = scheme.id();
    const int reportCount = int(reports.size());

    const auto classificationOf = [&](int r, int s) -> const SectionClassification * {
        if (r < classifications.size() && s < classifications.at(r).sections.size())
            return &classifications.at(r).sections.at(s);
        return nullptr;
    };
    const auto nodeFor = [&scheme](const SectionClassification *c) -> QString {
        if (!c || c->part.isEmpty())
            return QString();
        if (!c->theme.isEmpty() && scheme.themedParts().contains(c->part))
            return Scheme::nodeId(c->part, c->theme);
        return c->part;
    };

    // Automatic placement: a section gets its own entry when it starts
    // something new — a top heading, a change of part (P3 content inside P1,
    // the items of a split heading), or a new theme under a part heading or a
    // top-level heading.
    QList<QStringList> node(reportCount);
    QList<QList<bool>> listed(reportCount);
    QList<QList<bool>> corrected(reportCount);
    for (int r = 0; r < reportCount; ++r) {
        const QList<Section> &sections = reports.at(r).sections;
        const int n = int(sections.size());
        node[r].resize(n);
        listed[r].resize(n);
        corrected[r].resize(n);
        for (int s = 0; s < n; ++s) {
            const SectionClassification *c = classificationOf(r, s);
            node[r][s] = nodeFor(c);
            const int p = sections.at(s).parent;
            if (p < 0 || p >= s) {
                listed[r][s] = true;
                continue;
            }
            if (!c || c->part.isEmpty()) {
                // Nothing classified (a genre without a scheme): headings of
                // the first two levels are what similarity pairs.
                listed[r][s] = sections.at(s).level <= 2;
                continue;
            }
            const SectionClassification *pc = classificationOf(r, p);
            const QString parentPart = pc ? (pc->isSplit() ? pc->itemsPart : pc->part) : QString();
            const QString &ownPart = c->part;
            if (ownPart != parentPart)
                listed[r][s] = true;
            else if (node[r][s] != node[r][p] && pc && (pc->isPartHeading || sections.at(p).level == 1))
                listed[r][s] = true;
        }
    }

    // Analyst corrections, in order; a later one wins.
    QHash<QString, int> reportByFile;
    for (int r = 0; r < reportCount; ++r)
        reportByFile.insert(fileNameOf(reports.at(r).filePath), r);

    const auto effectiveNode = [&](int r, int s) {
        for (int i = s; i >= 0; i = reports.at(r).sections.at(i).parent) {
            if (listed[r][i])
                return node[r][i];
            if (reports.at(r).sections.at(i).parent >= i)
                break;
        }
        return QString();
    };
    const auto place = [&](int r, int s, const QString &target) {
        node[r][s] = target;
        listed[r][s] = true;
        corrected[r][s] = true;
        // The subsections move with it unless corrected themselves.
        const QList<Section> &sections = reports.at(r).sections;
        std::vector<bool> inside(sections.size(), false);
        inside[s] = true;
        for (int i = s + 1; i < sections.size(); ++i) {
            const int p = sections.at(i).parent;
            if (p < 0 || !inside[p])
                break;
            inside[i] = true;
            if (!corrected[r][i]) {
                listed[r][i] = false;
                node[r][i] = target;
            }
        }
    };
    const auto resolve = [&](const SectionRef &ref, int &r, int &s) {
        r = reportByFile.value(ref.report, -1);
        s = r >= 0 ? ref.resolve(reports.at(r)) : -1;
    };

    QList<std::pair<int, int>> manualPairs; // flattened (report, section) pairs
    for (const AlignmentCorrection &correction : corrections) {
        int r = -1, s = -1;
        resolve(correction.section, r, s);
        if (r < 0)
            continue; // about a report not in this comparison
        if (s < 0) {
            a.m_unresolved.append({correction,
                tr("No section “%1” (level %2) in %3.").arg(correction.section.title).arg(correction.section.level).arg(correction.section.report)});
            continue;
        }
        if (correction.kind == AlignmentCorrection::Kind::Reassign) {
            if (!scheme.hasNode(correction.node)) {
                a.m_unresolved.append({correction, tr("The scheme has no node “%1”.").arg(correction.node)});
                continue;
            }
            place(r, s, correction.node);
        } else {
            int r2 = -1, s2 = -1;
            resolve(correction.other, r2, s2);
            if (r2 < 0)
                continue;
            if (s2 < 0) {
                a.m_unresolved.append(
                    {correction, tr("No section “%1” (level %2) in %3.").arg(correction.other.title).arg(correction.other.level).arg(correction.other.report)});
                continue;
            }
            const QString target = effectiveNode(r, s);
            if (!target.isEmpty())
                place(r2, s2, target);
            manualPairs.append({r, s});
            manualPairs.append({r2, s2});
        }
    }

    // Rows in scheme order.
    QHash<QString, int> rowOf;
    for (const SchemePart &part : scheme.parts()) {
        AlignmentRow row;
        row.node = part.id;
        row.part = part.id;
        row.label = part.label;
        row.required = part.required;
        row.cells.resize(reportCount);
        rowOf.insert(row.node, int(a.m_rows.size()));
        a.m_rows.append(row);
        if (!scheme.themedParts().contains(part.id))
            continue;
        for (const SchemeTheme &theme : scheme.themes()) {
            AlignmentRow themed;
            themed.node = Scheme::nodeId(part.id, theme.id);
            themed.part = part.id;
            themed.theme = theme.id;
            themed.label = theme.label;
            themed.cells.resize(reportCount);
            rowOf.insert(themed.node, int(a.m_rows.size()));
            a.m_rows.append(themed);
        }
    }

    // Cells, the similarity index, and the sections the scheme cannot place.
    SectionSimilarity similarity;
    QList<std::pair<int, int>> documents; // document → (report, section)
    QHash<quint64, int> documentOf;
    QList<int> outside;
    a.m_nodeOfSection.resize(reportCount);
    for (int r = 0; r < reportCount; ++r) {
        const Report &report = reports.at(r);
        AlignedReport info;
        info.filePath = report.filePath;
        info.displayName = report.displayName();
        a.m_reports.append(info);
        a.m_nodeOfSection[r].resize(report.sections.size());
        for (int s = 0; s < report.sections.size(); ++s) {
            a.m_nodeOfSection[r][s] = effectiveNode(r, s);
            if (!listed[r][s])
                continue;
            const Section &section = report.sections.at(s);
            const SectionClassification *c = classificationOf(r, s);

            const int doc = int(documents.size());
            documents.append({r, s});
            documentOf.insert((quint64(r) << 32) | quint32(s), doc);

            const bool unplaced =
                node[r][s].isEmpty() || (!corrected[r][s] && c && !c->isPartHeading && c->theme.isEmpty() && scheme.themedParts().contains(c->part));
            if (unplaced)
                outside.append(doc);

            const int row = rowOf.value(node[r][s], -1);
            if (row < 0)
                continue;
            AlignedSection entry;
            entry.report = r;
            entry.section = s;
            entry.marker = section.marker;
            entry.title = section.title;
            entry.level = section.level;
            entry.span = section.span;
            entry.confidence = c ? c->confidence : 0;
            entry.corrected = corrected[r][s];
            if (c && c->isSplit() && !corrected[r][s] && c->introSpan.isValid()) {
                entry.span = c->introSpan;
                entry.intro = true;
            }
            a.m_rows[row].cells[r].append(entry);
            // Items enumerated in the heading's own text have no sub-heading
            // to carry them into their part's row: the section goes there too.
            if (c && c->isSplit() && !corrected[r][s] && c->itemsSpan.isValid()) {
                const int itemsRow = rowOf.value(c->itemsPart, -1);
                if (itemsRow >= 0) {
                    AlignedSection items = entry;
                    items.span = c->itemsSpan;
                    items.intro = false;
                    a.m_rows[itemsRow].cells[r].append(items);
                }
            }
        }
    }

    for (int r = 0; r < reportCount; ++r) {
        for (const SchemePart &part : scheme.parts()) {
            if (!part.required)
                continue;
            bool present = false;
            for (const AlignmentRow &row : std::as_const(a.m_rows)) {
                if (row.part == part.id && !row.cells.at(r).isEmpty()) {
                    present = true;
                    break;
                }
            }
            if (!present)
                a.m_reports[r].missingParts.append(part.id);
        }
    }

    // Sections pair across reports only: with one report there is nothing to
    // pair, and a report of many repeated sections would cost its square.
    if (reportCount < 2)
        outside.clear();
    // Only sections the scheme cannot place, and analyst pairs, need the
    // similarity index; a fully classified comparison skips building it.
    if (!outside.isEmpty() || !manualPairs.isEmpty()) {
        for (const auto &[r, s] : std::as_const(documents)) {
            const Report &report = reports.at(r);
            const Section &section = report.sections.at(s);
            // The folded, furniture-free text, as the classifier reads it.
            const QString &text = report.matchText.size() == report.text.size() ? report.matchText : report.text;
            const qsizetype bodyStart = section.titleSpan.end;
            const QStringView body = bodyStart >= 0 && bodyStart <= section.span.end
                ? QStringView(text).mid(bodyStart, std::min(section.span.end - bodyStart, MaxSimilarityText))
                : QStringView();
            const QString title = section.title + u'\n';
            similarity.add(QString(title + title + title + body));
        }
        similarity.finish();
    }
    const auto heading = [&reports](int r, int s) {
        const Section &section = reports.at(r).sections.at(s);
        return QString(section.marker + section.title);
    };
    QSet<quint64> seenPairs;
    const auto pairKey = [](int x, int y) {
        return x < y ? (quint64(x) << 32) | quint32(y) : (quint64(y) << 32) | quint32(x);
    };
    for (qsizetype k = 0; k + 1 < manualPairs.size(); k += 2) {
        const auto [ra, sa] = manualPairs.at(k);
        const auto [rb, sb] = manualPairs.at(k + 1);
        const int da = documentOf.value((quint64(ra) << 32) | quint32(sa), -1);
        const int db = documentOf.value((quint64(rb) << 32) | quint32(sb), -1);
        a.m_pairs.append(SectionPair {ra, sa, rb, sb, heading(ra, sa), heading(rb, sb), (da >= 0 && db >= 0) ? similarity.cosine(da, db) : 0.0, true});
        if (da >= 0 && db >= 0)
            seenPairs.insert(pairKey(da, db));
    }
    for (int doc : std::as_const(outside)) {
        const int r = documents.at(doc).first;
        const QList<SectionSimilarity::Match> matches = similarity.topMatches(doc, MinimumPairScore, -1, [&](int other) {
            return documents.at(other).first != r;
        });
        // The best partner in each other report.
        QSet<int> reportsDone;
        for (const SectionSimilarity::Match &m : matches) {
            const auto [r2, s2] = documents.at(m.document);
            if (reportsDone.contains(r2))
                continue;
            if (reportsDone.size() >= MaxPartnersPerSection)
                break;
            reportsDone.insert(r2);
            if (seenPairs.contains(pairKey(doc, m.document)))
                continue;
            seenPairs.insert(pairKey(doc, m.document));
            const int s = documents.at(doc).second;
            a.m_pairs.append(SectionPair {r, s, r2, s2, heading(r, s), heading(r2, s2), m.score, false});
        }
    }

    qCDebug(lcAlign) << "aligned" << reportCount << "reports:" << documents.size() << "placed sections," << outside.size() << "outside the scheme,"
                     << a.m_pairs.size() << "pairs," << a.m_unresolved.size() << "unresolved corrections";
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
