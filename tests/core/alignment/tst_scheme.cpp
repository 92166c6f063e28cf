// Dz::Scheme: the built-in scheme's content, and a clear error naming the
// file and the problem for every kind of bad scheme file.

#include "alignment/scheme.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// A valid minimal scheme; rows of badScheme_data() break it one way each.
const QByteArray minimal = R"({"format": "duizhao-scheme", "version": 1, "id": "mini",
  "label": {"zh": "小", "en": "Mini"},
  "contentPart": "A",
  "themedParts": ["A"],
  "parts": [{"id": "A", "label": {"zh": "甲", "en": "A"}, "required": true, "position": 0.1,
             "headingCues": [{"term": "举措", "weight": 2}], "bodyCues": [{"term": "完成", "weight": 1}]},
            {"id": "B", "label": {"zh": "乙", "en": "B"}, "headingCues": [{"term": "打算", "weight": 2}]}],
  "themes": [{"id": "T", "label": {"zh": "执法", "en": "Enforcement"}, "cues": [{"term": "执法", "weight": 2}]}]})";

QByteArray replaced(const QByteArray &from, const QByteArray &to)
{
    QByteArray copy = minimal;
    if (!copy.contains(from))
        qFatal("test row does not match the minimal scheme: %s", from.constData());
    return copy.replace(from, to);
}

} // namespace

class TestScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn()
    {
        const auto scheme = Dz::Scheme::builtIn();
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        QCOMPARE(scheme->id(), u"lawgov-report"_s);
        QStringList parts;
        for (const Dz::SchemePart &part : scheme->parts()) {
            parts.append(part.id);
            QVERIFY(!part.label.zh.isEmpty() && !part.label.en.isEmpty());
            QVERIFY(!part.description.isEmpty());
            QVERIFY(!part.headingCues.isEmpty());
        }
        QCOMPARE(parts, (QStringList {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s, u"P5"_s}));
        QCOMPARE(scheme->themes().size(), 11);
        QCOMPARE(scheme->themes().constFirst().id, u"T01"_s);
        QCOMPARE(scheme->themes().constLast().id, u"T11"_s);
        for (const Dz::SchemeTheme &theme : scheme->themes()) {
            QVERIFY(!theme.label.zh.isEmpty() && !theme.label.en.isEmpty());
            QVERIFY(theme.cues.size() >= 5);
            for (const Dz::SchemeCue &cue : theme.cues)
                QVERIFY(cue.weight > 0);
        }
        QCOMPARE(scheme->contentPart(), u"P1"_s);
        QCOMPARE(scheme->themedParts(), QStringList {u"P1"_s});
        QVERIFY(!scheme->parts().at(scheme->partIndex(u"P5"_s)).required);
        // Only a heading that names the leaders' duty makes a section P3.
        QVERIFY(scheme->parts().at(scheme->partIndex(u"P3"_s)).needsHeading);
        QVERIFY(!scheme->parts().at(scheme->partIndex(u"P1"_s)).needsHeading);
        QVERIFY(scheme->hasNode(u"P1.T05"_s));
        QVERIFY(scheme->hasNode(u"P4"_s));
        QVERIFY(!scheme->hasNode(u"P4.T05"_s));
        QVERIFY(!scheme->hasNode(u"P9"_s));
        QCOMPARE(scheme->nodeLabel(u"P1.T06"_s).zh, u"突发事件应对"_s);
    }

    void minimalIsValid()
    {
        const auto scheme = Dz::Scheme::fromJson(minimal, u"mini.json"_s);
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        QCOMPARE(scheme->parts().size(), 2);
        QCOMPARE(scheme->parts().at(1).position, -1.0);
        QCOMPARE(scheme->settings().partThreshold, Dz::SchemeSettings().partThreshold);
    }

    void badScheme_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");

        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"JSON syntax error"_s;
        QTest::newRow("array at the top") << QByteArray("[]") << u"top level"_s;
        QTest::newRow("wrong format") << replaced("duizhao-scheme", "other") << u"\"format\""_s;
        QTest::newRow("future version") << replaced("\"version\": 1", "\"version\": 7") << u"version"_s;
        QTest::newRow("no id") << replaced("\"id\": \"mini\",", "") << u"no \"id\""_s;
        QTest::newRow("no parts") << replaced("\"parts\"", "\"partz\"") << u"\"parts\""_s;
        QTest::newRow("duplicate id") << replaced("\"id\": \"B\"", "\"id\": \"A\"") << u"used twice"_s;
        QTest::newRow("dot in id") << replaced("\"id\": \"T\"", "\"id\": \"T.1\"") << u"dot"_s;
        QTest::newRow("label without en") << replaced("\"en\": \"Enforcement\"", "\"fr\": \"x\"") << u"\"en\""_s;
        QTest::newRow("empty cue term") << replaced("\"term\": \"执法\"", "\"term\": \"\"") << u"no term"_s;
        QTest::newRow("negative weight") << replaced("\"weight\": 1}", "\"weight\": -1}") << u"positive"_s;
        QTest::newRow("weight as text") << replaced("\"weight\": 1}", "\"weight\": \"1\"}") << u"positive"_s;
        QTest::newRow("duplicate cue") << replaced(
            "[{\"term\": \"执法\", \"weight\": 2}]", "[{\"term\": \"执法\", \"weight\": 2}, {\"term\": \"执法\", \"weight\": 1}]")
                                       << u"twice"_s;
        QTest::newRow("part without heading cues") << replaced("\"headingCues\": [{\"term\": \"打算\", \"weight\": 2}]", "\"headingCues\": []")
                                                   << u"at least one cue"_s;
        QTest::newRow("unknown content part") << replaced("\"contentPart\": \"A\"", "\"contentPart\": \"Z\"") << u"contentPart"_s;
        QTest::newRow("unknown themed part") << replaced("\"themedParts\": [\"A\"]", "\"themedParts\": [\"Q\"]") << u"themedParts"_s;
        QTest::newRow("position out of range") << replaced("\"position\": 0.1", "\"position\": 3") << u"position"_s;
        QTest::newRow("needsHeading as text") << replaced("\"position\": 0.1", "\"position\": 0.1, \"needsHeading\": \"yes\"") << u"needsHeading"_s;
        QTest::newRow("themes not an array") << replaced("\"themes\": [", "\"themes\": 5, \"x\": [") << u"\"themes\" must be an array"_s;
    }

    void badScheme()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const auto scheme = Dz::Scheme::fromJson(json, u"/tmp/broken-scheme.json"_s);
        QVERIFY(!scheme.isValid());
        QVERIFY2(scheme.error().contains(u"/tmp/broken-scheme.json"_s), qPrintable(scheme.error()));
        QVERIFY2(scheme.error().contains(problem), qPrintable(scheme.error()));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nowhere.json"_s);
        const auto scheme = Dz::Scheme::loadFile(path);
        QVERIFY(!scheme.isValid());
        QVERIFY(scheme.error().contains(path));
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mini.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(minimal);
        file.close();
        const auto scheme = Dz::Scheme::loadFile(path);
        QVERIFY2(scheme.isValid(), qPrintable(scheme.error()));
        QCOMPARE(scheme->origin(), path);
        QCOMPARE(scheme->id(), u"mini"_s);
    }
};

QTEST_GUILESS_MAIN(TestScheme)
#include "tst_scheme.moc"
