// Identity and structure of reports unlike the samples: other bodies and
// levels, titled and untitled, web copies, theme-sentence headings
// (tests/data/identity, written by generate-corpus.py), and the traps of
// running text that used to become regions and issuers.

#include "analysis/analysisengines.h"
#include "analysis/reportpipeline.h"
#include "identity/metadataextractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QJsonArray expectedReports()
{
    QFile file(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/identity/expected.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"reports").toArray();
}

QString corpusPath(const QString &file)
{
    return QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/identity/reports/"_s + file;
}

QString orEmpty(const QJsonValue &v)
{
    return v.isNull() ? QString() : v.toVariant().toString();
}

QStringList topHeadings(const Dz::Report &report)
{
    QStringList titles;
    for (const Dz::Section &s : report.sections) {
        if (s.parent < 0)
            titles.append(s.title);
    }
    return titles;
}

// Every heading as "level marker title": 3 一是 强化组织领导.
QStringList allHeadings(const Dz::Report &report)
{
    QStringList headings;
    for (const Dz::Section &s : report.sections)
        headings.append(u"%1 %2 %3"_s.arg(s.level).arg(s.marker, s.title));
    return headings;
}

// The part of each top heading, or (items) the part of its items when it names two.
QStringList topParts(const Dz::Report &report, bool items = false)
{
    const Dz::ReportClassification c = Dz::AnalysisEngines::required().classifier.classify(report);
    QStringList parts;
    for (int i = 0; i < report.sections.size(); ++i) {
        if (report.sections.at(i).parent < 0)
            parts.append(items ? c.sections.at(i).itemsPart : c.sections.at(i).part);
    }
    return parts;
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.isNull() ? QString() : v.toString());
    return list;
}

} // namespace

class TestMetadataExtractor : public QObject
{
    Q_OBJECT

private:
    void corpusRows()
    {
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray reports = expectedReports();
        QVERIFY2(reports.size() >= 233, "tests/data/identity/expected.json is missing or short");
        for (const QJsonValue &v : reports) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"file").toString() + u' ' + o.value(u"form").toString())) << o;
        }
    }

