// Labels of compared reports: short when the set is uniform, with the body
// when levels or bodies differ, with the parent when names still collide.

#include "analysis/reportlabels.h"
#include "analysis/reportpipeline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestReportLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("districts of one city") << QStringList {u"天津市滨海新区卫生健康委员会2024年法治政府建设情况报告"_s,
            u"天津市和平区卫生健康委员会2024年法治政府建设情况报告"_s}
                                               << QStringList {u"滨海 · 2024"_s, u"和平 · 2024"_s};
        QTest::newRow("levels differ") << QStringList {u"秦皇岛市卫生健康委员会2025年法治政府建设情况报告"_s,
            u"广东省卫生健康委员会2022年法治政府建设情况报告"_s, u"河北省秦皇岛市昌黎县卫生健康委员会2025年法治政府建设情况报告"_s}
                                       << QStringList {u"秦皇岛市卫健委 · 2025"_s, u"广东省卫健委 · 2022"_s, u"昌黎县卫健委 · 2025"_s};
        QTest::newRow("bodies differ") << QStringList {u"苏州市应急管理局2024年法治政府建设情况报告"_s, u"苏州市司法局2024年法治政府建设情况报告"_s}
                                       << QStringList {u"苏州市应急局 · 2024"_s, u"苏州市司法局 · 2024"_s};
        QTest::newRow("shared names get their parent")
            << QStringList {u"福建省龙岩市永定区应急管理局2024年法治政府建设情况报告"_s, u"湖南省张家界市永定区应急管理局2024年法治政府建设情况报告"_s}
            << QStringList {u"龙岩永定 · 2024"_s, u"张家界永定 · 2024"_s};
        QTest::newRow("one report") << QStringList {u"恩施州司法局2023年法治政府建设情况报告"_s} << QStringList {u"恩施州 · 2023"_s};
        QTest::newRow("unknown body shows its title") << QStringList {u"关于2023年法治政府建设工作情况的报告"_s}
                                                      << QStringList {u"关于2023年法治政府建设工作情况的报告"_s};
        QTest::newRow("a long title is cut") << QStringList {u"关于二〇二三年度推进法治政府建设和依法行政工作主要情况以及下一步工作打算的报告"_s}
                                             << QStringList {u"关于二〇二三年度推进法治政府建设和依法行政工作主要情况…"_s};
        // A 街道 or 乡镇 keeps its full name: it never reads as a district.
        QTest::newRow("streets of one district") << QStringList {u"成都市新都区石板滩街道办事处2024年法治政府建设情况报告"_s,
            u"成都市新都区大丰街道办事处2024年法治政府建设情况报告"_s}
                                                 << QStringList {u"石板滩街道 · 2024"_s, u"大丰街道 · 2024"_s};
        QTest::newRow("a street beside its district") << QStringList {u"成都市新都区石板滩街道办事处2024年法治政府建设情况报告"_s,
            u"成都市新都区人民政府2024年法治政府建设情况报告"_s}
                                                      << QStringList {u"石板滩街道办 · 2024"_s, u"新都区政府 · 2024"_s};
        QTest::newRow("branches and their bureau") << QStringList {u"成都市公安局武侯区分局2024年法治政府建设情况报告"_s,
            u"成都市公安局交通警察支队2024年法治政府建设情况报告"_s, u"成都市公安局2024年法治政府建设情况报告"_s}
                                                   << QStringList {u"武侯区公安分局 · 2024"_s, u"成都市公安局交通警察支队 · 2024"_s, u"成都市公安局 · 2024"_s};
        QTest::newRow("a county named like its city") << QStringList {u"长沙县人民政府2024年法治政府建设情况报告"_s,
            u"浏阳市人民政府2024年法治政府建设情况报告"_s}
                                                      << QStringList {u"长沙县 · 2024"_s, u"浏阳 · 2024"_s};
        QTest::newRow("an unlisted district beside a listed one")
            << QStringList {u"某某区卫生健康局2024年法治政府建设工作情况报告"_s, u"天津市和平区卫生健康委员会2024年法治政府建设情况报告"_s}
            << QStringList {u"某某区卫健局 · 2024"_s, u"和平区卫健委 · 2024"_s};
        QTest::newRow("one body over two years keeps its name")
            << QStringList {u"福建省龙岩市永定区应急管理局2023年法治政府建设情况报告"_s, u"福建省龙岩市永定区应急管理局2024年法治政府建设情况报告"_s}
            << QStringList {u"永定 · 2023"_s, u"永定 · 2024"_s};
    }

    // The body a label names, without the year: one series per body in a chart.
    void bodies_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("bodies");
        QTest::newRow("one body over the years") << QStringList {u"苏州市应急管理局2023年法治政府建设情况报告"_s,
            u"苏州市应急管理局2024年法治政府建设情况报告"_s, u"苏州市司法局2024年法治政府建设情况报告"_s}
                                                 << QStringList {u"苏州市应急局"_s, u"苏州市应急局"_s, u"苏州市司法局"_s};
        QTest::newRow("shared names of two bodies") << QStringList {u"福建省龙岩市永定区应急管理局2024年法治政府建设情况报告"_s,
            u"湖南省张家界市永定区应急管理局2023年法治政府建设情况报告"_s}
                                                    << QStringList {u"龙岩永定"_s, u"张家界永定"_s};
        QTest::newRow("no identity, one title") << QStringList {u"法治政府建设情况报告"_s, u"法治政府建设情况报告"_s}
                                                << QStringList {u"法治政府建设情况报告 (r0.txt)"_s, u"法治政府建设情况报告 (r1.txt)"_s};
    }
    void bodies()
    {
        QFETCH(QStringList, titles);
        QFETCH(QStringList, bodies);
        QList<Dz::Report> reports;
        for (int i = 0; i < titles.size(); ++i)
            reports.append(Dz::ReportPipeline::readText(titles.at(i) + u"\n一、主要举措和成效\n"_s, u"r%1.txt"_s.arg(i)));
        QCOMPARE(Dz::ReportLabels::bodiesOf(reports), bodies);
    }
    void labels()
    {
        QFETCH(QStringList, titles);
        QFETCH(QStringList, labels);
        QList<Dz::Report> reports;
        for (int i = 0; i < titles.size(); ++i)
            reports.append(Dz::ReportPipeline::readText(titles.at(i) + u"\n一、主要举措和成效\n"_s, u"r%1.txt"_s.arg(i)));
        QCOMPARE(Dz::ReportLabels::forReports(reports), labels);
        Dz::ReportLabels::assign(reports);
        for (int i = 0; i < reports.size(); ++i)
            QCOMPARE(reports.at(i).displayName(), labels.at(i));
    }
};

QTEST_GUILESS_MAIN(TestReportLabels)
#include "tst_reportlabels.moc"
