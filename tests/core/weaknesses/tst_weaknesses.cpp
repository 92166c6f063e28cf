// Weaknesses: the 存在的不足 lists of seed-expectations.md, how parts are cut
// into items, themes, and the theme file's validation.

#include "alignment/scheme.h"
#include "alignment/sectionclassifier.h"
#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "models/weaknessmatrixmodel.h"
#include "seedfiles.h"
#include "weaknesses/weaknessextractor.h"
#include "weaknesses/weaknessformat.h"

#include <QAbstractItemModelTester>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// The engines the workbench and the CLI use.
const AnalysisEngines &engines()
{
    return *AnalysisEngines::builtIn().value();
}

const SectionClassifier &classifier()
{
    return engines().classifier;
}

const WeaknessExtractor &extractor()
{
    return engines().weaknesses;
}

struct Extracted {
    Report report;
    ReportWeaknesses weaknesses;
};

const Extracted &seedAt(int index)
{
    static const QList<Extracted> all = [] {
        QList<Extracted> result;
        for (const Report &report : Test::loadSeeds())
            result.append({report, extractor().extract(report, classifier().classify(report))});
        return result;
    }();
    return all.at(index);
}

QList<WeaknessItem> itemsOf(const ReportWeaknesses &w, WeaknessKind kind)
{
    QList<WeaknessItem> items;
    for (const WeaknessItem &item : w.items) {
        if (item.kind == kind)
            items.append(item);
    }
    return items;
}

ReportWeaknesses extractText(const QString &shortcomings)
{
    const Report report = ReportPipeline::readText(u"某区卫生健康委员会2024年法治政府建设情况报告\n一、主要举措和成效\n（一）严格规范公正文明执法\n"
                                                   u"全年行政处罚案件30件。\n二、存在的不足和原因\n"_s
            + shortcomings + u"\n三、下一年度工作安排\n继续加强执法。\n"_s,
        u"synthetic.txt"_s);
    return extractor().extract(report, classifier().classify(report));
}

} // namespace

class TestWeaknesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalog();
    void counts_data();
    void counts();
    void seedItems_data();
    void seedItems();
    void secondTheme();
    void spansPointAtTheText();
    void causesInsideAnItem();
    void splitting_data();
    void splitting();
    void badCatalog_data();
    void badCatalog();
    void formats();
    void matrix();
};

void TestWeaknesses::builtInCatalog()
{
    const auto catalog = WeaknessCatalog::builtIn();
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QCOMPARE(catalog->themes().size(), 20);
    QCOMPARE(catalog->themes().constFirst().id, u"W01"_s);
    QCOMPARE(catalog->themes().constLast().id, u"W20"_s);
    QCOMPARE(catalog->part(), u"P2"_s);
    QVERIFY(catalog->revision() >= 2);
    for (const WeaknessTheme &theme : catalog->themes()) {
        QVERIFY2(!theme.label.zh.isEmpty() && !theme.label.en.isEmpty(), qPrintable(theme.id));
        QVERIFY2(!theme.definition.zh.isEmpty() && !theme.definition.en.isEmpty(), qPrintable(theme.id));
        QVERIFY2(!theme.topicTerms().isEmpty(), qPrintable(theme.id));
    }
    QVERIFY(!catalog->deficiencies().isEmpty() && !catalog->successMarkers().isEmpty() && !catalog->planMarkers().isEmpty());
    // The file format round-trips: what the project stores is the catalog.
    const auto back = WeaknessCatalog::fromJson(catalog->toJson(), u"round trip"_s);
    QVERIFY2(back, qPrintable(back.error()));
    QVERIFY(back.value() == catalog.value());
    // Editing: a theme tuned, one added, one removed; each result valid and versioned.
    WeaknessTheme tuned = *catalog->theme(u"W03"_s);
    tuned.topics.first().terms.append(u"执法辅警"_s);
    const auto edited = catalog->withTheme(tuned);
    QVERIFY2(edited, qPrintable(edited.error()));
    QCOMPARE(edited->revision(), catalog->revision() + 1);
    QVERIFY(edited->theme(u"W03"_s)->topicTerms().contains(u"执法辅警"_s));
    WeaknessTheme added;
    added.id = u"W21"_s;
    added.label = {u"数据安全"_s, u"Data security"_s};
    WeaknessConcept topic;
    topic.id = u"数据安全"_s;
    topic.terms = {u"数据安全"_s, u"个人信息保护"_s};
    topic.weight = 2;
    added.topics = {topic};
    const auto grown = edited->withTheme(added);
    QVERIFY2(grown, qPrintable(grown.error()));
    QCOMPARE(grown->themes().size(), 21);
    const auto shrunk = grown->withoutTheme(u"W01"_s);
    QVERIFY2(shrunk, qPrintable(shrunk.error()));
    QVERIFY(!shrunk->theme(u"W01"_s));
    // W02 dominated W01: it forgets it.
    QVERIFY(!shrunk->theme(u"W02"_s)->dominates.contains(u"W01"_s));
    WeaknessTheme empty = added;
    empty.topics.clear();
    QVERIFY(!grown->withTheme(empty));
}

