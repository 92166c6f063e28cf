// The report list's search, grouping and one-step compare, and the Edit
// Identity dialog's overrides.

#include "analysis/reportpipeline.h"
#include "project/identitydialog.h"
#include "project/reportlistmodel.h"
#include "report/reportbrowser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReportBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterGroupAndCompare()
    {
        Dz::ReportListModel model;
        QAbstractItemModelTester tester(&model);
        QList<Dz::Report> reports;
        const QStringList titles {u"天津市滨海新区卫生健康委员会2024年法治政府建设情况报告"_s, u"天津市和平区卫生健康委员会2024年法治政府建设情况报告"_s,
            u"广东省卫生健康委员会2022年法治政府建设情况报告"_s};
        for (int i = 0; i < titles.size(); ++i)
            reports.append(Dz::ReportPipeline::readText(titles.at(i) + u"\n一、主要举措和成效\n"_s, u"r%1.txt"_s.arg(i)));
        model.setReports(reports);
        auto *list = new QListView;
        list->setModel(&model);
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        Dz::ReportBrowser browser(list, &model);
        QCOMPARE(browser.visibleRows(), (QList<int> {0, 1, 2}));

        browser.setSearch(u"广东"_s);
        QCOMPARE(browser.visibleRows(), (QList<int> {2}));
        browser.setSearch(u"北京"_s);
        QVERIFY(browser.visibleRows().isEmpty());
        QVERIFY(!browser.findChild<QPushButton *>(u"compareShown"_s)->isEnabled());
        browser.setSearch(QString());

        browser.setGrouping(Dz::ReportGroupKey::Province);
        browser.setGroup(u"天津市"_s);
        QCOMPARE(browser.visibleRows(), (QList<int> {0, 1}));
        auto *compare = browser.findChild<QPushButton *>(u"compareShown"_s);
        QVERIFY(compare->isEnabled());
        // It asks to compare exactly the reports shown; the selection is the analyst's.
        QSignalSpy asked(&browser, &Dz::ReportBrowser::compareShownRequested);
        compare->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).value<QList<int>>(), (QList<int> {0, 1}));
        QVERIFY(list->selectionModel()->selectedRows().isEmpty());

        // Reports compared are marked with their column; marking changes no group.
        model.setCompared({1, 0});
        QCOMPARE(model.index(1).data(Dz::ReportListModel::ComparedRole).toInt(), 1);
        QCOMPARE(model.index(0).data(Dz::ReportListModel::ComparedRole).toInt(), 2);
        QCOMPARE(model.index(2).data(Dz::ReportListModel::ComparedRole).toInt(), 0);
        QCOMPARE(browser.visibleRows(), (QList<int> {0, 1}));

        // A new report keeps the grouping and lands in its group.
        model.addReports({Dz::ReportPipeline::readText(u"天津市蓟州区卫生健康委员会2020年法治政府建设情况报告\n"_s, u"r3.txt"_s)});
        QCOMPARE(browser.visibleRows(), (QList<int> {0, 1, 3}));
    }

    void editIdentityDialog()
    {
        Dz::ReportSummary summary;
        summary.metadata = QJsonObject {{u"district"_s, QJsonObject {{u"value"_s, u"滨海"_s}, {u"from"_s, u"title"_s}}},
            {u"year"_s, QJsonObject {{u"value"_s, u"2024"_s}, {u"from"_s, u"title"_s}}}};
        summary.overrides = QJsonObject {{u"year"_s, u"2023"_s}, {u"source"_s, u"卫健委"_s}};
        Dz::IdentityDialog dialog(summary);
        auto *district = dialog.findChild<QLineEdit *>(u"District"_s);
        auto *year = dialog.findChild<QLineEdit *>(u"Year reported on"_s);
        QVERIFY(district && year);
        QVERIFY(district->placeholderText().contains(u"滨海"_s));
        QCOMPARE(year->text(), u"2023"_s);
        district->setText(u"滨海新区"_s);
        year->clear();
        // The fields it does not show (source) are kept; a cleared one goes back to the value found.
        // A place the gazetteer knows goes in with its code, named as labels name it.
        QCOMPARE(dialog.overrides(), (QJsonObject {{u"district"_s, u"滨海"_s}, {u"regionCode"_s, u"120116"_s}, {u"source"_s, u"卫健委"_s}}));
        // One it does not know is kept as written.
        district->setText(u"某某新区"_s);
        QCOMPARE(dialog.overrides(), (QJsonObject {{u"district"_s, u"某某新区"_s}, {u"source"_s, u"卫健委"_s}}));
    }

    // A 街道 or 乡镇 and a parent body: a name shared by many places is
    // settled by the county found in the report.
    void editIdentityToTownship()
    {
        Dz::ReportSummary summary;
        summary.metadata = QJsonObject {{u"district"_s, QJsonObject {{u"value"_s, u"临河"_s}, {u"from"_s, u"title"_s}}}, {u"regionCode"_s, u"150802"_s},
            {u"parentBody"_s, QJsonValue::Null}};
        Dz::IdentityDialog dialog(summary);
        auto *district = dialog.findChild<QLineEdit *>(u"District"_s);
        auto *parent = dialog.findChild<QLineEdit *>(u"Parent body"_s);
        auto *place = dialog.findChild<QLabel *>(u"placeFound"_s);
        QVERIFY(district && parent && place);
        district->setText(u"城关镇"_s);
        parent->setText(u"巴彦淖尔市临河区人民政府"_s);
        QVERIFY2(place->text().contains(u"临河区城关镇"_s), qPrintable(place->text()));
        const QJsonObject o = dialog.overrides();
        QCOMPARE(o.value(u"district"_s).toString(), u"城关镇"_s);
        QVERIFY(o.value(u"regionCode"_s).toString().startsWith(u"150802"_s));
        QCOMPARE(o.value(u"parentBody"_s).toString(), u"巴彦淖尔市临河区人民政府"_s);
    }
};

QTEST_MAIN(TestReportBrowser)
#include "tst_reportbrowser.moc"
