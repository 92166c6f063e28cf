// Alignment of the five seeds, analyst corrections (as JSON, surviving a
// re-analysis), similarity pairs, and the CLI renderings.

#include "alignment/alignment.h"
#include "alignment/alignmentformat.h"
#include "alignment/scheme.h"
#include "alignment/sectionclassifier.h"
#include "alignment/sectionsimilarity.h"
#include "analysis/reportpipeline.h"
#include "seedfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

using Dz::Test::loadSeeds;
using Dz::Test::seedPaths;

int sectionStartingWith(const Dz::Report &report, const QString &title)
{
    for (int i = 0; i < report.sections.size(); ++i) {
        if (report.sections.at(i).title.trimmed().startsWith(title))
            return i;
    }
    return -1;
}

QStringList titles(const QList<Dz::AlignedSection> &cell)
{
    QStringList out;
    for (const Dz::AlignedSection &entry : cell)
        out.append(entry.title);
    return out;
}

} // namespace

class TestAlignment : public QObject
{
    Q_OBJECT

private:
    std::optional<Dz::SectionClassifier> m_classifier;
    QList<Dz::Report> m_reports;

    const Dz::AlignmentRow &row(const Dz::Alignment &a, const QString &node)
    {
        const int index = a.rowIndex(node);
        if (index < 0)
            qFatal("no row %s", qPrintable(node));
        return a.rows().at(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto scheme = Dz::Scheme::builtIn();
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        m_classifier.emplace(scheme.value());
        m_reports = loadSeeds();
        QCOMPARE(m_reports.size(), 5);
    }

    void rowsFollowTheScheme()
    {
        const Dz::Alignment a = Dz::Alignment::compute(*m_classifier, m_reports);
        QStringList nodes;
        for (const Dz::AlignmentRow &r : a.rows())
            nodes.append(r.node);
        QCOMPARE(nodes.size(), 1 + 11 + 4);
        QCOMPARE(nodes.at(0), u"P1"_s);
        QCOMPARE(nodes.at(1), u"P1.T01"_s);
        QCOMPARE(nodes.at(11), u"P1.T11"_s);
        QCOMPARE(nodes.mid(12), (QStringList {u"P2"_s, u"P3"_s, u"P4"_s, u"P5"_s}));
        for (const Dz::AlignmentRow &r : a.rows())
            QCOMPARE(r.cells.size(), 5);
    }

    // 三、存在的不足和下一步工作打算 with its plans as 一是…二是… in its own
    // text, not as sub-headings: the opening stays in P2, the items go to P4,
    // and neither part is missing.
    void splitHeadingWithEnumeratedItems()
    {
        const QString text = u"一、主要举措和成效\n（一）严格规范公正文明执法\n开展双随机检查。\n"
                             u"二、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n"
                             u"三、存在的不足和下一步工作打算\n普法形式单一。下一步：一是加强普法宣传。二是充实执法队伍。\n"_s;
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"split.txt"_s);
        const Dz::ReportClassification c = m_classifier->classify(report);
        QVERIFY(!c.missingParts.contains(u"P4"_s));
        const int split = int(report.sections.size()) - 1;
        QCOMPARE(c.sections.at(split).part, u"P2"_s);
        QCOMPARE(c.sections.at(split).itemsPart, u"P4"_s);
        QVERIFY(report.textOf(c.sections.at(split).itemsSpan).startsWith(u"一是"_s));
        QVERIFY(!report.textOf(c.sections.at(split).introSpan).contains(u"一是"_s));

        const Dz::Alignment a = Dz::Alignment::compute(*m_classifier, {report});
        QCOMPARE(a.reports().at(0).missingParts, c.missingParts);
        QCOMPARE(row(a, u"P4"_s).cells.at(0).size(), 1);
        QCOMPARE(row(a, u"P4"_s).cells.at(0).first().span, c.sections.at(split).itemsSpan);
        QCOMPARE(row(a, u"P2"_s).cells.at(0).first().span, c.sections.at(split).introSpan);
    }

