// The report list's labels: the whole project labelled by one rule, the same
// whether a row holds the identity alone or the report read in full, and
// whatever label a comparison handed back with it.

#include "analysis/reportlabels.h"
#include "analysis/reportpipeline.h"
#include "project/reportlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

Dz::Report read(const QString &title, int i)
{
    return Dz::ReportPipeline::readText(title + u"\n一、主要举措和成效\n（一）加强学习。\n"_s, u"r%1.txt"_s.arg(i));
}

// What the list shows before a report is read: its identity, no text.
Dz::Report listed(const Dz::Report &full)
{
    Dz::Report r;
    r.filePath = full.filePath;
    r.metadata = full.metadata;
    return r;
}

QStringList shown(const Dz::ReportListModel &model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels.append(model.data(model.index(row), Qt::DisplayRole).toString());
    return labels;
}

} // namespace

class TestReportListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsOfTheProject()
    {
        const QList<Dz::Report> full {read(u"成都市新都区石板滩街道办事处2024年法治政府建设情况报告"_s, 0),
            read(u"成都市新都区人民政府2024年法治政府建设情况报告"_s, 1), read(u"关于2023年法治政府建设工作情况的报告"_s, 2)};
        Dz::ReportListModel model;
        QAbstractItemModelTester tester(&model);
        model.setReports({listed(full.at(0)), listed(full.at(1)), listed(full.at(2))});
        const QStringList expected = Dz::ReportLabels::forReports(full);
        QCOMPARE(shown(model), expected);
        // A 街道 beside its district, never a file name.
        QCOMPARE(expected, (QStringList {u"石板滩街道办 · 2024"_s, u"新都区政府 · 2024"_s, u"关于2023年法治政府建设工作情况的报告"_s}));

        // Read in full, or handed back by a comparison with that set's label: the same label.
        Dz::Report compared = full.at(0);
        compared.label = u"石板滩街道 · 2024"_s;
        model.setReport(0, compared);
        model.setReport(1, full.at(1));
        QCOMPARE(shown(model), expected);
        QCOMPARE(model.report(0).displayName(), expected.at(0));
        QCOMPARE(model.data(model.index(0), Qt::ToolTipRole).toString().section(u'\n', 0, 0), u"成都市 › 新都区 › 石板滩街道办事处"_s);
    }

    // A report added or removed may change its neighbours' labels (the set's
    // levels and bodies); the rows that change are announced.
    void labelsFollowTheSet()
    {
        Dz::ReportListModel model;
        QAbstractItemModelTester tester(&model);
        model.setReports({listed(read(u"成都市新都区石板滩街道办事处2024年法治政府建设情况报告"_s, 0)),
            listed(read(u"成都市新都区大丰街道办事处2024年法治政府建设情况报告"_s, 1))});
        QCOMPARE(shown(model), (QStringList {u"石板滩街道 · 2024"_s, u"大丰街道 · 2024"_s}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addReports({listed(read(u"成都市新都区人民政府2024年法治政府建设情况报告"_s, 2))});
        QCOMPARE(shown(model), (QStringList {u"石板滩街道办 · 2024"_s, u"大丰街道办 · 2024"_s, u"新都区政府 · 2024"_s}));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 0);
        model.removeReport(2);
        QCOMPARE(shown(model), (QStringList {u"石板滩街道 · 2024"_s, u"大丰街道 · 2024"_s}));
    }
};

QTEST_GUILESS_MAIN(TestReportListModel)
#include "tst_reportlistmodel.moc"
