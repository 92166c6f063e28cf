// Grouping and filtering reports by identity for the report list.

#include "analysis/reportpipeline.h"
#include "project/reportgrouping.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QList<Dz::Report> reports()
{
    const QStringList titles {
        u"天津市滨海新区卫生健康委员会2024年法治政府建设情况报告"_s,
        u"天津市和平区人民政府2023年法治政府建设情况报告"_s,
        u"秦皇岛市卫生健康委员会2025年法治政府建设情况报告"_s,
        u"河北省秦皇岛市昌黎县卫生健康局2024年法治政府建设情况报告"_s,
        u"广东省卫生健康委员会2022年法治政府建设情况报告"_s,
        u"法治政府建设情况报告"_s,
        u"成都市新都区石板滩街道办事处2024年法治政府建设情况报告"_s,
        u"重庆市九龙坡区铜罐驿镇人民政府2023年法治政府建设情况报告"_s,
    };
    QList<Dz::Report> list;
    for (int i = 0; i < titles.size(); ++i)
        list.append(Dz::ReportPipeline::readText(titles.at(i) + u"\n一、主要举措和成效\n"_s, u"r%1.txt"_s.arg(i)));
    return list;
}

} // namespace

class TestReportGrouping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QStringList>("groups"); // "name:rows"
        const QString unknown = Dz::ReportGrouping::tr("unknown");
        QTest::newRow("province") << int(Dz::ReportGroupKey::Province)
                                  << QStringList {u"四川省:6"_s, u"天津市:0,1"_s, u"广东省:4"_s, u"河北省:2,3"_s, u"重庆市:7"_s, unknown + u":5"_s};
        QTest::newRow("city") << int(Dz::ReportGroupKey::City)
                              << QStringList {u"天津市:0,1"_s, u"成都市:6"_s, u"秦皇岛市:2,3"_s, u"重庆市:7"_s, unknown + u":4,5"_s};
        QTest::newRow("county") << int(Dz::ReportGroupKey::County)
                                << QStringList {u"九龙坡区:7"_s, u"和平区:1"_s, u"新都区:6"_s, u"昌黎县:3"_s, u"滨海新区:0"_s, unknown + u":2,4,5"_s};
        // 街道 and 乡镇, below their county.
        QTest::newRow("township") << int(Dz::ReportGroupKey::Township) << QStringList {u"石板滩街道:6"_s, u"铜罐驿镇:7"_s, unknown + u":0,1,2,3,4,5"_s};
        QTest::newRow("body") << int(Dz::ReportGroupKey::Body) << QStringList {u"办:6"_s, u"卫健委:0,2,4"_s, u"卫健局:3"_s, u"政府:1,7"_s, unknown + u":5"_s};
        QTest::newRow("year") << int(Dz::ReportGroupKey::Year) << QStringList {u"2025:2"_s, u"2024:0,3,6"_s, u"2023:1,7"_s, u"2022:4"_s, unknown + u":5"_s};
    }
    void groups()
    {
        QFETCH(int, key);
        QFETCH(QStringList, groups);
        QStringList found;
        for (const Dz::ReportGroup &g : Dz::ReportGrouping::groups(reports(), Dz::ReportGroupKey(key))) {
            QStringList rows;
            for (const int r : g.rows)
                rows.append(QString::number(r));
            found.append(g.name + u':' + rows.join(u','));
        }
        QCOMPARE(found, groups);
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("place") << u"秦皇岛"_s << QList<int> {2, 3};
        QTest::newRow("body and year") << u"卫健委 2024"_s << QList<int> {0};
        QTest::newRow("file name") << u"r5"_s << QList<int> {5};
        QTest::newRow("empty matches all") << QString() << QList<int> {0, 1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("a street and its district") << u"新都 街道"_s << QList<int> {6};
        QTest::newRow("nothing") << u"广州"_s << QList<int> {};
    }
    void search()
    {
        QFETCH(QString, search);
        QFETCH(QList<int>, rows);
        const QList<Dz::Report> list = reports();
        QList<int> found;
        for (int i = 0; i < list.size(); ++i) {
            if (Dz::ReportGrouping::matches(list.at(i), search))
                found.append(i);
        }
        QCOMPARE(found, rows);
    }
};

QTEST_GUILESS_MAIN(TestReportGrouping)
#include "tst_reportgrouping.moc"