    void seedCells()
    {
        const Dz::Alignment a = Dz::Alignment::compute(*m_classifier, m_reports);
        // 九龙坡 (003) has no P2; the others have every required part.
        QCOMPARE(a.reports().at(3).missingParts, QStringList {u"P2"_s});
        QVERIFY(row(a, u"P2"_s).cells.at(3).isEmpty());
        for (int r : {0, 1, 2, 4})
            QVERIFY2(a.reports().at(r).missingParts.isEmpty(), qPrintable(a.reports().at(r).missingParts.join(u',')));

        // 滨海's business environment appears three times.
        QCOMPARE(row(a, u"P1.T02"_s).cells.at(0).size(), 3);
        // 九龙坡's unmarked first item is P3 content.
        QCOMPARE(titles(row(a, u"P3"_s).cells.at(3)).size(), 1);
        QVERIFY(titles(row(a, u"P3"_s).cells.at(3)).constFirst().startsWith(u"主要负责人"_s));
        // 海门's split heading: opening paragraph in P2, its five items in P4.
        const QList<Dz::AlignedSection> haimenP2 = row(a, u"P2"_s).cells.at(2);
        QCOMPARE(haimenP2.size(), 1);
        QVERIFY(haimenP2.constFirst().intro);
        QVERIFY(m_reports.at(2).textOf(haimenP2.constFirst().span).contains(u"薄弱环节"_s));
        QVERIFY(!m_reports.at(2).textOf(haimenP2.constFirst().span).contains(u"健全法治制度规范"_s));
        QCOMPARE(row(a, u"P4"_s).cells.at(2).size(), 5);
        // A P4 heading's items stay inside its cell.
        QCOMPARE(row(a, u"P4"_s).cells.at(0).size(), 1);
        // 九龙坡's theme headings are P1 content.
        QVERIFY(titles(row(a, u"P1.T05"_s).cells.at(3)).contains(u"优化行政执法程序，严格规范公正文明执法"_s));
    }

    void sectionRef()
    {
        const Dz::Report &report = m_reports.at(0);
        const int index = sectionStartingWith(report, u"存在的不足和原因"_s);
        QVERIFY(index >= 0);
        const Dz::SectionRef ref = Dz::SectionRef::of(report, index);
        QCOMPARE(ref.report, u"000_c42fd76412544dd9.txt"_s);
        QCOMPARE(ref.level, 1);
        QCOMPARE(ref.resolve(report), index);
        QCOMPARE(ref.resolve(m_reports.at(1)), -1);
        // A heading that moved level (a repaired marker) is still found.
        Dz::SectionRef moved = ref;
        moved.level = 2;
        QCOMPARE(moved.resolve(report), index);
        const auto back = Dz::SectionRef::fromJson(ref.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, ref);
    }

    void correctionsSurviveReanalysis()
    {
        const Dz::Report &binhai = m_reports.at(0);
        const Dz::Report &jiulongpo = m_reports.at(3);
        const int disputes = sectionStartingWith(binhai, u"利用法治思维化解社会矛盾纠纷"_s);
        const int emergency = sectionStartingWith(binhai, u"强化突发事件依法处置"_s);
        const int law = sectionStartingWith(jiulongpo, u"切实做好依法行政"_s);
        QVERIFY(disputes >= 0 && emergency >= 0 && law >= 0);

        const QList<Dz::AlignmentCorrection> corrections {
            Dz::AlignmentCorrection::reassign(Dz::SectionRef::of(binhai, disputes), u"P1.T08"_s),
            Dz::AlignmentCorrection::correspond(Dz::SectionRef::of(binhai, emergency), Dz::SectionRef::of(jiulongpo, law)),
        };
        // Through JSON, as the project store keeps them.
        const QByteArray stored = QJsonDocument(Dz::AlignmentCorrection::listToJson(corrections)).toJson();
        const auto restored = Dz::AlignmentCorrection::listFromJson(QJsonDocument::fromJson(stored).array());
        QVERIFY2(restored.isValid(), qPrintable(restored.error()));
        QCOMPARE(restored.value(), corrections);

        // Re-analysis: the reports are read again from disk.
        const Dz::Alignment a = Dz::Alignment::compute(*m_classifier, loadSeeds(), restored.value());
        QVERIFY(a.unresolved().isEmpty());
        QVERIFY(titles(row(a, u"P1.T08"_s).cells.at(0)).contains(u"利用法治思维化解社会矛盾纠纷"_s));
        QVERIFY(!titles(row(a, u"P1.T07"_s).cells.at(0)).contains(u"利用法治思维化解社会矛盾纠纷"_s));
        QCOMPARE(a.nodeOf(0, disputes), u"P1.T08"_s);
        QCOMPARE(a.nodeOf(3, law), u"P1.T06"_s);
        bool corrected = false;
        for (const Dz::AlignedSection &e : row(a, u"P1.T06"_s).cells.at(3))
            corrected = corrected || (e.section == law && e.corrected);
        QVERIFY(corrected);
        // Its items moved with it.
        for (int child : jiulongpo.childrenOf(law))
            QCOMPARE(a.nodeOf(3, child), u"P1.T06"_s);
        bool manual = false;
        for (const Dz::SectionPair &p : a.pairs())
            manual = manual || (p.manual && p.reportA == 0 && p.sectionA == emergency && p.reportB == 3 && p.sectionB == law);
        QVERIFY(manual);
    }