private Q_SLOTS:
    void identity_data()
    {
        corpusRows();
    }
    void identity()
    {
        QFETCH(QJsonObject, expected);
        const auto loaded = Dz::ReportPipeline::readFile(corpusPath(expected.value(u"file").toString()));
        QVERIFY2(loaded, qPrintable(loaded.error()));
        const Dz::ReportMetadata &m = loaded->metadata;
        QCOMPARE(m.district.value, orEmpty(expected.value(u"district")));
        QCOMPARE(m.regionCode, orEmpty(expected.value(u"regionCode")));
        QCOMPARE(m.level, orEmpty(expected.value(u"level")));
        if (expected.value(u"regionCode").isNull() && !expected.value(u"district").isNull())
            QVERIFY2(!m.regionNote.isEmpty(), "an open region says why");
        // A place the gazetteer does not list: the note names it.
        if (expected.contains(u"regionNote"))
            QVERIFY2(m.regionNote.contains(expected.value(u"regionNote").toString()), qPrintable(m.regionNote));
        QCOMPARE(m.issuer.value, orEmpty(expected.value(u"issuer")));
        if (!expected.value(u"issuer").isNull())
            QCOMPARE(m.agency, expected.value(u"agency").toString());
        QCOMPARE(m.year.value, orEmpty(expected.value(u"year")));
        QCOMPARE(m.signedOn.value, orEmpty(expected.value(u"signed")));
        // Bodies below the county and units of bodies: the chain, the parent
        // body, whether the place was inferred, the publish date of the page.
        if (expected.contains(u"issuerChain"))
            QCOMPARE(m.issuerChain, strings(expected.value(u"issuerChain")));
        if (expected.contains(u"parentBody"))
            QCOMPARE(m.parentBody, orEmpty(expected.value(u"parentBody")));
        if (expected.contains(u"inferred")) {
            QCOMPARE(!m.inferredNote.isEmpty(), expected.value(u"inferred").toBool());
            if (expected.value(u"inferred").toBool())
                QCOMPARE(m.district.origin, m.district.origin == u"site banner"_s ? u"site banner"_s : u"inferred"_s);
        }
        if (expected.contains(u"published"))
            QCOMPARE(m.published.value, orEmpty(expected.value(u"published")));
        if (expected.contains(u"signatureBlock")) {
            const bool signature = std::any_of(loaded->blocks.cbegin(), loaded->blocks.cend(), [](const Dz::Block &b) {
                return b.kind == Dz::BlockKind::Signature;
            });
            QCOMPARE(signature, expected.value(u"signatureBlock").toBool());
        }
        // Every value read from the text points at it.
        for (const Dz::MetadataField *f : {&m.district, &m.issuer, &m.year, &m.signedOn}) {
            if (f->isValid() && f->span.isValid())
                QVERIFY2(f->span.end <= loaded->text.size(), qPrintable(f->value));
        }
    }

    void structure_data()
    {
        corpusRows();
    }
    void structure()
    {
        QFETCH(QJsonObject, expected);
        const auto loaded = Dz::ReportPipeline::readFile(corpusPath(expected.value(u"file").toString()));
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(topHeadings(*loaded), strings(expected.value(u"topHeadings")));
        QCOMPARE(topParts(*loaded), strings(expected.value(u"parts")));
        if (expected.contains(u"itemsParts"))
            QCOMPARE(topParts(*loaded, true), strings(expected.value(u"itemsParts")));
        if (expected.contains(u"headings"))
            QCOMPARE(allHeadings(*loaded), strings(expected.value(u"headings")));
    }

    void figures_data()
    {
        corpusRows();
    }
    void figures()
    {
        QFETCH(QJsonObject, expected);
        const auto loaded = Dz::ReportPipeline::readFile(corpusPath(expected.value(u"file").toString()));
        QVERIFY2(loaded, qPrintable(loaded.error()));
        const Dz::AnalysisEngines &engines = Dz::AnalysisEngines::required();
        const Dz::ReportIndicators indicators = engines.indicators.extract(*loaded, engines.classifier.classify(*loaded));
        const QJsonObject figures = expected.value(u"figures").toObject();
        for (auto it = figures.begin(); it != figures.end(); ++it) {
            const auto value = std::find_if(indicators.values.cbegin(), indicators.values.cend(), [&](const Dz::IndicatorValue &v) {
                return v.id == it.key();
            });
            QVERIFY2(value != indicators.values.cend(), qPrintable(it.key()));
            QCOMPARE(value->figure.toDisplayString(), QString::number(it.value().toInt()));
        }
    }

    // Running text: a name the gazetteer lacks, or one not followed by an
    // agency, is never a region; a page clock is not the year.
    void runningText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("year");

        QTest::newRow("fragments are no places")
            << u"在区委的坚强领导和支持下，区卫生健康局在年度考核中，区应急管理局在防汛中，按照县委县政府部署。\n一、主要举措和成效\n（一）加强学习。学习。\n"_s
            << QString() << QString() << QString();
        QTest::newRow("a city body in the title") << u"秦皇岛市卫生健康委员会2025年法治政府建设情况报告\n一、主要举措和成效\n"_s << u"秦皇岛"_s
                                                  << u"秦皇岛市卫生健康委员会"_s << u"2025"_s;
        QTest::newRow("a province body in the preamble")
            << u"2022年，广东省卫生健康委员会深入学习贯彻习近平法治思想。\n一、主要举措和成效\n"_s << u"广东"_s << u"广东省卫生健康委员会"_s << u"2022"_s;
        QTest::newRow("page clock is not the year")
            << u"福田区人民政府 2021年5月8日星期六\n一、2025年推进法治政府建设的主要举措和成效\n（一）深化改革。推进。\n\n深圳市福田区人民政府\n2026年1月10日\n"_s
            << u"福田"_s << u"深圳市福田区人民政府"_s << u"2025"_s;
        QTest::newRow("a place in running text needs an agency") << u"一、主要举措和成效\n（一）到天津市学习交流。与天津市和平区卫生健康委员会签订协议。\n"_s
                                                                 << u"和平"_s << u"天津市和平区卫生健康委员会"_s << QString();
        QTest::newRow("two-character names inside words")
            << u"一、主要举措和成效\n（一）会同市和县卫健委检查主城区医院。\n"_s << QString() << QString() << QString();
        QTest::newRow("short form of an autonomous prefecture")
            << u"恩施州司法局2023年法治政府建设情况报告\n一、主要举措和成效\n"_s << u"恩施州"_s << u"恩施州司法局"_s << u"2023"_s;
        QTest::newRow("national new area") << u"两江新区管理委员会关于2024年法治政府建设情况的报告\n一、主要举措和成效\n"_s << u"两江"_s
                                           << u"两江新区管理委员会"_s << u"2024"_s;
        QTest::newRow("development zone after a city") << u"秦皇岛经济技术开发区管理委员会2024年法治政府建设情况报告\n一、主要举措\n"_s
                                                       << u"秦皇岛经济技术开发区"_s << u"秦皇岛经济技术开发区管理委员会"_s << u"2024"_s;
        QTest::newRow("a shared name resolved by its parent")
            << u"永定区应急管理局2024年法治政府建设情况报告\n2024年，在张家界市委市政府的领导下，我局依法履职。\n一、主要举措\n"_s << u"永定"_s
            << u"永定区应急管理局"_s << u"2024"_s;
        // A place the gazetteer does not list names a body only where the
        // issuer is named (title, 发布机构, preamble, signature), with an agency.
        QTest::newRow("an unlisted district in the title")
            << u"某某区卫生健康局2024年法治政府建设工作情况报告\n一、主要举措和成效\n"_s << QString() << u"某某区卫生健康局"_s << u"2024"_s;
        QTest::newRow("an unlisted county after its province")
            << u"河北省青禾县应急管理局\n关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"_s << QString() << u"河北省青禾县应急管理局"_s << u"2023"_s;
        QTest::newRow("an unlisted district in the preamble")
            << u"2022年，云岫区市场监管局深入学习贯彻习近平法治思想。\n一、主要举措和成效\n"_s << QString() << u"云岫区市场监管局"_s << u"2022"_s;
        QTest::newRow("an unlisted name without an agency")
            << u"青禾区2024年法治政府建设情况报告\n一、主要举措和成效\n（一）赴云岫区考察学习。\n"_s << QString() << QString() << u"2024"_s;
        QTest::newRow("an unlisted body in running text")
            << u"一、主要举措和成效\n（一）与青禾区卫生健康局开展交流。\n"_s << QString() << QString() << QString();
        QTest::newRow("leadership in the preamble is no place")
            << u"2024年，在市委市政府的坚强领导下，全区卫生健康局系统依法履职。\n一、主要举措和成效\n"_s << QString() << QString() << u"2024"_s;
        QTest::newRow("a listed body first in the title wins")
            << u"天津市和平区卫生健康委员会2024年法治政府建设情况报告\n2024年，青禾区卫生健康局协同推进。\n一、主要举措\n"_s << u"和平"_s
            << u"天津市和平区卫生健康委员会"_s << u"2024"_s;
    }
    void runningText()
    {
        QFETCH(QString, text);
        QFETCH(QString, district);
        QFETCH(QString, issuer);
        QFETCH(QString, year);
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"test.txt"_s);
        QCOMPARE(report.metadata.district.value, district);
        QCOMPARE(report.metadata.issuer.value, issuer);
        QCOMPARE(report.metadata.year.value, year);
    }

    // The region is left open, the note says the name is not listed, and
    // the issuer points at where it is written, whichever zone names it.
    void unlistedPlaceNote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("name");
        QTest::newRow("title") << u"某某区卫生健康局2024年法治政府建设工作情况报告\n一、主要举措和成效\n"_s << u"某某区卫生健康局"_s << u"title"_s
                               << u"某某区"_s;
        QTest::newRow("发布机构 field")
            << u"首页 > 政务公开\n2024年法治政府建设工作情况报告\n索引号：000-2025-000101\n发布机构：青禾区卫生健康局\n发布日期：2025-01-10\n"
               u"2024年，我局依法履职，现将有关情况报告如下。\n一、主要举措和成效\n（一）严格执法。与天津市和平区卫生健康委员会签订协议。\n"_s
            << u"青禾区卫生健康局"_s << QString() << u"青禾区"_s;
        QTest::newRow("preamble") << u"2023年，云岫区应急管理局依法履职。\n一、主要举措和成效\n"_s << u"云岫区应急管理局"_s << u"preamble"_s << u"云岫区"_s;
        QTest::newRow("signature") << u"一、主要举措和成效\n（一）严格执法。全年办理案件。\n\n栖凤县市场监督管理局\n2025年1月8日\n"_s
                                   << u"栖凤县市场监督管理局"_s << u"signature"_s << u"栖凤县"_s;
    }
    void unlistedPlaceNote()
    {
        QFETCH(QString, text);
        QFETCH(QString, issuer);
        QFETCH(QString, origin);
        QFETCH(QString, name);
        const Dz::Report report = Dz::ReportPipeline::readText(text, u"a.txt"_s);
        const Dz::ReportMetadata &m = report.metadata;
        QCOMPARE(m.issuer.value, issuer);
        QVERIFY(m.district.value.isEmpty());
        QVERIFY(m.regionCode.isEmpty());
        QVERIFY(m.regionChain.isEmpty());
        QVERIFY(m.level.isEmpty());
        QVERIFY2(m.regionNote.contains(name), qPrintable(m.regionNote));
        QCOMPARE(report.textOf(m.issuer.span).toString(), issuer);
        if (!origin.isEmpty())
            QCOMPARE(m.issuer.origin, origin);
    }

    void sharedNameResolution()
    {
        const Dz::Report resolved = Dz::ReportPipeline::readText(
            u"永定区应急管理局2024年法治政府建设情况报告\n2024年，在龙岩市委的领导下，我局依法履职。\n一、主要举措\n"_s, u"a.txt"_s);
        QCOMPARE(resolved.metadata.regionCode, u"350803"_s);
        QCOMPARE(resolved.metadata.regionChain, (QStringList {u"福建省"_s, u"龙岩市"_s, u"永定区"_s}));
        const Dz::Report open = Dz::ReportPipeline::readText(u"永定区应急管理局2024年法治政府建设情况报告\n一、主要举措\n"_s, u"b.txt"_s);
        QVERIFY(open.metadata.regionCode.isEmpty());
        QVERIFY(open.metadata.regionNote.contains(u"福建省龙岩市永定区"_s));
        QVERIFY(open.metadata.regionNote.contains(u"湖南省张家界市永定区"_s));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::newRow("arabic") << u"2025年2月19日"_s << u"2025-02-19"_s;
        QTest::newRow("iso") << u"2025-02-19"_s << u"2025-02-19"_s;
        QTest::newRow("full width") << u"２０２５年２月１９日"_s << u"2025-02-19"_s;
        QTest::newRow("chinese") << u"二〇二五年二月十九日"_s << u"2025-02-19"_s;
        QTest::newRow("chinese tens") << u"二〇二四年十二月三十一日"_s << u"2024-12-31"_s;
        QTest::newRow("invalid day") << u"2025年2月30日"_s << QString();
        QTest::newRow("no date") << u"二〇二五年"_s << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, date);
        const auto read = Dz::MetadataExtractor::readDate(text);
        QCOMPARE(read ? read->first.toString(Qt::ISODate) : QString(), date);
    }

    // One pass: time grows with the text, not its square, in the body and
    // in a preamble that is one long line (a copy with no headings at all).
    void linearTime_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("separator");
        QTest::newRow("body lines") << u"一、主要举措和成效\n"_s << u"\n"_s;
        QTest::newRow("one-line preamble") << u"2024年，"_s << QString();
    }
    void linearTime()
    {
        QFETCH(QString, head);
        QFETCH(QString, separator);
        QString unit;
        for (int i = 0; i < 40; ++i)
            unit += u"全区卫生健康系统在区委区政府领导下，会同天津市和平区卫生健康委员会、区应急管理局开展检查，强化领导和监督。"_s;
        auto timeFor = [&](int copies) {
            QString text = head;
            for (int i = 0; i < copies; ++i)
                text += unit + separator;
            QElapsedTimer timer;
            timer.start();
            const Dz::Report report = Dz::ReportPipeline::readText(text, u"big.txt"_s);
            Q_UNUSED(report);
            return qMax<qint64>(1, timer.elapsed());
        };
        timeFor(10); // warm the gazetteer
        const qint64 small = timeFor(60);
        const qint64 large = timeFor(480);
        // Eight times the text: linear is about 8x; quadratic would be 64x.
        QVERIFY2(large < small * 24 + 200, qPrintable(u"%1 ms vs %2 ms"_s.arg(large).arg(small)));
    }
};

QTEST_GUILESS_MAIN(TestMetadataExtractor)
#include "tst_metadataextractor.moc"
