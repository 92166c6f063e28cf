// Text made safe for a terminal (issue 14, item 8).

#include "base/terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesControls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << u"滨海新区\t2024\n"_s << u"滨海新区\t2024\n"_s;
        QTest::newRow("crlf kept") << u"a\r\nb"_s << u"a\r\nb"_s;
        QTest::newRow("lone cr") << u"a\rb"_s << u"a␍b"_s;
        QTest::newRow("clear screen") << u"\x1B[2J报告"_s << u"␛[2J报告"_s;
        QTest::newRow("window title") << u"\x1B]0;pwned\x07"_s << u"␛]0;pwned␇"_s;
        QTest::newRow("backspace") << u"abc\x08\x08"_s << u"abc␈␈"_s;
        QTest::newRow("nul") << QString(QChar(0)) << u"␀"_s;
        QTest::newRow("delete") << u"a\x7F"_s << u"a␡"_s;
        QTest::newRow("c1 csi") << u"a\u009B2J"_s << u"a[U+009B]2J"_s;
        QTest::newRow("bidi override") << u"txt.\u202Eexe"_s << u"txt.[U+202E]exe"_s;
    }

    void escapesControls()
    {
        QFETCH(QString, text);
        QFETCH(QString, safe);
        QCOMPARE(Dz::Internal::terminalSafe(text), safe);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