void TestWeaknesses::counts_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<int>("shortcomings");
    QTest::addColumn<int>("causes");
    QTest::newRow("滨海") << 0 << false << 3 << 0;
    QTest::newRow("蓟州") << 1 << false << 3 << 3;
    QTest::newRow("海门") << 2 << false << 3 << 0;
    QTest::newRow("九龙坡") << 3 << true << 0 << 0;
    QTest::newRow("湖滨") << 4 << false << 5 << 2; // 主要原因是宣传形式较为传统，缺乏创新意识
}

void TestWeaknesses::counts()
{
    QFETCH(int, seed);
    QFETCH(bool, missing);
    QFETCH(int, shortcomings);
    QFETCH(int, causes);
    const ReportWeaknesses &w = seedAt(seed).weaknesses;
    QCOMPARE(w.missing, missing);
    QCOMPARE(itemsOf(w, WeaknessKind::Shortcoming).size(), shortcomings);
    QCOMPARE(itemsOf(w, WeaknessKind::Cause).size(), causes);
}

// Each admitted weakness of seed-expectations.md, in order, with its theme.
void TestWeaknesses::seedItems_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("cause");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("theme");
    const auto row = [](int seed, int index, bool cause, const QString &text, const char *theme) {
        QTest::addRow("%d-%s-%d", seed, cause ? "cause" : "shortcoming", index) << seed << index << cause << text << QString::fromUtf8(theme);
    };
    row(0, 0, false, u"法治政府建设水平有待提高"_s, "W08");
    row(0, 1, false, u"行政执法质量和效能仍需提升"_s, "W04");
    row(0, 2, false, u"疑难信访事项化解难度较大"_s, "W07");
    row(1, 0, false, u"法治意识还不够"_s, "W01");
    row(1, 1, false, u"普法活动力度不够"_s, "W02");
    row(1, 2, false, u"依法行政实际履行职责能力不足"_s, "W04");
    row(1, 0, true, u"对法治政府建设的重要性认识还不够深刻"_s, "W01");
    row(1, 1, true, u"普法宣传投入不够"_s, "W02");
    row(1, 2, true, u"缺乏法律方面的专业人才"_s, "W05");
    row(2, 0, false, u"普法培训宣传方式比较传统,形式创新有待加强"_s, "W02");
    row(2, 1, false, u"执法人员与监管对象配比仍然失衡"_s, "W03");
    row(2, 2, false, u"安全稳定形势日益复杂"_s, "W09");
    row(4, 0, false, u"法治宣传有待加强"_s, "W02");
    row(4, 1, false, u"卫生监督执法队伍人员严重不足"_s, "W03");
    row(4, 2, false, u"执法人员专业素质有待进一步提高"_s, "W04");
    row(4, 3, false, u"信息化建设水平有待提升"_s, "W06");
    row(4, 4, false, u"职业投诉的应对没有统一的方法和制度"_s, "W10");
    row(4, 0, true, u"宣传形式较为传统"_s, "W02");
    // Revision 2 of the themes: W08 covers too few innovations.
    row(4, 1, true, u"缺乏创新意识"_s, "W08");
}

void TestWeaknesses::seedItems()
{
    QFETCH(int, seed);
    QFETCH(int, index);
    QFETCH(bool, cause);
    QFETCH(QString, text);
    QFETCH(QString, theme);
    const QList<WeaknessItem> items = itemsOf(seedAt(seed).weaknesses, cause ? WeaknessKind::Cause : WeaknessKind::Shortcoming);
    QVERIFY(index < items.size());
    const WeaknessItem &item = items.at(index);
    QCOMPARE(item.text, text);
    QCOMPARE(item.theme, theme);
    QVERIFY(item.confidence > 0.5);
    QVERIFY(!item.cues.isEmpty());
    // Every theme says why: a topic (or the theme's own deficiency) and a deficiency.
    QVERIFY(!item.themes.isEmpty());
    QCOMPARE(item.themes.constFirst().theme, theme);
    QVERIFY(!item.themes.constFirst().deficiencies.isEmpty());
}

