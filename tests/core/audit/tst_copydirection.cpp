// Copying with its direction (issue 21): the earlier report (by the year
// reported on, then the publication or signing date) is the source; each
// report's text taken from earlier reports, taken by later ones and shared
// with reports of unknown order; a body's own earlier year is copying, and
// boilerplate is only what many different bodies share. On reports written
// for these tests (tests/directionreports.h): several bodies, several years
// of one body, years not stated, one year with different dates.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "audit/auditformat.h"
#include "audit/auditor.h"
#include "audit/bodyidentity.h"
#include "directionreports.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

const AnalysisEngines &engines()
{
    return *AnalysisEngines::builtIn().value();
}

QList<Report> reportsOf(const QStringList &recipes)
{
    QList<Report> reports;
    for (int i = 0; i < recipes.size(); ++i)
        reports.append(ReportPipeline::readText(Test::directionReport(recipes.at(i)), u"report-%1.txt"_s.arg(i)));
    return reports;
}

// One expected relation: "a<b" b took text from a; "a~b" they share text
// and cannot be ordered; "=" after the sign: one body's reports; "^" after
// "<": b holds a's text but names another source for it (one that shares
// more with it), and a may or may not list b among its copiers.
struct Relation {
    int a = -1;
    int b = -1;
    bool ordered = true;
    bool sameBody = false;
    bool elsewhere = false;
};

QList<Relation> relationsOf(const QStringList &specs)
{
    static const QRegularExpression re(u"^(\\d+)([<~])(\\^?)(=?)(\\d+)$"_s);
    QList<Relation> out;
    for (const QString &spec : specs) {
        const auto m = re.match(spec);
        if (!m.hasMatch())
            qFatal("bad relation %s", qPrintable(spec));
        out.append({m.captured(1).toInt(), m.captured(5).toInt(), m.captured(2) == u"<"_s, !m.captured(4).isEmpty(), !m.captured(3).isEmpty()});
    }
    return out;
}

QSet<int> othersOf(const ReportAudit &a, CopyDirection direction)
{
    QSet<int> others;
    for (const CopiedPassage &p : a.copied.passages) {
        if (p.direction == direction)
            others.insert(p.other);
    }
    return others;
}

QString describe(const QSet<int> &set)
{
    QList<int> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    QStringList out;
    for (const int i : list)
        out.append(QString::number(i));
    return u"{"_s + out.join(u',') + u"}"_s;
}

int lettersOf(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

} // namespace

class TestCopyDirection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data();
    void order();
    void direction_data();
    void direction();
    void bodies_data();
    void bodies();
    void analystIdentityDecides();
    void jsonCarriesTheDirection();
};

void TestCopyDirection::order_data()
{
    QTest::addColumn<QString>("first"); // the recipe's head: issuer, year, dates
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("expected"); // -1: the first is the earlier, 1: the later, 0: unknown
    QTest::addColumn<QString>("why"); // in the reason when unknown

    const QString a = u"成都市武侯区司法局/武侯"_s;
    const QString b = u"西安市雁塔区市场监督管理局/雁塔"_s;
    QTest::newRow("earlier year") << a + u" y2022 p2023-05-01"_s << b + u" y2023 p2023-03-01"_s << -1 << QString();
    QTest::newRow("later year") << a + u" y2024"_s << b + u" y2019 s2020-01-05"_s << 1 << QString();
    QTest::newRow("one year, earlier publication") << a + u" y2024 p2025-02-01"_s << b + u" y2024 p2025-02-02"_s << -1 << QString();
    QTest::newRow("one year, publication beats signing") << a + u" y2024 s2025-01-10 p2025-03-30"_s << b + u" y2024 s2025-02-20"_s << 1 << QString();
    QTest::newRow("one year, later signing") << a + u" y2023 s2024-03-10"_s << b + u" y2023 s2024-01-31"_s << 1 << QString();
    QTest::newRow("one year, one day") << a + u" y2024 p2025-03-01"_s << b + u" y2024 s2025-03-01"_s << 0 << u"same day"_s;
    QTest::newRow("one year, no dates") << a + u" y2024"_s << b + u" y2024"_s << 0 << u"neither has"_s;
    QTest::newRow("one year, one date") << a + u" y2024 p2025-03-01"_s << b + u" y2024"_s << 0 << u"no publication or signing date"_s;
    QTest::newRow("no year stated") << a + u" s2024-02-01"_s << b + u" y2024"_s << 0 << u"does not state the year"_s;
    QTest::newRow("year guessed from publication") << a + u" y2024 p2025-02-01"_s << b + u" p2026-01-15"_s << 0 << u"guessed"_s;
}

