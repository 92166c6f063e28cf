// Finding an annotation again after the report's text changed.

#include "project/annotationanchor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Dz::AnnotationAnchor;

namespace
{

const QString Original = u"一、主要举措和成效\n（一）规范行政执法。全年办理行政处罚案件312件，全部实行法制审核。\n"
                         u"（二）深入开展普法。组织普法宣传活动46场，覆盖群众1.2万人次。\n二、存在的不足\n行政执法人员培训覆盖面不够。\n"_s;

} // namespace

class TestAnnotationAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data()
    {
        QTest::addColumn<QString>("quote"); // what the analyst marked in Original (first occurrence unless occurrence says)
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("changed"); // the new text
        QTest::addColumn<int>("expectedOccurrence"); // of the expected match in the new text; -1: not found
        QTest::addColumn<QString>("expectedText"); // what the span covers in the new text

        QTest::newRow("unchanged") << u"行政处罚案件312件"_s << 0 << Original << 0 << u"行政处罚案件312件"_s;
        QTest::newRow("text inserted before") << u"行政处罚案件312件"_s << 0 << (u"天津市某区2024年度法治政府建设情况报告\n\n"_s + Original) << 0
                                              << u"行政处罚案件312件"_s;
        QString moved = Original;
        moved.replace(u"（一）规范行政执法。"_s, QString());
        QTest::newRow("text removed before") << u"普法宣传活动46场"_s << 0 << moved << 0 << u"普法宣传活动46场"_s;
        // 行政执法 occurs twice; the analyst marked the second: the context says which.
        QTest::newRow("repeated words, second by context") << u"行政执法"_s << 1 << (u"前言。\n"_s + Original) << 1 << u"行政执法"_s;
        QTest::newRow("repeated words, first by context") << u"行政执法"_s << 0 << (u"前言。\n"_s + Original) << 0 << u"行政执法"_s;
        QString swapped = Original;
        swapped.replace(u"（二）深入开展普法。组织普法宣传活动46场，覆盖群众1.2万人次。\n"_s, QString());
        swapped.replace(u"二、存在的不足\n"_s, u"二、存在的不足\n（二）深入开展普法。组织普法宣传活动46场，覆盖群众1.2万人次。\n"_s);
        QTest::newRow("paragraph moved") << u"覆盖群众1.2万人次"_s << 0 << swapped << 0 << u"覆盖群众1.2万人次"_s;
        QString wrapped = Original;
        wrapped.replace(u"全年办理行政处罚"_s, u"全年办理行政\n处罚"_s);
        QTest::newRow("re-wrapped line") << u"办理行政处罚案件"_s << 0 << wrapped << 0 << u"办理行政\n处罚案件"_s;
        QString edited = Original;
        edited.replace(u"312件"_s, u"315件"_s);
        QTest::newRow("quoted text edited") << u"行政处罚案件312件"_s << 0 << edited << -1 << QString();
        QString removed = Original;
        removed.replace(u"行政执法人员培训覆盖面不够。"_s, u"无。"_s);
        QTest::newRow("quoted text removed") << u"培训覆盖面不够"_s << 0 << removed << -1 << QString();
    }

    void locate()
    {
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QString, changed);
        QFETCH(int, expectedOccurrence);
        QFETCH(QString, expectedText);

        qsizetype start = -1;
        for (int i = 0; i <= occurrence; ++i)
            start = Original.indexOf(quote, start + 1);
        QVERIFY(start >= 0);
        const Dz::Annotation a = Dz::Annotation::of(1, Original, {start, start + quote.size()});
        QCOMPARE(a.quote, quote);

        const auto span = AnnotationAnchor::locate(changed, a);
        if (expectedOccurrence < 0) {
            QVERIFY2(!span, qPrintable(span ? changed.mid(span->start, span->length()) : QString()));
            return;
        }
        QVERIFY(span.has_value());
        QCOMPARE(changed.mid(span->start, span->length()), expectedText);
        qsizetype expectedStart = -1;
        for (int i = 0; i <= expectedOccurrence; ++i)
            expectedStart = changed.indexOf(expectedText, expectedStart + 1);
        QCOMPARE(span->start, expectedStart);
    }

    void anchoredTakesQuoteAndContextFromTheText()
    {
        Dz::Annotation a = Dz::Annotation::of(4, Original, {0, 2});
        a.note = u"标题"_s;
        a.needsReanchoring = true;
        const qsizetype at = Original.indexOf(u"普法宣传"_s);
        const Dz::Annotation placed = AnnotationAnchor::anchored(a, Original, {at, at + 4});
        QCOMPARE(placed.quote, u"普法宣传"_s);
        QCOMPARE(placed.contextBefore, Original.mid(at - Dz::Annotation::ContextLength, Dz::Annotation::ContextLength));
        QCOMPARE(placed.contextAfter, Original.mid(at + 4, Dz::Annotation::ContextLength));
        QCOMPARE(placed.note, a.note);
        QVERIFY(!placed.needsReanchoring);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationAnchor)
#include "tst_annotationanchor.moc"