// An item may carry a second theme, read from its explanation: 滨海's third
// item is about petitions, and its explanation about systems that share nothing.
void TestWeaknesses::secondTheme()
{
    const WeaknessItem &item = seedAt(0).weaknesses.items.at(2);
    QCOMPARE(item.theme, u"W07"_s);
    QCOMPARE(item.secondTheme(), u"W06"_s);
    QVERIFY(item.themes.at(1).topics.contains(u"信息共享"_s));
    QVERIFY(item.themes.at(0).score > item.themes.at(1).score);
    // The short items of the other seeds have one theme each.
    for (int seed : {1, 2, 4}) {
        for (const WeaknessItem &other : seedAt(seed).weaknesses.items)
            QVERIFY2(other.themes.size() <= 1, qPrintable(other.text));
    }
}

void TestWeaknesses::spansPointAtTheText()
{
    for (int s = 0; s < 5; ++s) {
        const Extracted &e = seedAt(s);
        for (const WeaknessItem &item : e.weaknesses.items) {
            QCOMPARE(e.report.textOf(item.headlineSpan).toString(), item.text);
            QVERIFY(item.span.start <= item.headlineSpan.start && item.headlineSpan.end <= item.span.end);
            QVERIFY(e.report.sections.at(item.section).span.contains(item.span.start));
        }
    }
    // 滨海's items carry their explanation: the span runs to the end of the sub-section.
    const Extracted &binhai = seedAt(0);
    const QString first = binhai.report.textOf(binhai.weaknesses.items.at(0).span).toString();
    QVERIFY2(first.endsWith(u"发展不够均衡"_s), qPrintable(first));
}

void TestWeaknesses::causesInsideAnItem()
{
    // 湖滨's first item: the shortcoming ends where its cause begins.
    const Extracted &e = seedAt(4);
    const WeaknessItem &first = e.weaknesses.items.at(0);
    const QString span = e.report.textOf(first.span).toString();
    QVERIFY2(span.startsWith(u"一是法治宣传有待加强"_s), qPrintable(span));
    QVERIFY2(span.endsWith(u"宣传覆盖面存在局限性"_s), qPrintable(span));
    QCOMPARE(e.weaknesses.items.at(1).kind, WeaknessKind::Cause);
}

void TestWeaknesses::splitting_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QStringList>("items"); // "S:text" or "C:text"
    QTest::newRow("list at ；") << u"主要表现在：一些干部法治意识淡薄；执法力量不足；信息化水平不高等。"_s
                                << QStringList {u"S:一些干部法治意识淡薄"_s, u"S:执法力量不足"_s, u"S:信息化水平不高"_s};
    QTest::newRow("list at ， with causes") << u"主要体现在普法形式单一，执法人员不足。原因在于投入不够，缺乏专业人才。"_s
                                            << QStringList {u"S:普法形式单一"_s, u"S:执法人员不足"_s, u"C:投入不够"_s, u"C:缺乏专业人才"_s};
    QTest::newRow("enumerated") << u"一是执法力量不足。人员少。二是信息化水平有待提升。系统老旧。"_s
                                << QStringList {u"S:执法力量不足"_s, u"S:信息化水平有待提升"_s};
    QTest::newRow("sentences that admit something") << u"今年工作取得成效。但法治宣传覆盖面仍有差距。执法信息化建设相对滞后。"_s
                                                    << QStringList {u"S:但法治宣传覆盖面仍有差距"_s, u"S:执法信息化建设相对滞后"_s};
    QTest::newRow("sub-headings") << u"（一）执法队伍力量不足。人员偏少。\n（二）普法形式单一。方式传统。"_s
                                  << QStringList {u"S:执法队伍力量不足"_s, u"S:普法形式单一"_s};
    QTest::newRow("nothing admitted") << u"今年工作取得明显成效。"_s << QStringList {};
    QTest::newRow("plan is no item") << u"执法力量仍显不足。下一步将通过公开招录予以充实。"_s << QStringList {u"S:执法力量仍显不足"_s};
}

