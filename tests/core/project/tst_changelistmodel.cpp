// The Changes view's model (issue 27): the change log as rows in words —
// when, who, which report by its label, what record, old → new — newest
// first, and narrowed by analyst and report. Read from a real file project's
// log after a session's edits, and from rows of several analysts.

#include "base/translationloader.h"
#include "project/analystrecords.h"
#include "project/analystsession.h"
#include "project/changefiltermodel.h"
#include "project/changelistmodel.h"
#include "project/changelog.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

QString valueText(const QString &kind, const QString &figure, const QString &note, int parts = 0)
{
    IndicatorOverride value;
    value.kind = kind;
    value.value = figure;
    value.note = note;
    for (int i = 0; i < parts; ++i)
        value.parts.append(QJsonObject {{u"value"_s, u"1"_s}, {u"evidence"_s, u"一起"_s}});
    return AnalystRecords::valueText(value);
}

QString annotationText(const QString &quote, const QString &note, Annotation::Status status)
{
    Annotation a;
    a.span = {10, int(10 + quote.size())};
    a.quote = quote;
    a.note = note;
    a.status = status;
    return AnalystRecords::annotationText(a);
}

ProjectChange change(qint64 id, const QString &author, qint64 report, const QString &kind, const QString &record, const QString &from, const QString &to)
{
    ProjectChange c;
    c.id = id;
    c.time = QDateTime(QDate(2025, 3, 4), QTime(8, 0), QTimeZone::UTC).addSecs(id * 60);
    c.author = author;
    c.kind = kind;
    c.action = from.isEmpty() ? u"add"_s : to.isEmpty() ? u"remove"_s : u"change"_s;
    c.reportId = report;
    c.record = record;
    c.oldValue = from;
    c.newValue = to;
    return c;
}

// Three analysts, three reports and the whole project, in no order.
QList<ProjectChange> teamLog()
{
    return {
        change(3, u"zhou_min"_s, 12, ChangeLog::Value, u"emergency_drills"_s, {}, valueText(u"value"_s, u"6"_s, u"含桌面推演"_s)),
        change(1, u"li_na"_s, 11, ChangeLog::Value, u"penalty_cases"_s, {}, valueText(u"not_reported"_s, {}, u"只列了检查数"_s)),
        change(5, u"li_na"_s, 12, ChangeLog::AnnotationKind, u"7"_s, {}, annotationText(u"执法人员持证上岗"_s, u"比例未写"_s, Annotation::Status::Open)),
        change(2, u"wang_lei"_s, 13, ChangeLog::Identity, {}, {}, u"{\"district\":\"临川\",\"year\":\"2023\"}"_s),
        change(4, u"zhou_min"_s, 0, ChangeLog::ComparisonSet, {}, u"[11,12]"_s, u"[11,12,13]"_s),
        change(6, u"wang_lei"_s, 11, ChangeLog::Value, u"penalty_cases"_s, valueText(u"not_reported"_s, {}, u"只列了检查数"_s),
            valueText(u"sum"_s, u"45"_s, u"三个大队相加"_s, 3)),
    };
}

QHash<qint64, QString> labels()
{
    return {{11, u"东阳 · 2024"_s}, {12, u"婺城 · 2024"_s}, {13, u"临川 · 2023"_s}};
}

} // namespace

class TestChangeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    void rowsInWords_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("change");
        QTest::newRow("not reported") << qint64(1) << u"li_na"_s << u"东阳 · 2024"_s << u"value of 行政处罚"_s
                                      << u"the figure found in the report → not reported"_s;
        QTest::newRow("identity") << qint64(2) << u"wang_lei"_s << u"临川 · 2023"_s << u"identity"_s << u"place as found → 临川; year as found → 2023"_s;
        QTest::newRow("figure") << qint64(3) << u"zhou_min"_s << u"婺城 · 2024"_s << u"value of emergency_drills"_s << u"the figure found in the report → 6"_s;
        QTest::newRow("comparison set") << qint64(4) << u"zhou_min"_s << u"the whole project"_s << u"comparison set"_s
                                        << u"东阳 · 2024、婺城 · 2024 → 东阳 · 2024、婺城 · 2024、临川 · 2023"_s;
        QTest::newRow("annotation") << qint64(5) << u"li_na"_s << u"婺城 · 2024"_s << u"annotation"_s << u"none → “执法人员持证上岗”: 比例未写"_s;
        QTest::newRow("sum") << qint64(6) << u"wang_lei"_s << u"东阳 · 2024"_s << u"value of 行政处罚"_s << u"not reported → 45 (the sum of 3 statements)"_s;
    }

    void rowsInWords()
    {
        QFETCH(qint64, id);
        QFETCH(QString, author);
        QFETCH(QString, report);
        QFETCH(QString, what);
        QFETCH(QString, change);
        ChangeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(teamLog());
        model.setReportLabels(labels());
        // Only penalty_cases has a name here: another keeps its id rather than being dropped.
        model.setIndicatorNames({{u"penalty_cases"_s, u"行政处罚"_s}});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.lastId(), qint64(6));
        // Newest first.
        const int row = int(6 - id);
        QCOMPARE(model.index(row, 0).data(ChangeListModel::ChangeIdRole).toLongLong(), id);
        QCOMPARE(model.index(row, ChangeListModel::AuthorColumn).data().toString(), author);
        QCOMPARE(model.index(row, ChangeListModel::ReportColumn).data().toString(), report);
        QCOMPARE(model.index(row, ChangeListModel::WhatColumn).data().toString(), what);
        QCOMPARE(model.index(row, ChangeListModel::ChangeColumn).data().toString(), change);
        const QDateTime local = QDateTime(QDate(2025, 3, 4), QTime(8, 0), QTimeZone::UTC).addSecs(id * 60).toLocalTime();
        QCOMPARE(model.index(row, ChangeListModel::TimeColumn).data().toString(), local.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    }

    void filtersByAnalystAndReport_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<qint64>("report");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("everything") << QString() << qint64(0) << QList<qint64> {6, 5, 4, 3, 2, 1};
        QTest::newRow("one analyst") << u"li_na"_s << qint64(0) << QList<qint64> {5, 1};
        QTest::newRow("one report") << QString() << qint64(11) << QList<qint64> {6, 1};
        QTest::newRow("both") << u"wang_lei"_s << qint64(11) << QList<qint64> {6};
        QTest::newRow("nothing of both") << u"zhou_min"_s << qint64(13) << QList<qint64> {};
    }

    void filtersByAnalystAndReport()
    {
        QFETCH(QString, author);
        QFETCH(qint64, report);
        QFETCH(QList<qint64>, ids);
        ChangeListModel model;
        ChangeFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReportLabels(labels());
        model.setChanges(teamLog());
        QCOMPARE(model.authors(), (QStringList {u"li_na"_s, u"wang_lei"_s, u"zhou_min"_s}));
        // By label: 东阳, 临川, 婺城 in code point order.
        QCOMPARE(model.reports(), (QList<qint64> {11, 13, 12}));
        filter.setAuthor(author);
        filter.setReportId(report);
        QList<qint64> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.append(filter.index(row, 0).data(ChangeListModel::ChangeIdRole).toLongLong());
        QCOMPARE(shown, ids);
        // A new change of that analyst and report comes in on top, through the filter too.
        model.addChanges({change(7, author.isEmpty() ? u"li_na"_s : author, report > 0 ? report : 12, ChangeLog::Deck, {}, {}, u"{\"slides\":[{},{}]}"_s)});
        QCOMPARE(filter.rowCount(), ids.size() + 1);
        QCOMPARE(filter.index(0, 0).data(ChangeListModel::ChangeIdRole).toLongLong(), qint64(7));
        QCOMPARE(filter.index(0, ChangeListModel::ChangeColumn).data().toString(), u"no deck → 2 slides"_s);
    }

    void addsOnlyWhatIsNew()
    {
        ChangeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy choices(&model, &ChangeListModel::choicesChanged);
        model.setChanges(teamLog().mid(0, 3)); // ids 3, 1, 5
        QCOMPARE(choices.size(), 1);
        QList<ProjectChange> later = teamLog();
        later.append(later.constLast()); // a change reported twice (the feed and a catch-up)
        model.addChanges(later);
        QCOMPARE(model.rowCount(), 4); // 6 only: 2 and 4 are older than the newest listed
        QCOMPARE(model.lastId(), qint64(6));
        QCOMPARE(choices.size(), 2); // wang_lei is new
        model.addChanges(teamLog());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(choices.size(), 2);
    }

    // The words of what a session writes to a file project's log.
    void readsAProjectsLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = ProjectStore::open(dir.filePath(u"team.duizhao"_s), ProjectStore::Access::ReadWrite, ProjectStore::Creation::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        NewReport report;
        report.fileName = u"抚州市临川区2023年法治政府建设情况报告.txt"_s;
        report.sourcePath = u"/reports/"_s + report.fileName;
        report.encoding = u"UTF-8"_s;
        report.text = u"抚州市临川区2023年法治政府建设情况报告\n一、主要工作\n全年办理行政处罚案件312件，组织应急演练4次。\n"_s;
        report.contentHash = ProjectImporter::contentHash(report.text);
        const qint64 id = store.value()->addReport(report).value();
        AnalystSession session;
        QVERIFY(session.load(store.value().get()));
        AnalystValue value;
        value.reportId = id;
        value.indicatorId = u"emergency_drills"_s;
        value.value = Decimal::fromParts(5);
        value.note = u"另有一次联合演练"_s;
        QVERIFY(session.setValue(value));
        value.note = u"另有一次联合演练，见附件"_s;
        QVERIFY(session.setValue(value));
        const qsizetype at = report.text.indexOf(u"行政处罚案件"_s);
        Annotation note = Annotation::of(id, report.text, {at, at + 6});
        note.note = u"未写结案率"_s;
        const auto added = session.addAnnotation(note);
        QVERIFY2(added, qPrintable(added.error()));
        note = session.annotations(id).constFirst();
        Annotation reviewed = note;
        reviewed.status = Annotation::Status::Flagged;
        QVERIFY(session.updateAnnotation(reviewed));
        QVERIFY(session.setIdentity(id, {{u"district"_s, u"临川"_s}}));

        auto log = ChangeLog(store.value()->database()).filtered({}, 0);
        QVERIFY2(log, qPrintable(log.error()));
        ChangeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(log.value());
        model.setReportLabels({{id, u"临川 · 2023"_s}});
        model.setIndicatorNames({{u"emergency_drills"_s, u"应急演练"_s}});
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, ChangeListModel::ReportColumn).data().toString(), u"临川 · 2023"_s);
            rows.append(
                model.index(row, ChangeListModel::WhatColumn).data().toString() + u": "_s + model.index(row, ChangeListModel::ChangeColumn).data().toString());
        }
        const QString quote = note.quote;
        QCOMPARE(rows,
            (QStringList {
                u"identity: place as found → 临川"_s,
                u"annotation: “%1”: 未写结案率: open → flagged"_s.arg(quote),
                u"annotation: none → “%1”: 未写结案率"_s.arg(quote),
                u"value of 应急演练: 5, noted “另有一次联合演练” → 5, noted “另有一次联合演练，见附件”"_s,
                u"value of 应急演练: the figure found in the report → 5"_s,
            }));
    }
};

QTEST_GUILESS_MAIN(TestChangeListModel)

#include "tst_changelistmodel.moc"