void TestCopyDirection::order()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, expected);
    QFETCH(QString, why);
    QList<ReportOrder> orders;
    QStringList names;
    for (const QString &head : {first, second}) {
        const QList<ReportAudit> audits = Auditor().audit(Comparison::analyse(engines(), reportsOf({head + u" : A01"_s})));
        orders.append(audits.first().order);
        names.append(audits.first().displayName);
    }
    QCOMPARE(ReportOrder::compare(orders.at(0), orders.at(1)), expected);
    QCOMPARE(ReportOrder::compare(orders.at(1), orders.at(0)), -expected);
    if (expected == 0) {
        const QString reason = ReportOrder::whyUnknown(orders.at(0), names.at(0), orders.at(1), names.at(1));
        QVERIFY2(reason.contains(why), qPrintable(reason));
    } else {
        QCOMPARE(orders.at(0).sortKey() < orders.at(1).sortKey(), expected < 0);
    }
}

void TestCopyDirection::direction_data()
{
    QTest::addColumn<QStringList>("recipes");
    QTest::addColumn<QStringList>("relations");
    QTest::addColumn<QString>("boilerplate"); // a paragraph every report holding it lists as boilerplate
    QTest::addColumn<QString>("least"); // "report:share": the least share it took from earlier reports

    const QString wuhou = u"成都市武侯区司法局/武侯"_s;
    const QString yanta = u"西安市雁塔区市场监督管理局/雁塔"_s;
    const QString yuelu = u"长沙市岳麓区应急管理局/岳麓"_s;
    const QString siming = u"厦门市思明区卫生健康委员会/思明"_s;
    const QString yuhang = u"杭州市余杭区生态环境局/余杭"_s;
    const QString nanming = u"贵阳市南明区人民政府/南明"_s;
    const QString tongji = u"宜昌市统计局/宜昌"_s;

    QTest::newRow("one body: next year repeats the year before") << QStringList {wuhou + u" y2023 s2024-02-10 : A01 A02 A03 | A10 | A12 A13 | A16 A17"_s,
        wuhou + u" y2024 s2025-02-12 : A01 A02 A03 A04 | A10 | A12 A13 | A16 A17"_s}
                                                                 << QStringList {u"0<=1"_s} << QString() << u"1:0.85"_s;
    QTest::newRow("three years of one body, each copying the one before, nothing boilerplate")
        << QStringList {wuhou + u" y2022 : A01 A02 A03 | A10 | A12 | A16"_s, wuhou + u" y2023 : A01 A02 A03 A04 | A10 | A12 | A16"_s,
               wuhou + u" y2024 : A01 A02 A03 A04 | A10 | A12 A13 | A16"_s}
        << QStringList {u"0<=1"_s, u"1<=2"_s, u"0<^=2"_s} << QString() << u"2:0.85"_s;
    QTest::newRow("another body copies a passage, names swapped")
        << QStringList {wuhou + u" y2023 p2024-03-01 : A01 A02 A03 | A10 | A12 | A16"_s, yanta + u" y2024 p2025-02-20 : A05 A02 A06 | A11 | A14 | A17"_s}
        << QStringList {u"0<1"_s} << QString() << QString();
    QTest::newRow("the source listed after the copy") << QStringList {yanta + u" y2024 p2025-02-20 : A05 A02 A06 A01 | A11 | A14 | A17"_s,
        wuhou + u" y2023 p2024-03-01 : A01 A02 A03 | A10 | A12 | A16"_s}
                                                      << QStringList {u"1<0"_s} << QString() << QString();
    QTest::newRow("one year: the earlier publication is the source")
        << QStringList {siming + u" y2024 p2025-03-20 : A07 A08 A09 | A20 | A15 | A19"_s, yuelu + u" y2024 p2025-02-10 : A07 A09 A21 | A23 | A13 | A18"_s}
        << QStringList {u"1<0"_s} << QString() << QString();
    QTest::newRow("one year: the earlier signing date is the source")
        << QStringList {nanming + u" y2023 s2024-01-25 : A22 A05 | A10 | A14 | A16"_s, tongji + u" y2023 s2024-03-05 : A22 A05 A24 | A11 | A15 | A17"_s}
        << QStringList {u"0<1"_s} << QString() << QString();
    QTest::newRow("one year, no dates: shared") << QStringList {yuhang + u" y2024 : A03 A04 A06 | A10 | A13 | A18"_s,
        yanta + u" y2024 : A03 A04 A24 | A11 | A15 | A19"_s}
                                                << QStringList {u"0~1"_s} << QString() << QString();
    QTest::newRow("one year, the same day: shared") << QStringList {yuhang + u" y2024 p2025-03-01 : A03 A04 A06 | A10 | A13 | A18"_s,
        yanta + u" y2024 p2025-03-01 : A03 A04 A24 | A11 | A15 | A19"_s}
                                                    << QStringList {u"0~1"_s} << QString() << QString();
    QTest::newRow("one year, one date missing: shared")
        << QStringList {yuhang + u" y2024 p2025-03-01 : A03 A04 A06 | A10 | A13 | A18"_s, yanta + u" y2024 : A03 A04 A24 | A11 | A15 | A19"_s}
        << QStringList {u"0~1"_s} << QString() << QString();
    QTest::newRow("year not stated: shared") << QStringList {yuhang + u" : A07 A08 A21 | A20 | A14 | A19"_s,
        wuhou + u" y2024 s2025-01-20 : A07 A08 A01 | A10 | A12 | A16"_s}
                                             << QStringList {u"0~1"_s} << QString() << QString();
    QTest::newRow("year only guessed from the publication date: shared")
        << QStringList {yuhang + u" p2025-03-02 : A07 A08 A21 | A20 | A14 | A19"_s, wuhou + u" y2024 p2025-02-01 : A07 A08 A01 | A10 | A12 | A16"_s}
        << QStringList {u"0~1"_s} << QString() << QString();
    QTest::newRow("the later of two years copies, whatever the dates")
        << QStringList {yuelu + u" y2024 p2025-01-15 : A09 A22 A23 | A11 | A15 | A17"_s, siming + u" y2023 p2025-05-30 : A09 A22 A06 | A20 | A13 | A18"_s}
        << QStringList {u"1<0"_s} << QString() << QString();
    QTest::newRow("a sentence many bodies share is boilerplate")
        << QStringList {wuhou + u" y2024 : S A01 | A10 | A12 | A16"_s, yanta + u" y2024 : A02 S | A11 | A13 | A17"_s,
               yuelu + u" y2024 : A03 | A20 S | A14 | A18"_s, siming + u" y2024 : A04 | A23 | A15 | S A19"_s, yuhang + u" y2024 : A05 | A21 | S | A24"_s}
        << QStringList {} << u"S"_s << QString();
    QTest::newRow("a body's own earlier text is never boilerplate")
        << QStringList {wuhou + u" y2022 : A11 A01 | A10 | A12 | A16"_s, wuhou + u" y2023 : A11 A02 | A20 | A13 | A17"_s,
               wuhou + u" y2024 : A11 A03 | A23 | A14 | A18"_s, yanta + u" y2024 : A05 | A21 | A15 | A19"_s, yuelu + u" y2024 : A06 | A22 | A24 | A07"_s}
        << QStringList {u"0<=1"_s, u"0<=2"_s, u"1<^=2"_s} << QString() << QString();
    QTest::newRow("boilerplate of many bodies beside a body's own copy")
        << QStringList {wuhou + u" y2023 : S A01 | A10 | A12 A13 | A16"_s, wuhou + u" y2024 : A02 S | A11 | A12 A13 | A17"_s,
               yanta + u" y2024 : A03 S | A20 | A14 | A18"_s, yuelu + u" y2024 : A04 | S A23 | A15 | A19"_s, siming + u" y2024 : A05 | A21 | A24 | S A06"_s}
        << QStringList {u"0<=1"_s} << u"S"_s << QString();
    QTest::newRow("one body under two forms of its name") << QStringList {u"厦门市思明区卫生健康委员会/思明 y2023 : A07 A08 A09 | A20 | A15 | A19"_s,
        u"思明区卫健委/思明 y2024 : A07 A08 A09 A21 | A23 | A15 | A18"_s}
                                                          << QStringList {u"0<=1"_s} << QString() << QString();
    QTest::newRow("a place the gazetteer does not list: its issuer decides")
        << QStringList {u"青石区卫生健康局/青石 y2023 : A04 A05 A06 | A11 | A13 | A17"_s, u"青石区卫生健康局/青石 y2024 : A04 A05 A06 A24 | A10 | A13 | A16"_s}
        << QStringList {u"0<=1"_s} << QString() << QString();
    QTest::newRow("one place, two kinds of body: two bodies") << QStringList {u"成都市武侯区司法局/武侯 y2023 : A04 A05 A06 | A11 | A13 | A17"_s,
        u"成都市武侯区应急管理局/武侯 y2024 : A04 A05 A06 A24 | A10 | A14 | A16"_s}
                                                              << QStringList {u"0<1"_s} << QString() << QString();
    QTest::newRow("no body named: copying, never self-copying")
        << QStringList {u"-/ y2023 : A08 A09 A21 | A20 | A14 | A19"_s, u"-/ y2024 : A08 A09 A21 A03 | A23 | A14 | A18"_s} << QStringList {u"0<1"_s} << QString()
        << QString();
    QTest::newRow("nothing in common") << QStringList {wuhou + u" y2023 : A01 A02 | A10 | A12 | A16"_s, yanta + u" y2024 : A05 A06 | A11 | A14 | A17"_s}
                                       << QStringList {} << QString() << QString();
}