void TestWeaknesses::splitting()
{
    QFETCH(QString, part);
    QFETCH(QStringList, items);
    const ReportWeaknesses w = extractText(part);
    QVERIFY(!w.missing);
    QStringList actual;
    for (const WeaknessItem &item : w.items)
        actual.append((item.kind == WeaknessKind::Cause ? u"C:"_s : u"S:"_s) + item.text);
    QCOMPARE(actual, items);
}

void TestWeaknesses::badCatalog_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray head = R"({"format":"duizhao-weaknesses","version":2,"id":"w","part":"P2","listCues":["表现在"],"causeCues":["原因在于"],)"
                            R"("deficiencies":[{"concept":"短缺","terms":["不足"]}],)";
    const QByteArray theme = R"({"id":"W01","label":{"zh":"意识","en":"Awareness"},)";
    QTest::newRow("syntax") << QByteArray("[") << u"JSON"_s;
    QTest::newRow("format") << QByteArray(R"({"format":"duizhao-scheme","version":2})") << u"duizhao-weaknesses"_s;
    QTest::newRow("version 1") << QByteArray(R"({"format":"duizhao-weaknesses","version":1})") << u"version 2"_s;
    QTest::newRow("no themes") << head + R"("themes":[]})" << u"\"themes\""_s;
    QTest::newRow("theme without topics") << head + R"("themes":[)" + theme + R"("topics":[]}]})" << u"W01"_s;
    QTest::newRow("concept without terms") << head + R"("themes":[)" + theme + R"("topics":[{"concept":"意识","weight":1,"terms":[]}]}]})" << u"意识"_s;
    QTest::newRow("topic without weight") << head + R"("themes":[)" + theme + R"("topics":[{"concept":"意识","terms":["意识"]}]}]})" << u"weight"_s;
    QTest::newRow("term twice") << head + R"("themes":[)" + theme + R"("topics":[{"concept":"意识","weight":1,"terms":["意识","意识"]}]}]})" << u"twice"_s;
    QTest::newRow("duplicate theme") << head + R"("themes":[)" + theme + R"("topics":[{"concept":"a","weight":1,"terms":["x"]}]},)" + theme
            + R"("topics":[{"concept":"b","weight":1,"terms":["y"]}]}]})"
                                     << u"theme 2"_s;
    QTest::newRow("unknown dominated theme") << head + R"("themes":[)" + theme + R"("dominates":["W99"],"topics":[{"concept":"a","weight":1,"terms":["x"]}]}]})"
                                             << u"W99"_s;
    QTest::newRow("unknown deficiency concept") << head + R"("themes":[)" + theme + R"("topics":[{"concept":"a","weight":1,"with":["缺失"],"terms":["x"]}]}]})"
                                                << u"缺失"_s;
    QTest::newRow("bad pattern") << head + R"("themes":[)" + theme
            + R"("topics":[{"concept":"a","weight":1,"terms":["x"]}],"deficiencies":[{"concept":"d","weight":1,"patterns":["重(["]}]}]})"
                                 << u"重(["_s;
    QTest::newRow("no shared deficiencies") << QByteArray(
                                                   R"({"format":"duizhao-weaknesses","version":2,"id":"w","part":"P2","listCues":["a"],"causeCues":["b"],)")
            + R"("themes":[)" + theme + R"("topics":[{"concept":"a","weight":1,"terms":["x"]}]}]})"
                                            << u"deficiencies"_s;
    QTest::newRow("no part") << QByteArray(R"({"format":"duizhao-weaknesses","version":2,"id":"w","listCues":["a"],"causeCues":["b"],"themes":[]})")
                             << u"\"part\""_s;
}

void TestWeaknesses::badCatalog()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const auto catalog = WeaknessCatalog::fromJson(json, u"themes.json"_s);
    QVERIFY(!catalog);
    QVERIFY2(catalog.error().contains(u"themes.json"_s) && catalog.error().contains(problem), qPrintable(catalog.error()));
}

