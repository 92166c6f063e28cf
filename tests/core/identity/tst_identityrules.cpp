// The rules MetadataExtraction's steps apply (identity/identityrules.h),
// one by one: the reporting year, the level a body's level word names,
// names shared by a unit and its child, and a body of a place the gazetteer
// does not list. The extraction as a whole is read in tst_metadataextractor.

#include "identity/identityrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;
using namespace Dz::Internal;

namespace
{

int unitNamed(const QString &name, RegionLevel level)
{
    const Gazetteer &g = Gazetteer::builtIn();
    for (const int unit : g.unitsNamed(name)) {
        if (g.divisions().at(unit).level == level)
            return unit;
    }
    return -1;
}

} // namespace

class TestIdentityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("year"); // as yearValue() gives it; empty: none

        QTest::newRow("a year") << u"2024年法治政府建设情况报告"_s << u"2024"_s;
        QTest::newRow("a year with 度") << u"关于2019年度依法行政工作的报告"_s << u"2019"_s;
        QTest::newRow("a space before 年") << u"2022 年工作总结"_s << u"2022"_s;
        QTest::newRow("a full date is not the year") << u"2021年5月8日印发，2023年工作"_s << u"2023"_s;
        QTest::newRow("nor a range's end") << u"2021-2025年规划中，2022年的任务"_s << u"2022"_s;
        QTest::newRow("in Chinese numerals") << u"二〇二〇年度报告"_s << u"2020"_s;
        QTest::newRow("a Chinese full date") << u"二〇二四年十月一日"_s << QString();
        QTest::newRow("not a year") << u"建成1500年的古城"_s << QString();
        QTest::newRow("no year") << u"今年以来，全区上下"_s << QString();
    }

    void firstYear()
    {
        QFETCH(QString, text);
        QFETCH(QString, year);
        const auto span = Internal::firstYear(text, {0, text.size()});
        QCOMPARE(span.has_value(), !year.isEmpty());
        if (span) {
            QCOMPARE(span->length(), 4);
            QCOMPARE(yearValue(QStringView(text).mid(span->start, 4)), year);
        }
    }

    void firstYearWithinSpan()
    {
        const QString text = u"2020年某某工作。2021年的报告"_s;
        const auto span = Internal::firstYear(text, {4, text.size()});
        QVERIFY(span);
        QCOMPARE(text.mid(span->start, 4), u"2021"_s);
    }

    void levelFits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("level"); // RegionLevel of the unit meant
        QTest::addColumn<QChar>("word");
        QTest::addColumn<bool>("fits");

        const int province = int(RegionLevel::Province);
        const int prefecture = int(RegionLevel::Prefecture);
        const int county = int(RegionLevel::County);
        const int township = int(RegionLevel::Township);
        QTest::newRow("省 a province") << u"浙江省"_s << province << QChar(u'省') << true;
        QTest::newRow("市 a prefecture-level city") << u"绵阳市"_s << prefecture << QChar(u'市') << true;
        QTest::newRow("市 a county-level city") << u"义乌市"_s << county << QChar(u'市') << true;
        QTest::newRow("区 not a city") << u"绵阳市"_s << prefecture << QChar(u'区') << false;
        QTest::newRow("区 a district") << u"天河区"_s << county << QChar(u'区') << true;
        QTest::newRow("县 a county") << u"长兴县"_s << county << QChar(u'县') << true;
        QTest::newRow("县 not a district") << u"天河区"_s << county << QChar(u'县') << false;
        QTest::newRow("州 an autonomous prefecture") << u"恩施土家族苗族自治州"_s << prefecture << QChar(u'州') << true;
        QTest::newRow("街 a 街道") << u"五山街道"_s << township << QChar(u'街') << true;
        QTest::newRow("镇 not a 街道") << u"五山街道"_s << township << QChar(u'镇') << false;
    }

    void levelFits()
    {
        QFETCH(QString, name);
        QFETCH(int, level);
        QFETCH(QChar, word);
        QFETCH(bool, fits);
        const int unit = unitNamed(name, RegionLevel(level));
        QVERIFY2(unit >= 0, qPrintable(name));
        QCOMPARE(Internal::levelFits(Gazetteer::builtIn(), unit, word), fits);
    }

    void outermostOfKin()
    {
        const Gazetteer &g = Gazetteer::builtIn();
        // A prefecture and its own county of the same name: the prefecture.
        const QList<int> kin = g.unitsNamed(u"嘉峪关市"_s);
        QVERIFY(kin.size() >= 2);
        const QList<int> outer = Internal::outermostOfKin(kin, g);
        QCOMPARE(outer.size(), 1);
        QCOMPARE(g.divisions().at(outer.constFirst()).level, RegionLevel::Prefecture);
        // Units of one name in two provinces stay as they are.
        const QList<int> shared = g.unitsNamed(u"永定区"_s);
        QCOMPARE(shared.size(), 2);
        QCOMPARE(Internal::outermostOfKin(shared, g), shared);
    }

    void unknownPlaceBody_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("preamble");
        QTest::addColumn<QString>("name"); // empty: none
        QTest::addColumn<QString>("body");

        QTest::newRow("a title") << u"某某区司法局2023年法治政府建设情况报告"_s << false << u"某某区"_s << u"某某区司法局"_s;
        QTest::newRow("after 关于") << u"关于某某县应急管理局法治建设工作的报告"_s << false << u"某某县"_s << u"某某县应急管理局"_s;
        QTest::newRow("after a listed place") << u"河北省某某县司法局\n"_s << false << u"某某县"_s << u"河北省某某县司法局"_s;
        QTest::newRow("a preamble after its year") << u"2023年，某某区司法局坚持以习近平法治思想为指导"_s << true << u"某某区"_s << u"某某区司法局"_s;
        QTest::newRow("a preamble without a year") << u"某某区司法局坚持以习近平法治思想为指导"_s << true << QString() << QString();
        QTest::newRow("running text") << u"在区委、区政府的领导下，区司法局"_s << false << QString() << QString();
        QTest::newRow("too long a name") << u"某某某某某某某区司法局"_s << false << QString() << QString();
    }

    void unknownPlaceBody()
    {
        QFETCH(QString, text);
        QFETCH(bool, preamble);
        QFETCH(QString, name);
        QFETCH(QString, body);
        const QList<IdentityMention> mentions = IdentityScanner::builtIn().scan(text);
        QList<const IdentityMention *> here;
        for (const IdentityMention &m : mentions)
            here.append(&m);
        const auto found = Internal::unknownPlaceBody(text, 0, {0, text.size()}, preamble, here);
        QCOMPARE(found.has_value(), !name.isEmpty());
        if (found) {
            QCOMPARE(text.mid(found->nameSpan.start, found->nameSpan.length()), name);
            QCOMPARE(text.mid(found->span.start, found->span.length()), body);
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityRules)
#include "tst_identityrules.moc"