void TestCopyDirection::direction()
{
    QFETCH(QStringList, recipes);
    QFETCH(QStringList, relations);
    QFETCH(QString, boilerplate);
    QFETCH(QString, least);

    const QList<Report> reports = reportsOf(recipes);
    const QList<ReportAudit> audits = Auditor().audit(Comparison::analyse(engines(), reports));
    QCOMPARE(audits.size(), recipes.size());
    const QList<Relation> expected = relationsOf(relations);

    for (int r = 0; r < audits.size(); ++r) {
        const ReportAudit &a = audits.at(r);
        QSet<int> from, by, mayBy, shared;
        for (const Relation &rel : expected) {
            if (rel.ordered && rel.b == r && !rel.elsewhere)
                from.insert(rel.a);
            if (rel.ordered && rel.a == r)
                (rel.elsewhere ? mayBy : by).insert(rel.b);
            if (!rel.ordered && (rel.a == r || rel.b == r))
                shared.insert(rel.a == r ? rel.b : rel.a);
        }
        const QString where = u"report %1 (%2)"_s.arg(r).arg(a.displayName);
        QVERIFY2(othersOf(a, CopyDirection::Copied) == from, qPrintable(where + u" copied from "_s + describe(othersOf(a, CopyDirection::Copied))));
        const QSet<int> takers = othersOf(a, CopyDirection::CopiedBy);
        QVERIFY2(takers.contains(by) && (by + mayBy).contains(takers), qPrintable(where + u" copied by "_s + describe(takers)));
        QVERIFY2(othersOf(a, CopyDirection::Shared) == shared, qPrintable(where + u" shared with "_s + describe(othersOf(a, CopyDirection::Shared))));

        // Each passage names the other report and stands in both texts, and
        // says whether the other report is the same body's.
        for (const CopiedPassage &p : a.copied.passages) {
            bool same = false;
            for (const Relation &rel : expected) {
                if ((rel.a == r && rel.b == p.other) || (rel.b == r && rel.a == p.other))
                    same = rel.sameBody;
            }
            QCOMPARE(p.sameBody, same);
            QVERIFY(p.length >= 13);
            const QString here = reports.at(r).textOf(p.span).toString();
            const QString there = reports.at(p.other).textOf(p.otherSpan).toString();
            QVERIFY(!here.isEmpty() && !there.isEmpty());
            // The same characters, but for a name swapped in the middle.
            QCOMPARE(here.left(4), there.left(4));
            QCOMPARE(here.right(4), there.right(4));
            QVERIFY(qAbs(lettersOf(here) - lettersOf(there)) <= 2);
        }

        // The checks: taking is a finding, being taken is not, sharing with
        // a report of unknown order cannot be judged.
        QCOMPARE(a.check(AuditCheckId::Copied)->status, from.isEmpty() ? AuditStatus::Met : AuditStatus::Finding);
        QCOMPARE(a.check(AuditCheckId::CopiedBy)->status, AuditStatus::Met);
        QCOMPARE(a.check(AuditCheckId::Shared)->status, shared.isEmpty() ? AuditStatus::Met : AuditStatus::Unknown);
        for (const AuditCheckId id : {AuditCheckId::Copied, AuditCheckId::CopiedBy, AuditCheckId::Shared}) {
            const CopyDirection d = id == AuditCheckId::Copied ? CopyDirection::Copied
                : id == AuditCheckId::CopiedBy                 ? CopyDirection::CopiedBy
                                                               : CopyDirection::Shared;
            QCOMPARE(a.check(id)->value, u"%1%"_s.arg(a.copied.share(d) * 100, 0, 'f', 1));
            QCOMPARE(a.copied.length(d) > 0, !othersOf(a, d).isEmpty());
            // The reason names every other report.
            for (const int other : othersOf(a, d))
                QVERIFY2(a.check(id)->reason.contains(audits.at(other).displayName), qPrintable(a.check(id)->reason));
        }
        int own = 0;
        for (const CopiedPassage &p : a.copied.passagesOf(CopyDirection::Copied))
            own += p.sameBody ? p.length : 0;
        QCOMPARE(a.copied.ownLength, own);
        QVERIFY(a.copied.length(CopyDirection::Copied) <= a.copied.bodyLength);

        // Boilerplate: listed apart, never in a passage.
        if (!boilerplate.isEmpty()) {
            const QString sentence = Test::directionParagraph(boilerplate, QString());
            const qsizetype at = reports.at(r).text.indexOf(sentence.left(12));
            if (at >= 0) {
                const bool listed = std::any_of(a.copied.boilerplate.cbegin(), a.copied.boilerplate.cend(), [at](const BoilerplatePassage &b) {
                    return b.span.start <= at + 5 && b.span.end > at + 12;
                });
                QVERIFY2(listed, qPrintable(where));
                for (const CopiedPassage &p : a.copied.passages)
                    QVERIFY(!p.span.contains(at + 6));
            }
        }
    }

    // Both sides of a relation see the same passages.
    for (const Relation &rel : expected) {
        if (rel.elsewhere)
            continue;
        const CopyDirection forward = rel.ordered ? CopyDirection::CopiedBy : CopyDirection::Shared;
        const CopyDirection backward = rel.ordered ? CopyDirection::Copied : CopyDirection::Shared;
        int there = 0, here = 0;
        for (const CopiedPassage &p : audits.at(rel.a).copied.passagesOf(forward))
            there += p.other == rel.b ? p.length : 0;
        for (const CopiedPassage &p : audits.at(rel.b).copied.passagesOf(backward))
            here += p.other == rel.a ? p.length : 0;
        QVERIFY2(qAbs(there - here) <= 4 * 2, qPrintable(u"%1 vs %2"_s.arg(there).arg(here)));
    }

    if (!least.isEmpty()) {
        const int report = least.section(u':', 0, 0).toInt();
        const double share = least.section(u':', 1).toDouble();
        QVERIFY2(audits.at(report).copied.share() >= share, qPrintable(QString::number(audits.at(report).copied.share())));
        // Its own earlier report: all of it.
        QCOMPARE(audits.at(report).copied.ownLength, audits.at(report).copied.length(CopyDirection::Copied));
    }
}

