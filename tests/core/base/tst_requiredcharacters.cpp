// The characters every match of a catalog pattern needs (issue 21's speed):
// read cautiously, so that a text lacking them never matches, checked on the
// forms catalogs write and on random texts against the expressions themselves.

#include "base/requiredcharacters.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequiredCharacters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requirements_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("required");

        QTest::newRow("literal run") << u"轻程序"_s << QStringList {u"轻"_s, u"程"_s, u"序"_s};
        QTest::newRow("class between literals") << u"重[^,。;:、]{1,5}、?轻[^,。;:、]{2}"_s << QStringList {u"重"_s, u"轻"_s};
        QTest::newRow("optional literal") << u"以[^,。]{1,4}代替?"_s << QStringList {u"以"_s, u"代"_s};
        QTest::newRow("zero minimum") << u"执{0,2}法"_s << QStringList {u"法"_s};
        QTest::newRow("one of a group") << u"(?:仅|只)有?(?=[^，。]{0,10}?\\d+(?:名|人)(?!次))"_s << QStringList {u"仅只"_s};
        QTest::newRow("capturing group of single characters") << u"(缺|少)人"_s << QStringList {u"缺少"_s, u"人"_s};
        QTest::newRow("optional group") << u"(?:仅|只)?有"_s << QStringList {u"有"_s};
        QTest::newRow("group of words") << u"(?:不足|短缺)"_s << QStringList();
        QTest::newRow("one or more") << u"重+视"_s << QStringList {u"重"_s, u"视"_s};
        QTest::newRow("lazy quantifier") << u"法.*?治"_s << QStringList {u"法"_s, u"治"_s};
        QTest::newRow("escape is no literal") << u"\\d+名"_s << QStringList {u"名"_s};
        QTest::newRow("escaped code point") << u"\\x{4e00}人"_s << QStringList {u"人"_s};
        QTest::newRow("class holding ]") << u"[]a]执法"_s << QStringList {u"执"_s, u"法"_s};
        QTest::newRow("alternation at the top") << u"重审批|轻监管"_s << QStringList();
        QTest::newRow("inline option") << u"(?i)abc"_s << QStringList();
        QTest::newRow("unclosed group") << u"(执法"_s << QStringList();
        QTest::newRow("anchors and dots") << u"^执.法$"_s << QStringList {u"执"_s, u"法"_s};
        QTest::newRow("lookahead requires nothing") << u"(?=执法)"_s << QStringList();
    }
    void requirements()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, required);
        QCOMPARE(Dz::requiredCharacters(pattern), required);
    }

    void holds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<bool>("holds");
        QTest::newRow("each set met") << u"重审批、轻监管"_s << QStringList {u"重"_s, u"轻"_s} << true;
        QTest::newRow("one set unmet") << u"重审批"_s << QStringList {u"重"_s, u"轻"_s} << false;
        QTest::newRow("one of a set") << u"只有3名"_s << QStringList {u"仅只"_s} << true;
        QTest::newRow("nothing required") << u""_s << QStringList() << true;
    }
    void holds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, required);
        QFETCH(bool, holds);
        QCOMPARE(Dz::holdsRequiredCharacters(text, required), holds);
    }

    // Whatever the reading, a text that matches holds what it says is needed.
    void neverLosesAMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const QString &p : {u"(?:仅|只)有?(?=[^，。；,;]{0,10}?\\d+(?:名|人)(?!次))"_s, u"重[^,。;:、]{1,5}、?轻[^,。;:、]{2}"_s,
                 u"以[^,。;:、]{1,4}代替?[^,。;:、]{1,3}?"_s, u"用[^,。;:、]{1,8}代替[^,。;:、]{1,6}"_s, u"重[^,。;:、]{1,5}、?轻法[治律]"_s,
                 u"(缺|少)?人手?(不足)"_s, u"执{0,2}法+[^。]*?(?:不|未)规范"_s, u"[]重]轻"_s})
            QTest::newRow(qPrintable(p)) << p;
    }
    void neverLosesAMatch()
    {
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern);
        QVERIFY(re.isValid());
        const QList<QString> required = Dz::requiredCharacters(pattern);
        // Characters and the pieces the patterns are made of, in any order.
        QStringList pieces {
            u"轻法治"_s, u"轻法律"_s, u"执法"_s, u"规范"_s, u"不"_s, u"未"_s, u"人手不足"_s, u"代替"_s, u"仅有"_s, u"只有"_s, u"3名"_s, u"5人次"_s};
        for (const QChar c : u"重轻以代替用法治律仅只有名人缺少手不足执未规范审批监管3，。、]"_s)
            pieces.append(QString(c));
        QRandomGenerator random(20261207);
        int matched = 0;
        for (int n = 0; n < 20000; ++n) {
            QString text;
            for (int count = 2 + random.bounded(8); count > 0; --count)
                text += pieces.at(random.bounded(pieces.size()));
            if (re.match(text).hasMatch()) {
                ++matched;
                QVERIFY2(Dz::holdsRequiredCharacters(text, required), qPrintable(text));
            }
        }
        // The texts reach the pattern at all, so that the check checks something.
        QVERIFY(matched > 0);
    }

    // A prefiltered pattern answers as its expression does, on texts that
    // hold its characters and texts that do not (the indicators' cues among them).
    void prefilteredAgrees_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const QString &p : {u"全年"_s, u"(?<![公总])共(?![同享建治性识产青])"_s, u"在[^，,；;。：:]{1,16}中"_s, u"其中"_s, u"仅"_s,
                 u"(?:仅|只)有?(?=[^，。；,;]{0,10}?\\d+(?:名|人)(?!次))"_s, u"(缺|少)?人手?(不足)"_s})
            QTest::newRow(qPrintable(p)) << p;
    }
    void prefilteredAgrees()
    {
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern);
        QVERIFY(re.isValid());
        const Dz::PrefilteredPattern prefiltered(re);
        const QStringList pieces {u"全年"_s, u"共"_s, u"公共"_s, u"总共"_s, u"共同"_s, u"在"_s, u"中"_s, u"其中"_s, u"仅"_s, u"只有"_s, u"3名"_s, u"5人次"_s,
            u"人手不足"_s, u"缺人"_s, u"检查"_s, u"，"_s, u"。"_s, u"全"_s, u"年"_s};
        QRandomGenerator random(20261208);
        int matched = 0;
        int filtered = 0;
        for (int n = 0; n < 5000; ++n) {
            QString text;
            for (int count = 1 + random.bounded(8); count > 0; --count)
                text += pieces.at(random.bounded(pieces.size()));
            const bool expected = re.match(text).hasMatch();
            QVERIFY2(prefiltered.matches(text) == expected, qPrintable(text));
            matched += expected ? 1 : 0;
            filtered += prefiltered.mayMatch(text) ? 0 : 1;
        }
        // Both answers come up, and some texts are answered without the expression.
        QVERIFY(matched > 0 && matched < 5000);
        QVERIFY(filtered > 0);
    }
};

QTEST_GUILESS_MAIN(TestRequiredCharacters)
#include "tst_requiredcharacters.moc"
