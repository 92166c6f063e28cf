// The indicator workbook (issue 14, item 16): each value's evidence row
// names the unit its header names, whatever measure word the report used.

#include "analysis/analysisengines.h"
#include "analysis/comparison.h"
#include "analysis/reportpipeline.h"
#include "export/indicatorexport.h"
#include "models/indicatortablemodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIndicatorExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidenceUnitMatchesHeader_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<double>("value");
        QTest::newRow("次") << u"全年共受理行政复议申请12次，均依法办结。"_s << 12.0;
        QTest::newRow("件") << u"全年共受理行政复议申请7件，均依法办结。"_s << 7.0;
        QTest::newRow("起") << u"全年共受理行政复议申请9起，均依法办结。"_s << 9.0;
    }

    void evidenceUnitMatchesHeader()
    {
        QFETCH(QString, sentence);
        QFETCH(double, value);
        const QString text = u"某区司法局2024年度法治政府建设情况报告\n\n一、主要举措和成效\n（一）依法化解行政争议\n"_s + sentence
            + u"\n二、存在的不足\n一是执法人员培训不足。\n三、下一步工作打算\n加强执法培训。\n\n某区司法局\n2025年2月1日\n"_s;
        const Dz::AnalysisEngines &engines = Dz::AnalysisEngines::required();
        const Dz::Comparison comparison = Dz::Comparison::analyse(engines, {Dz::ReportPipeline::readText(text, u"a.txt"_s)});
        Dz::IndicatorTableModel table;
        table.setComparison(comparison, engines.indicators.catalog());
        const auto book = Dz::IndicatorExport::workbook(table);
        QVERIFY2(book, qPrintable(book.error()));
        const Dz::CellRows &values = book->sheets().at(0).rows;
        const Dz::CellRows &evidence = book->sheets().at(2).rows;
        const int column = int(table.indicatorIds().indexOf(u"admin_reconsideration"_s));
        QVERIFY(column >= 0);
        const QString header = std::get<QString>(values.at(0).at(column + 1));
        const QString unit = table.indicatorUnit(u"admin_reconsideration"_s);
        QVERIFY2(header.endsWith(u" ("_s + unit + u')'), qPrintable(header));
        bool found = false;
        for (const QList<Dz::CellValue> &row : evidence) {
            if (std::get_if<QString>(&row.at(1)) == nullptr || std::get<QString>(row.at(1)) != table.indicatorLabel(u"admin_reconsideration"_s))
                continue;
            found = true;
            QCOMPARE(std::get<double>(row.at(2)), value);
            QCOMPARE(std::get<QString>(row.at(3)), unit);
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorExport)
#include "tst_indicatorexport.moc"