void TestCopyDirection::bodies_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");

    QTest::newRow("one body, full and short names") << u"厦门市思明区卫生健康委员会/思明 y2023 : A01"_s << u"思明区卫健委/思明 y2024 : A02"_s << true;
    QTest::newRow("one body, with and without its city") << u"长沙市岳麓区应急管理局/岳麓 y2023 : A01"_s << u"岳麓区应急局/岳麓 y2024 : A02"_s << true;
    QTest::newRow("a city's body") << u"宜昌市统计局/宜昌 y2022 : A01"_s << u"宜昌市统计局/宜昌 y2024 : A02"_s << true;
    QTest::newRow("one place, two bodies") << u"成都市武侯区司法局/武侯 y2023 : A01"_s << u"成都市武侯区应急管理局/武侯 y2023 : A02"_s << false;
    QTest::newRow("one kind of body, two places") << u"成都市武侯区司法局/武侯 y2023 : A01"_s << u"广州市天河区司法局/天河 y2023 : A02"_s << false;
    QTest::newRow("a county's and its city's body") << u"杭州市余杭区生态环境局/余杭 y2023 : A01"_s << u"杭州市生态环境局/杭州 y2023 : A02"_s << false;
    QTest::newRow("unlisted place, one issuer") << u"青石区卫生健康局/青石 y2023 : A01"_s << u"青石区卫健局/青石 y2024 : A02"_s << true;
    QTest::newRow("a body and a unit of it") << u"郑州市公安局/郑州 y2023 : A01"_s << u"郑州市公安局交通警察支队/郑州 y2023 : A02"_s << false;
    QTest::newRow("one unit, two years") << u"郑州市公安局交通警察支队/郑州 y2023 : A01"_s << u"郑州市公安局交通警察支队/郑州 y2024 : A02"_s << true;
    QTest::newRow("two units of one body") << u"沈阳市公安局交通警察支队/沈阳 y2023 : A01"_s << u"沈阳市公安局治安管理支队/沈阳 y2023 : A02"_s << false;
    QTest::newRow("unlisted places, two issuers") << u"青石区卫生健康局/青石 y2023 : A01"_s << u"白沙区卫生健康局/白沙 y2023 : A02"_s << false;
}