void TestWeaknesses::formats()
{
    const QList<ReportWeaknesses> all {seedAt(3).weaknesses, seedAt(2).weaknesses};
    const QJsonArray reports = WeaknessFormat::toJson(all).value(u"reports"_s).toArray();
    QCOMPARE(reports.at(0).toObject().value(u"missing"_s).toBool(), true);
    QCOMPARE(reports.at(0).toObject().value(u"items"_s).toArray().size(), 0);
    const QJsonObject item = reports.at(1).toObject().value(u"items"_s).toArray().at(1).toObject();
    for (const char *key : {"text", "kind", "theme", "confidence", "themes", "start", "end"})
        QVERIFY2(item.contains(QString::fromUtf8(key)), key);
    QCOMPARE(item.value(u"theme"_s).toString(), u"W03"_s);
    // Why: the topic and deficiency terms read.
    const QJsonObject why = item.value(u"themes"_s).toArray().at(0).toObject();
    QCOMPARE(why.value(u"theme"_s).toString(), u"W03"_s);
    QVERIFY(why.value(u"topics"_s).toArray().contains(u"监管对象"_s));
    QVERIFY(why.value(u"deficiencies"_s).toArray().contains(u"失衡"_s));
    QVERIFY(!why.contains(u"label"_s));
    const QJsonObject labelled = WeaknessFormat::toJson(all, &extractor().catalog()).value(u"reports"_s).toArray().at(1).toObject();
    QCOMPARE(labelled.value(u"items"_s).toArray().at(1).toObject().value(u"themes"_s).toArray().at(0).toObject().value(u"label"_s).toString(),
        extractor().catalog().theme(u"W03"_s)->label.zh);

    const QString csv = WeaknessFormat::toCsv(all, extractor().catalog());
    QCOMPARE(csv.count(u'\n'), 1 + 1 + 3); // header, 九龙坡's one row saying it admits nothing, 海门's three items
    QVERIFY(csv.contains(u",true,,,,,,,,,,,,,\n"_s));
    QVERIFY(csv.contains(u"监管对象"_s)); // the terms read
    const QString text = WeaknessFormat::toText(all, extractor().catalog());
    QVERIFY(text.contains(u"九龙坡"_s));
    QVERIFY(text.contains(u"W09 "_s + extractor().catalog().theme(u"W09"_s)->label.zh));
    QVERIFY(text.contains(WeaknessFormat::reason(seedAt(2).weaknesses.items.at(1).themes.at(0))));
}

void TestWeaknesses::matrix()
{
    const AnalysisEngines &engines = *AnalysisEngines::builtIn().value();
    const Comparison comparison = Comparison::analyse(engines, Test::loadSeeds());
    WeaknessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(comparison, engines.weaknesses.catalog());
    QCOMPARE(model.rowCount(), 21); // W01–W20 and "no clear theme"
    QCOMPARE(model.columnCount(), 5);
    const auto count = [&model](int themeRow, int report) {
        return model.index(themeRow, report).data(WeaknessMatrixModel::CountRole).toInt();
    };
    QCOMPARE(count(1, 1), 2); // 蓟州 W02: 普法活动力度不够 and 普法宣传投入不够
    QCOMPARE(count(2, 2), 1); // 海门 W03
    QCOMPARE(count(9, 4), 1); // 湖滨 W10
    QVERIFY(model.index(0, 3).data(WeaknessMatrixModel::MissingRole).toBool()); // 九龙坡
    QCOMPARE(model.index(1, 1).data(WeaknessMatrixModel::HeatRole).toDouble(), 1.0);
    // An item with two themes counts under both: 滨海's petitions item is also about data sharing (W06).
    QCOMPARE(count(5, 0), 1);
    QCOMPARE(model.index(5, 0).data(WeaknessMatrixModel::SecondCountRole).toInt(), 1);
    QCOMPARE(model.index(6, 0).data(WeaknessMatrixModel::SecondCountRole).toInt(), 0); // W07: its first theme
    QVERIFY(model.index(5, 0).data(Qt::ToolTipRole).toString().contains(u"信息共享"_s)); // why, in the tooltip
    // Nothing without a theme in the seeds: the last row is empty.
    for (int report = 0; report < 5; ++report)
        QCOMPARE(count(20, report), 0);
    const QString markdown = model.toMarkdown();
    QVERIFY(markdown.contains(u"| W03"_s));
    QVERIFY(markdown.contains(u"职业投诉的应对没有统一的方法和制度"_s));
    QCOMPARE(model.toCsv().count(u'\n'), 1 + 3 + 6 + 3 + 1 + 7);
}

QTEST_GUILESS_MAIN(TestWeaknesses)

#include "tst_weaknesses.moc"
