// The gazetteer (resources/identity/divisions.json) and the name scan.

#include "identity/gazetteer.h"
#include "identity/identityscanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn()
    {
        const Dz::Gazetteer &g = Dz::Gazetteer::builtIn();
        int provinces = 0, prefectures = 0, counties = 0, zones = 0;
        for (const Dz::Division &d : g.divisions()) {
            provinces += d.level == Dz::RegionLevel::Province;
            prefectures += d.level == Dz::RegionLevel::Prefecture;
            counties += d.level == Dz::RegionLevel::County;
            zones += d.level == Dz::RegionLevel::Zone;
        }
        QCOMPARE(provinces, 31);
        QVERIFY(prefectures >= 330);
        QVERIFY(counties >= 2900);
        QVERIFY(zones >= 10);
        QVERIFY(!g.datasetVersion().isEmpty());
    }

    void shortForms_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("shortForms");
        QTest::addColumn<QStringList>("chain");
        QTest::newRow("municipality") << u"12"_s << u"天津市"_s << QStringList {u"天津"_s} << QStringList {u"天津市"_s};
        QTest::newRow("new area") << u"120116"_s << u"滨海新区"_s << QStringList {u"滨海"_s} << QStringList {u"天津市"_s, u"滨海新区"_s};
        QTest::newRow("district") << u"500107"_s << u"九龙坡区"_s << QStringList {u"九龙坡"_s} << QStringList {u"重庆市"_s, u"九龙坡区"_s};
        QTest::newRow("autonomous prefecture") << u"4228"_s << u"恩施土家族苗族自治州"_s << QStringList {u"恩施州"_s, u"恩施"_s}
                                               << QStringList {u"湖北省"_s, u"恩施土家族苗族自治州"_s};
        QTest::newRow("autonomous region") << u"45"_s << u"广西壮族自治区"_s << QStringList {u"广西"_s} << QStringList {u"广西壮族自治区"_s};
        QTest::newRow("no short form") << u"140502"_s << u"城区"_s << QStringList {} << QStringList {u"山西省"_s, u"晋城市"_s, u"城区"_s};
    }
    void shortForms()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QStringList, shortForms);
        QFETCH(QStringList, chain);
        const Dz::Gazetteer &g = Dz::Gazetteer::builtIn();
        const int i = g.indexOfCode(code);
        QVERIFY(i >= 0);
        QCOMPARE(g.divisions().at(i).name, name);
        QCOMPARE(g.divisions().at(i).shortForms, shortForms);
        QStringList names;
        for (const int d : g.chain(i))
            names.append(g.divisions().at(d).name);
        QCOMPARE(names, chain);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("divisions");
        QTest::addColumn<QString>("problem");
        QTest::newRow("syntax") << QByteArray("{") << u"syntax"_s;
        QTest::newRow("format") << QByteArray(R"({"format":"x","version":1})") << u"format"_s;
        QTest::newRow("bad row") << QByteArray(R"({"format":"duizhao-divisions","version":1,"units":[["12"]]})") << u"entry 1"_s;
        QTest::newRow("unknown parent") << QByteArray(R"({"format":"duizhao-divisions","version":1,"units":[["1201","a",[],"99"]]})") << u"99"_s;
        QTest::newRow("twice") << QByteArray(R"({"format":"duizhao-divisions","version":1,"units":[["12","a",[],""],["12","b",[],""]]})") << u"twice"_s;
    }
    void badFiles()
    {
        QFETCH(QByteArray, divisions);
        QFETCH(QString, problem);
        const auto g = Dz::Gazetteer::fromJson(divisions, QByteArray(R"({"format":"duizhao-agencies","version":1,"agencies":[]})"), u"d.json"_s);
        QVERIFY(!g);
        QVERIFY2(g.error().contains(u"d.json"_s) && g.error().contains(problem), qPrintable(g.error()));
    }

    void scan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentions"); // "places|agency" as written
        QTest::newRow("chain and agency") << u"天津市滨海新区卫生健康委员会"_s << QStringList {u"天津市滨海新区|卫生健康委员会"_s};
        QTest::newRow("relative") << u"区卫健委和市场监督管理局"_s << QStringList {u"|卫健委"_s, u"|市场监督管理局"_s};
        QTest::newRow("no fragments") << u"强领导和健康局在管理局在"_s << QStringList {};
        QTest::newRow("two characters after a word") << u"主城区市和县"_s << QStringList {};
        QTest::newRow("zone") << u"秦皇岛经济技术开发区管委会"_s << QStringList {u"秦皇岛经济技术开发区|管委会"_s};
    }
    void scan()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentions);
        QStringList found;
        for (const Dz::IdentityMention &m : Dz::IdentityScanner::builtIn().scan(text)) {
            const TextSpanView places = {m.placeSpan.start, m.agencySpan.isValid() ? m.agencySpan.start : m.span.end};
            found.append((m.placeSpan.isValid() ? text.mid(places.start, places.end - places.start) : QString()) + u'|'
                + (m.agencySpan.isValid() ? text.mid(m.agencySpan.start, m.agencySpan.length()) : QString()));
        }
        QCOMPARE(found, mentions);
    }

private:
    struct TextSpanView {
        qsizetype start;
        qsizetype end;
    };
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
