// Result<T>: a value or why not; Result<> (Result<void>): done or why not.

#include "base/result.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

Dz::Result<> step(bool ok)
{
    if (!ok)
        return Dz::Result<>::failure(u"步骤失败"_s);
    return {};
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void done_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::newRow("done") << true << QString();
        QTest::newRow("failed") << false << u"步骤失败"_s;
    }

    void done()
    {
        QFETCH(bool, ok);
        QFETCH(QString, error);
        const Dz::Result<> r = step(ok);
        QCOMPARE(bool(r), ok);
        QCOMPARE(r.isValid(), ok);
        QCOMPARE(r.error(), error);
        QVERIFY(Dz::ResultOk.isValid());
    }

    void failureWithoutMessageIsStillAFailure()
    {
        // Done or not is not read from the message.
        const auto r = Dz::Result<void>::failure({});
        QVERIFY(!r);
        QVERIFY(r.error().isEmpty());
    }

    void value_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::newRow("value") << true;
        QTest::newRow("failure") << false;
    }

    void value()
    {
        QFETCH(bool, ok);
        const Dz::Result<int> r = ok ? Dz::Result<int>(42) : Dz::Result<int>::failure(u"没有"_s);
        QCOMPARE(bool(r), ok);
        if (ok)
            QCOMPARE(r.value(), 42);
        else
            QCOMPARE(r.error(), u"没有"_s);
    }
};

QTEST_GUILESS_MAIN(TestResult)

#include "tst_result.moc"
