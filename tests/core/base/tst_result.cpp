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

Dz::Result<QString> parse(const QString &text)
{
    if (text.isEmpty())
        return Dz::Failure(u"空文本"_s);
    return text.toUpper();
}

// A failure passed on through functions of other result types.
Dz::Result<QList<int>> lengths(const QStringList &texts)
{
    QList<int> all;
    for (const QString &text : texts) {
        auto parsed = parse(text);
        if (!parsed)
            return Dz::Failure(parsed.error());
        all.append(int(parsed->size()));
    }
    return all;
}

Dz::Result<> check(const QStringList &texts)
{
    if (auto r = lengths(texts); !r)
        return Dz::Failure(r.error());
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

    void failurePassesThroughAnyResult_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("error");
        QTest::newRow("all read") << QStringList {u"ab"_s, u"c"_s} << QString();
        QTest::newRow("second empty") << QStringList {u"ab"_s, QString()} << u"空文本"_s;
        QTest::newRow("no texts") << QStringList {} << QString();
    }

    void failurePassesThroughAnyResult()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, error);
        const auto r = lengths(texts);
        QCOMPARE(bool(r), error.isEmpty());
        QCOMPARE(r.error(), error);
        if (r)
            QCOMPARE(r->size(), texts.size());
        const Dz::Result<> done = check(texts);
        QCOMPARE(bool(done), error.isEmpty());
        QCOMPARE(done.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestResult)

#include "tst_result.moc"