void TestCopyDirection::bodies()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    const Report a = ReportPipeline::readText(Test::directionReport(first), u"a.txt"_s);
    const Report b = ReportPipeline::readText(Test::directionReport(second), u"b.txt"_s);
    const QString ka = BodyIdentity::keyOf(a);
    const QString kb = BodyIdentity::keyOf(b);
    QVERIFY2(!ka.isEmpty() && !kb.isEmpty(), qPrintable(ka + u" / "_s + kb));
    QVERIFY2((ka == kb) == same, qPrintable(ka + u" / "_s + kb));
    QCOMPARE(Auditor::bodyKey(a), ka);
    // No body named: no key, never taken for another report's body.
    QVERIFY(BodyIdentity::keyOf(ReportPipeline::readText(Test::directionReport(u"-/ y2023 : A01 A02"_s), u"c.txt"_s)).isEmpty());
}

void TestCopyDirection::analystIdentityDecides()
{
    // A report that does not state its year shares text with one of 2024:
    // the order is unknown until the analyst gives the year (Edit Identity).
    const QList<Report> reports = reportsOf(
        {u"杭州市余杭区生态环境局/余杭 : A07 A08 A21 | A20 | A14 | A19"_s, u"成都市武侯区司法局/武侯 y2024 s2025-01-20 : A07 A08 A01 | A10 | A12 | A16"_s});
    QList<ReportAnalysis> analyses;
    for (const Report &r : reports)
        analyses.append(ReportPipeline(engines()).analyse(r));
    const QList<ReportAudit> before = Auditor().audit(Comparison::compose(engines(), analyses, {}));
    QCOMPARE(othersOf(before.at(0), CopyDirection::Shared), QSet<int> {1});
    QVERIFY(before.at(0).check(AuditCheckId::Shared)->reason.contains(before.at(0).displayName));
    QCOMPARE(before.at(0).order.year, 0);

    for (const auto &[year, copier] : {std::pair(u"2025"_s, 0), std::pair(u"2023"_s, 1)}) {
        QList<ReportAnalysis> given = analyses;
        given[0].applyIdentity({{u"year"_s, year}});
        const QList<ReportAudit> after = Auditor().audit(Comparison::compose(engines(), given, {}));
        QCOMPARE(othersOf(after.at(copier), CopyDirection::Copied), QSet<int> {1 - copier});
        QCOMPARE(othersOf(after.at(1 - copier), CopyDirection::CopiedBy), QSet<int> {copier});
        QVERIFY(othersOf(after.at(0), CopyDirection::Shared).isEmpty());
    }

    // The analyst's publication date orders two reports of one year.
    QList<ReportAnalysis> sameYear;
    for (const QString &recipe :
        {u"杭州市余杭区生态环境局/余杭 y2024 : A03 A04 A06 | A10 | A13 | A18"_s, u"西安市雁塔区市场监督管理局/雁塔 y2024 : A03 A04 A24 | A11 | A15 | A19"_s})
        sameYear.append(ReportPipeline(engines()).analyse(ReportPipeline::readText(Test::directionReport(recipe), u"r.txt"_s)));
    QCOMPARE(othersOf(Auditor().audit(Comparison::compose(engines(), sameYear, {})).at(1), CopyDirection::Shared), QSet<int> {0});
    sameYear[0].applyIdentity({{u"published"_s, u"2025-03-30"_s}});
    sameYear[1].applyIdentity({{u"published"_s, u"2025-03-02"_s}});
    const QList<ReportAudit> dated = Auditor().audit(Comparison::compose(engines(), sameYear, {}));
    QCOMPARE(othersOf(dated.at(0), CopyDirection::Copied), QSet<int> {1});
    QCOMPARE(dated.at(0).order.dateKind, ReportOrder::DateKind::Analyst);

    // The analyst's district makes two reports one body's: the second names
    // its place in a form the gazetteer does not know.
    QList<ReportAnalysis> bodies;
    for (const QString &recipe :
        {u"成都市武侯区司法局/武侯 y2023 : A04 A05 A06 | A11 | A13 | A17"_s, u"武侯司法局/武侯 y2024 : A04 A05 A06 A24 | A10 | A13 | A16"_s})
        bodies.append(ReportPipeline(engines()).analyse(ReportPipeline::readText(Test::directionReport(recipe), u"r.txt"_s)));
    bodies[1].applyIdentity({{u"district"_s, u"武侯区"_s}, {u"issuer"_s, u"武侯区司法局"_s}});
    const QList<ReportAudit> one = Auditor().audit(Comparison::compose(engines(), bodies, {}));
    QCOMPARE(one.at(0).body, one.at(1).body);
    const QList<CopiedPassage> taken = one.at(1).copied.passagesOf(CopyDirection::Copied);
    QVERIFY(!taken.isEmpty());
    QVERIFY(std::all_of(taken.cbegin(), taken.cend(), [](const CopiedPassage &p) {
        return p.sameBody;
    }));
}