    void badCorrections()
    {
        Dz::SectionRef ghost;
        ghost.report = u"000_c42fd76412544dd9.txt"_s;
        ghost.title = u"并不存在的标题"_s;
        ghost.level = 2;
        Dz::SectionRef real = Dz::SectionRef::of(m_reports.at(0), 0);
        Dz::SectionRef elsewhere = real;
        elsewhere.report = u"not-in-this-comparison.txt"_s;
        const Dz::Alignment a = Dz::Alignment::compute(*m_classifier, m_reports,
            {Dz::AlignmentCorrection::reassign(ghost, u"P2"_s), Dz::AlignmentCorrection::reassign(real, u"P9"_s),
                Dz::AlignmentCorrection::reassign(elsewhere, u"P2"_s)});
        QCOMPARE(a.unresolved().size(), 2);
        QVERIFY(a.unresolved().at(0).second.contains(u"并不存在的标题"_s));
        QVERIFY(a.unresolved().at(1).second.contains(u"P9"_s));

        QVERIFY(!Dz::AlignmentCorrection::fromJson(QJsonObject {{u"kind"_s, u"merge"_s}}).isValid());
        QVERIFY(!Dz::AlignmentCorrection::fromJson(QJsonObject {{u"kind"_s, u"reassign"_s}}).isValid());
    }

    void similarity()
    {
        Dz::SectionSimilarity s;
        const int a = s.add(u"加强行政执法队伍建设，开展执法培训"_s);
        const int b = s.add(u"加强行政执法队伍建设，开展执法培训"_s);
        const int c = s.add(u"优化营商环境，深化放管服改革"_s);
        const int d = s.add(u"开展执法人员培训，提升行政执法水平"_s);
        s.finish();
        QCOMPARE(s.size(), 4);
        QVERIFY(qFuzzyCompare(s.cosine(a, b), 1.0));
        QCOMPARE(s.cosine(a, c), 0.0);
        QVERIFY(s.cosine(a, d) > 0.05);
        QVERIFY(s.cosine(a, d) < 1.0);
        const auto matches = s.topMatches(a, 0.1, 2, [](int) {
            return true;
        });
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).document, b);
        QCOMPARE(matches.at(1).document, d);
    }

    // Without classifications (a genre with no scheme), similarity alone
    // pairs sections across reports.
    void pairsWithoutClassification()
    {
        const Dz::Alignment a = Dz::Alignment::compute(m_classifier->scheme(), m_reports, {});
        QVERIFY(!a.pairs().isEmpty());
        bool enforcement = false;
        for (const Dz::SectionPair &p : a.pairs()) {
            QVERIFY(p.reportA != p.reportB);
            QVERIFY(p.score >= Dz::Alignment::MinimumPairScore);
            const QString ta = m_reports.at(p.reportA).sections.at(p.sectionA).title;
            const QString tb = m_reports.at(p.reportB).sections.at(p.sectionB).title;
            enforcement = enforcement || (ta.contains(u"执法"_s) && tb.contains(u"执法"_s));
        }
        QVERIFY(enforcement);
    }

    void formats()
    {
        const Dz::Alignment a = Dz::Alignment::compute(*m_classifier, m_reports);
        const QString text = Dz::AlignmentFormat::toText(a);
        QVERIFY(text.contains(u"MISSING"_s));
        QVERIFY(text.contains(u"P1.T05"_s));
        QVERIFY(text.contains(u"严格规范公正文明执法"_s));

        const QStringList csv = Dz::AlignmentFormat::toCsv(a).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 1 + a.rows().size());
        QVERIFY(csv.at(0).startsWith(u"node,label,"_s));
        QVERIFY(csv.at(a.rowIndex(u"P2"_s) + 1).contains(u"missing"_s));

        const QJsonObject json = Dz::AlignmentFormat::toJson(a);
        QCOMPARE(json.value(u"rows"_s).toArray().size(), a.rows().size());
        QCOMPARE(json.value(u"reports"_s).toArray().at(3).toObject().value(u"missing_parts"_s).toArray(), QJsonArray {u"P2"_s});
        const QJsonObject p2 = json.value(u"rows"_s).toArray().at(a.rowIndex(u"P2"_s)).toObject();
        QVERIFY(p2.value(u"cells"_s).toArray().at(3).toObject().value(u"missing"_s).toBool());
    }

    void outlineFields()
    {
        const Dz::ReportClassification c = m_classifier->classify(m_reports.at(3));
        QJsonArray sections;
        for (qsizetype i = 0; i < m_reports.at(3).sections.size(); ++i)
            sections.append(QJsonObject {{u"title"_s, m_reports.at(3).sections.at(i).title}});
        QJsonObject outline {{u"sections"_s, sections}};
        Dz::AlignmentFormat::addClassification(outline, c);
        QCOMPARE(outline.value(u"missing_parts"_s).toArray(), QJsonArray {u"P2"_s});
        const QJsonObject first = outline.value(u"sections"_s).toArray().at(0).toObject();
        for (const char16_t *key : {u"part", u"theme", u"themes", u"confidence", u"why"})
            QVERIFY2(first.contains(QStringView(key)), qPrintable(QString(QStringView(key))));
        QVERIFY(first.value(u"themes"_s).toArray().at(0).toObject().contains(u"score"_s));
    }
};

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
