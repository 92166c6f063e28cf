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

    // The township level: 乡, 镇, 街道 and 苏木 with their codes and parents.
    void townships()
    {
        const Dz::Gazetteer &g = Dz::Gazetteer::builtIn();
        int townships = 0;
        int underCounty = 0;
        for (const Dz::Division &d : g.divisions()) {
            if (d.level != Dz::RegionLevel::Township)
                continue;
            ++townships;
            underCounty += d.parent >= 0 && g.divisions().at(d.parent).level == Dz::RegionLevel::County && d.code.startsWith(g.divisions().at(d.parent).code);
            QVERIFY2(d.shortForms.isEmpty(), qPrintable(d.name));
            QVERIFY2(d.name.size() >= 3, qPrintable(d.name));
        }
        QVERIFY(townships >= 38000);
        QCOMPARE(underCounty, townships);
        QVERIFY(!g.datasetRelease().isEmpty());
        // Names repeat at this level.
        QVERIFY(g.unitsNamed(u"城关镇"_s).size() > 50);
    }

    void townshipChains_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("chain");
        QTest::newRow("street of a district") << u"石板滩街道"_s << QStringList {u"四川省"_s, u"成都市"_s, u"新都区"_s, u"石板滩街道"_s};
        QTest::newRow("town of a municipality's district") << u"铜罐驿镇"_s << QStringList {u"重庆市"_s, u"九龙坡区"_s, u"铜罐驿镇"_s};
    }
    void townshipChains()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, chain);
        const Dz::Gazetteer &g = Dz::Gazetteer::builtIn();
        const QList<int> units = g.unitsNamed(name);
        QCOMPARE(units.size(), 1);
        QCOMPARE(g.divisions().at(units.constFirst()).level, Dz::RegionLevel::Township);
        QCOMPARE(g.divisions().at(units.constFirst()).code.size(), 9);
        QStringList names;
        for (const int d : g.chain(units.constFirst()))
            names.append(g.divisions().at(d).name);
        QCOMPARE(names, chain);
    }

    // A name an analyst writes (Edit Identity): read from the end, ancestors before it.
    void resolve_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("near"); // the code found in the report
        QTest::addColumn<QString>("code"); // empty: none or several fit
        QTest::newRow("unique township") << u"石板滩街道"_s << QString() << u"510114"_s;
        QTest::newRow("with its parents") << u"成都市新都区石板滩街道"_s << QString() << u"510114"_s;
        QTest::newRow("with a short parent") << u"新都石板滩街道"_s << QString() << u"510114"_s;
        QTest::newRow("shared and nothing says which") << u"城关镇"_s << QString() << QString();
        QTest::newRow("shared, its county in front") << u"临河区城关镇"_s << QString() << u"150802"_s;
        QTest::newRow("shared, the report's county decides") << u"城关镇"_s << u"150802"_s << u"150802"_s;
        QTest::newRow("a county") << u"昌黎县"_s << QString() << u"130322"_s;
        QTest::newRow("not a place") << u"某某街道"_s << QString() << QString();
        QTest::newRow("wrong parent") << u"天津市石板滩街道"_s << QString() << QString();
    }
    void resolve()
    {
        QFETCH(QString, written);
        QFETCH(QString, near);
        QFETCH(QString, code);
        const Dz::Gazetteer &g = Dz::Gazetteer::builtIn();
        const int unit = g.resolve(written, near.isEmpty() ? -1 : g.indexOfCode(near));
        // The code's county part: the township's own number is the dataset's.
        QCOMPARE(unit >= 0 ? g.divisions().at(unit).code.left(6) : QString(), code);
        if (unit >= 0)
            QVERIFY(written.endsWith(g.divisions().at(unit).name) || g.divisions().at(unit).shortForms.contains(written));
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
        // A county that shares its short name with its city (or a city with its province) keeps its full name.
        QTest::newRow("county like its city") << u"430121"_s << u"长沙县"_s << QStringList {} << QStringList {u"湖南省"_s, u"长沙市"_s, u"长沙县"_s};
        QTest::newRow("city like its province") << u"2202"_s << u"吉林市"_s << QStringList {} << QStringList {u"吉林省"_s, u"吉林市"_s};
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
        QTest::newRow("townships of no county") << QByteArray(
            R"({"format":"duizhao-divisions","version":1,"units":[["12","a",[],""]],"townships":[["120199","001b镇"]]})")
                                                << u"120199"_s;
        QTest::newRow("bad township entry") << QByteArray(
            R"({"format":"duizhao-divisions","version":1,"units":[["12","a",[],""],["120101","b",[],"12"]],"townships":[["120101","x镇"]]})")
                                            << u"NNN"_s;
    }
    void badFiles()
    {
        QFETCH(QByteArray, divisions);
        QFETCH(QString, problem);
        const auto g = Dz::Gazetteer::fromJson(divisions, QByteArray(R"({"format":"duizhao-agencies","version":1,"agencies":[]})"), u"d.json"_s);
        QVERIFY(!g);
        QVERIFY2(g.error().contains(u"d.json"_s) && g.error().contains(problem), qPrintable(g.error()));
    }

    void badAgencies_data()
    {
        QTest::addColumn<QByteArray>("agencies");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown parent") << QByteArray(R"({"format":"duizhao-agencies","version":1,"agencies":[{"full":"派出所","parent":"公安局"}]})")
                                        << u"公安局"_s;
        QTest::newRow("end form not a form") << QByteArray(R"({"format":"duizhao-agencies","version":1,"agencies":[{"full":"办事处","endForms":["办"]}]})")
                                             << u"办"_s;
        QTest::newRow("unit of an unknown agency") << QByteArray(
            R"({"format":"duizhao-agencies","version":1,"agencies":[],"units":[{"suffix":"所","agency":"派出所"}]})")
                                                   << u"派出所"_s;
        QTest::newRow("twice") << QByteArray(R"({"format":"duizhao-agencies","version":1,"agencies":[{"full":"司法局"},{"full":"司法局"}]})") << u"twice"_s;
    }
    void badAgencies()
    {
        QFETCH(QByteArray, agencies);
        QFETCH(QString, problem);
        const auto g =
            Dz::Gazetteer::fromJson(QByteArray(R"({"format":"duizhao-divisions","version":1,"units":[["12","天津市",[],""]]})"), agencies, u"d.json"_s);
        QVERIFY(!g);
        QVERIFY2(g.error().contains(u"agencies.json"_s) && g.error().contains(problem), qPrintable(g.error()));
    }

    // Units written after their parent body, and the forms that end a word.
    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit"); // as written, empty when none
        QTest::addColumn<QString>("unitPlace"); // the place the unit's name is, empty when none
        QTest::newRow("district branch") << u"成都市公安局武侯区分局"_s << u"武侯区分局"_s << u"武侯区"_s;
        QTest::newRow("named unit") << u"成都市公安局交通警察支队2024年"_s << u"交通警察支队"_s << QString();
        QTest::newRow("station of a bureau") << u"昌黎县司法局靖安司法所"_s << u"靖安司法所"_s << QString();
        QTest::newRow("running text is no unit") << u"区公安局加强执法大队建设"_s << QString() << QString();
        QTest::newRow("a list is no unit") << u"市公安局各派出所"_s << QString() << QString();
    }
    void units()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        QFETCH(QString, unitPlace);
        const QList<Dz::IdentityMention> mentions = Dz::IdentityScanner::builtIn().scan(text);
        QVERIFY(!mentions.isEmpty());
        const Dz::IdentityMention &m = mentions.constFirst();
        QCOMPARE(m.unitSpan.isValid() ? text.mid(m.unitSpan.start, m.unitSpan.length()) : QString(), unit);
        const Dz::Gazetteer &g = Dz::Gazetteer::builtIn();
        QCOMPARE(m.unitPlaces.size() == 1 ? g.divisions().at(m.unitPlaces.constFirst()).name : QString(), unitPlace);
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
        QTest::newRow("street and its office") << u"新都区石板滩街道办事处"_s << QStringList {u"新都区石板滩街道|办事处"_s};
        QTest::newRow("short office at a word's end") << u"石板滩街道办2024年"_s << QStringList {u"石板滩街道|办"_s};
        QTest::newRow("办 inside a word is no office") << u"石板滩街道办理"_s << QStringList {u"石板滩街道|"_s};
        QTest::newRow("town by its level") << u"镇人民政府"_s << QStringList {u"|人民政府"_s};
        QTest::newRow("street by its level") << u"街道办事处"_s << QStringList {u"|办事处"_s};
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