void TestCopyDirection::jsonCarriesTheDirection()
{
    const QList<Report> reports = reportsOf({u"成都市武侯区司法局/武侯 y2023 p2024-03-01 : A01 A02 A03 | A10 | A12 | A16"_s,
        u"西安市雁塔区市场监督管理局/雁塔 y2024 p2025-02-20 : A05 A02 A06 | A11 | A14 | A17"_s, u"杭州市余杭区生态环境局/余杭 : A03 A07 | A20 | A15 | A18"_s});
    const QList<ReportAudit> audits = Auditor().audit(Comparison::analyse(engines(), reports));
    const QJsonArray list = AuditFormat::toJson(audits, reports).value(u"reports"_s).toArray();
    QCOMPARE(list.size(), 3);
    const QJsonObject source = list.at(0).toObject();
    const QJsonObject copier = list.at(1).toObject();
    const QJsonObject unknown = list.at(2).toObject();
    for (const QJsonObject &o : {source, copier, unknown}) {
        for (const QString &key : {u"copied"_s, u"copied_by"_s, u"shared"_s}) {
            QVERIFY2(o.value(key).isObject(), qPrintable(key));
            QVERIFY(o.value(key).toObject().value(u"share"_s).isDouble());
            QVERIFY(o.value(key).toObject().value(u"passages"_s).isArray());
        }
        QVERIFY(o.value(u"order"_s).isObject());
    }
    QCOMPARE(source.value(u"order"_s).toObject().value(u"year"_s).toInt(), 2023);
    QCOMPARE(source.value(u"order"_s).toObject().value(u"date"_s).toString(), u"2024-03-01"_s);
    QCOMPARE(source.value(u"order"_s).toObject().value(u"date_kind"_s).toString(), u"published"_s);
    QVERIFY(unknown.value(u"order"_s).toObject().value(u"year"_s).isNull());
    // The source took nothing; its copier's passages name it, by label and file, with both spans.
    QCOMPARE(source.value(u"copied"_s).toObject().value(u"share"_s).toDouble(), 0.0);
    QVERIFY(source.value(u"copied_by"_s).toObject().value(u"share"_s).toDouble() > 0);
    const QJsonArray taken = copier.value(u"copied"_s).toObject().value(u"passages"_s).toArray();
    QVERIFY(!taken.isEmpty());
    for (const QJsonValue &v : taken) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.value(u"other"_s).toString(), audits.at(0).displayName);
        QCOMPARE(p.value(u"other_file"_s).toString(), u"report-0.txt"_s);
        QVERIFY(p.value(u"end"_s).toInt() > p.value(u"start"_s).toInt());
        QVERIFY(p.value(u"other_end"_s).toInt() > p.value(u"other_start"_s).toInt());
        QCOMPARE(p.value(u"same_body"_s).toBool(), false);
        QVERIFY(p.value(u"characters"_s).toInt() >= 13);
        QVERIFY(!p.value(u"text"_s).toString().isEmpty());
    }
    QCOMPARE(copier.value(u"copied"_s).toObject().value(u"own_share"_s).toDouble(), 0.0);
    // The report without a year shares with the others, in both directions unknown.
    QVERIFY(!unknown.value(u"shared"_s).toObject().value(u"passages"_s).toArray().isEmpty());
    QVERIFY(unknown.value(u"copied"_s).toObject().value(u"passages"_s).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCopyDirection)
#include "tst_copydirection.moc"
