// QuantityScanner and Decimal: the expression table
// (tests/data/quantity-expressions.json), spans on full-width text, the
// five seeds, and the measure-word file's validation.

#include "quantities/quantityscanner.h"
#include "seedfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QString qualifierName(Dz::QuantityQualifier q)
{
    switch (q) {
    case Dz::QuantityQualifier::Exact:
        return u"exact"_s;
    case Dz::QuantityQualifier::AtLeast:
        return u"atLeast"_s;
    case Dz::QuantityQualifier::AtMost:
        return u"atMost"_s;
    case Dz::QuantityQualifier::Approximate:
        return u"approximate"_s;
    case Dz::QuantityQualifier::Range:
        return u"range"_s;
    case Dz::QuantityQualifier::Vague:
        return u"vague"_s;
    }
    return QString();
}

QString kindName(Dz::QuantityKind k)
{
    switch (k) {
    case Dz::QuantityKind::Count:
        return u"count"_s;
    case Dz::QuantityKind::Money:
        return u"money"_s;
    case Dz::QuantityKind::Percentage:
        return u"percentage"_s;
    case Dz::QuantityKind::PercentagePoints:
        return u"percentagePoints"_s;
    case Dz::QuantityKind::Fraction:
        return u"fraction"_s;
    }
    return QString();
}

QString bound(const std::optional<Dz::Decimal> &d)
{
    return d ? d->toString() : u"null"_s;
}

QString substring(QStringView text, const Dz::TextSpan &span)
{
    return span.isValid() ? text.mid(span.start, span.length()).toString() : QString();
}

// One line per quantity, for failure messages and for reviewing a seed.
QString describe(QStringView text, const Dz::Quantity &q)
{
    return u"「%1」 number「%2」 value %3 [%4%5, %6%7] %8 %9 unit「%10」"_s.arg(substring(text, q.span), substring(text, q.numberSpan), q.value.toString())
        .arg(bound(q.lower), q.lowerInclusive ? QString() : u"(excl)"_s, bound(q.upper), q.upperInclusive ? QString() : u"(excl)"_s)
        .arg(qualifierName(q.qualifier), kindName(q.kind), q.unit);
}

QString describeAll(QStringView text, const QList<Dz::Quantity> &found)
{
    QStringList lines;
    for (const Dz::Quantity &q : found)
        lines.append(describe(text, q));
    return lines.isEmpty() ? u"(nothing)"_s : lines.join(u"\n"_s);
}

Dz::Decimal dec(const QString &text)
{
    const auto d = Dz::Decimal::fromString(text);
    if (!d)
        qFatal("bad decimal in test: %s", qPrintable(text));
    return *d;
}

// The quantity whose expression is exactly @p expression, if any.
const Dz::Quantity *findExpression(QStringView text, const QList<Dz::Quantity> &found, QStringView expression, qsizetype from = 0)
{
    for (const Dz::Quantity &q : found) {
        if (q.span.start >= from && text.mid(q.span.start, q.span.length()) == expression)
            return &q;
    }
    return nullptr;
}

} // namespace

class TestQuantityScanner : public QObject
{
    Q_OBJECT

private:
    const Dz::QuantityScanner &scanner() const
    {
        return Dz::QuantityScanner::builtIn();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!scanner().measureWords().isEmpty());
    }

    // ---- Decimal ----

    void decimalFromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("printed");
        QTest::newRow("integer") << u"182536"_s << true << qint64(182536) << 0 << u"182536"_s;
        QTest::newRow("half") << u"0.5"_s << true << qint64(5) << 1 << u"0.5"_s;
        QTest::newRow("negative") << u"-3.25"_s << true << qint64(-325) << 2 << u"-3.25"_s;
        QTest::newRow("trailing zeros dropped") << u"4.10"_s << true << qint64(41) << 1 << u"4.1"_s;
        QTest::newRow("integer zeros kept") << u"200"_s << true << qint64(200) << 0 << u"200"_s;
        QTest::newRow("zero fraction") << u"3.000"_s << true << qint64(3) << 0 << u"3"_s;
        QTest::newRow("leading zeros") << u"007"_s << true << qint64(7) << 0 << u"7"_s;
        QTest::newRow("small") << u"0.0025"_s << true << qint64(25) << 4 << u"0.0025"_s;
        QTest::newRow("18 digits") << u"999999999999999999"_s << true << qint64(999999999999999999) << 0 << u"999999999999999999"_s;
        QTest::newRow("19 digits") << u"1000000000000000000"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("empty") << QString() << false << qint64(0) << 0 << QString();
        QTest::newRow("minus only") << u"-"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("point first") << u".5"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("point last") << u"5."_s << false << qint64(0) << 0 << QString();
        QTest::newRow("two points") << u"1.2.3"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("separator") << u"82,225"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("exponent") << u"1e5"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("plus") << u"+5"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("space") << u" 5"_s << false << qint64(0) << 0 << QString();
        QTest::newRow("full-width digits") << u"１１"_s << false << qint64(0) << 0 << QString();
    }

    void decimalFromString()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto d = Dz::Decimal::fromString(text);
        QCOMPARE(d.has_value(), valid);
        if (!valid)
            return;
        QFETCH(qint64, mantissa);
        QFETCH(int, scale);
        QFETCH(QString, printed);
        QCOMPARE(d->mantissa(), mantissa);
        QCOMPARE(d->scale(), scale);
        QCOMPARE(d->toString(), printed);
        QCOMPARE(d->isInteger(), scale == 0);
        QVERIFY(d->isValid());
    }

    void decimalShifted()
    {
        // 18.2536万 is exactly 182536: no binary fraction on the way.
        QCOMPARE(dec(u"18.2536"_s).shifted(4), Dz::Decimal::fromParts(182536));
        QCOMPARE(dec(u"18.2536"_s).shifted(4).toString(), u"182536"_s);
        QCOMPARE(dec(u"6.2036"_s).shifted(4).toString(), u"62036"_s);
        QCOMPARE(dec(u"1.2"_s).shifted(4).toString(), u"12000"_s);
        QCOMPARE(dec(u"1"_s).shifted(8).toString(), u"100000000"_s);
        QCOMPARE(dec(u"0.5"_s).shifted(1).toString(), u"5"_s);
        QCOMPARE(dec(u"175"_s).shifted(-2).toString(), u"1.75"_s);
        QCOMPARE(dec(u"3"_s).shifted(0), dec(u"3"_s));
        QCOMPARE(Dz::Decimal::fromParts(5, -3).toString(), u"5000"_s);
        // Overflow: beyond 64 bits the result is invalid, never wrapped.
        const Dz::Decimal big = Dz::Decimal::fromParts(9).shifted(18);
        QVERIFY(big.isValid());
        QCOMPARE(big.toString(), u"9000000000000000000"_s);
        QVERIFY(!Dz::Decimal::fromParts(10).shifted(18).isValid());
        QVERIFY(!Dz::Decimal::fromParts(1).shifted(19).isValid());
        QVERIFY(!Dz::Decimal::fromParts(1).shifted(40).isValid());
        QVERIFY(Dz::Decimal::fromParts(0).shifted(40).isValid());
        QVERIFY(!Dz::Decimal::invalid().shifted(1).isValid());
        QCOMPARE(Dz::Decimal::invalid().toString(), QString());
    }

    void decimalArithmetic()
    {
        QCOMPARE((dec(u"0.1"_s) + dec(u"0.2"_s)).toString(), u"0.3"_s);
        QCOMPARE(dec(u"0.1"_s) + dec(u"0.2"_s), dec(u"0.3"_s));
        QCOMPARE((dec(u"175"_s) + dec(u"1"_s)).toString(), u"176"_s);
        QCOMPARE((dec(u"1.5"_s) + dec(u"-1.5"_s)).toString(), u"0"_s);
        QCOMPARE((dec(u"2000"_s) + dec(u"30"_s)).shifted(4).toString(), u"20300000"_s);
        const Dz::Decimal max = Dz::Decimal::fromParts(std::numeric_limits<qint64>::max());
        QVERIFY(!(max + Dz::Decimal::fromParts(1)).isValid());
        QVERIFY((max + Dz::Decimal::fromParts(-1)).isValid());
        // Aligning scales can overflow too.
        QVERIFY(!(max + dec(u"0.5"_s)).isValid());
        QVERIFY(!(Dz::Decimal::invalid() + dec(u"1"_s)).isValid());
        QCOMPARE(dec(u"18.2536"_s).toDouble(), 18.2536);
        QCOMPARE(Dz::Decimal::fromParts(std::numeric_limits<qint64>::min()).toString(), u"-9223372036854775808"_s);
    }

    void decimalComparison()
    {
        QVERIFY(dec(u"0.5"_s) < dec(u"1"_s));
        QVERIFY(dec(u"1"_s) < dec(u"1.5"_s));
        QVERIFY(!(dec(u"1.5"_s) < dec(u"1.5"_s)));
        QVERIFY(dec(u"1.5"_s) <= dec(u"1.5"_s));
        QVERIFY(dec(u"-2"_s) < dec(u"-1.5"_s));
        QVERIFY(dec(u"-1"_s) < dec(u"0.001"_s));
        QVERIFY(dec(u"20"_s) > dec(u"19.99"_s));
        QVERIFY(dec(u"30"_s) >= dec(u"30.0"_s));
        QCOMPARE(dec(u"30"_s), dec(u"30.000"_s));
        QVERIFY(dec(u"30"_s) != dec(u"3"_s));
        // When aligning would overflow, the side that needs it is the larger.
        const Dz::Decimal max = Dz::Decimal::fromParts(std::numeric_limits<qint64>::max());
        QVERIFY(dec(u"0.000000000000000001"_s) < max);
        QVERIFY(!(max < dec(u"0.000000000000000001"_s)));
        QVERIFY(Dz::Decimal::fromParts(-max.mantissa()) < dec(u"-0.000000000000000001"_s));
        // Invalid decimals are unordered.
        QVERIFY(!(Dz::Decimal::invalid() < dec(u"1"_s)));
        QVERIFY(!(dec(u"1"_s) < Dz::Decimal::invalid()));
        QVERIFY(!(Dz::Decimal::invalid() <= Dz::Decimal::invalid()));
    }

    void decimalFromRatio()
    {
        QCOMPARE(Dz::Decimal::fromRatio(1, 2).toString(), u"0.5"_s);
        QCOMPARE(Dz::Decimal::fromRatio(1, 3).toString(), u"0.3333333333"_s);
        QCOMPARE(Dz::Decimal::fromRatio(2, 3).toString(), u"0.6666666667"_s);
        QCOMPARE(Dz::Decimal::fromRatio(2, 3, 2).toString(), u"0.67"_s);
        QCOMPARE(Dz::Decimal::fromRatio(-1, 4).toString(), u"-0.25"_s);
        QCOMPARE(Dz::Decimal::fromRatio(5, 1000).toString(), u"0.005"_s);
        QCOMPARE(Dz::Decimal::fromRatio(6, 3).toString(), u"2"_s);
        QVERIFY(!Dz::Decimal::fromRatio(1, 0).isValid());
    }

    // ---- the expression table ----

    void expression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonArray>("expected");
        QFile file(QStringLiteral(DUIZHAO_TEST_DATA_DIR "/quantity-expressions.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(u"expressions"_s).toArray();
        QVERIFY(rows.size() >= 250);
        int traps = 0;
        QSet<QString> names;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const QString text = o.value(u"text"_s).toString();
            const QJsonArray expected = o.value(u"quantities"_s).toArray();
            if (expected.isEmpty())
                ++traps;
            QVERIFY2(!names.contains(text), qPrintable(u"row listed twice: "_s + text));
            names.insert(text);
            QTest::newRow(qPrintable(text)) << text << expected;
        }
        // About half of the table are traps that must yield nothing.
        QVERIFY2(traps * 10 >= rows.size() * 4, qPrintable(u"only %1 traps in %2 rows"_s.arg(traps).arg(rows.size())));
    }

    void expression()
    {
        QFETCH(QString, text);
        QFETCH(QJsonArray, expected);
        const QList<Dz::Quantity> found = scanner().scan(text);
        const QString got = describeAll(text, found);
        QVERIFY2(found.size() == expected.size(), qPrintable(u"expected %1 quantities, got:\n"_s.arg(expected.size()) + got));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected.at(i).toObject();
            const Dz::Quantity &q = found.at(i);
            const auto check = [&](const QString &key, const QString &actual) {
                if (!e.contains(key))
                    return true;
                const QJsonValue want = e.value(key);
                const QString wanted = want.isNull() ? u"null"_s : want.isBool() ? (want.toBool() ? u"true"_s : u"false"_s) : want.toString();
                if (wanted == actual)
                    return true;
                qWarning().noquote() << "field" << key << "expected" << wanted << "got" << actual << "in" << got;
                return false;
            };
            QVERIFY(check(u"span"_s, substring(text, q.span)));
            QVERIFY(check(u"number"_s, substring(text, q.numberSpan)));
            QVERIFY(check(u"value"_s, q.value.toString()));
            QVERIFY(check(u"unit"_s, q.unit));
            QVERIFY(check(u"unitText"_s, substring(text, q.unitSpan)));
            QVERIFY(check(u"kind"_s, kindName(q.kind)));
            QVERIFY(check(u"qualifier"_s, qualifierName(q.qualifier)));
            QVERIFY(check(u"lower"_s, bound(q.lower)));
            QVERIFY(check(u"upper"_s, bound(q.upper)));
            QVERIFY(check(u"lowerInclusive"_s, q.lowerInclusive ? u"true"_s : u"false"_s));
            QVERIFY(check(u"upperInclusive"_s, q.upperInclusive ? u"true"_s : u"false"_s));
            if (e.contains(u"numerator"_s)) {
                QCOMPARE(q.numerator, qint64(e.value(u"numerator"_s).toInteger()));
                QCOMPARE(q.denominator, qint64(e.value(u"denominator"_s).toInteger()));
            }
            // Every row's spans are consistent whatever the row checks.
            QVERIFY(q.numberSpan.start >= q.span.start && q.numberSpan.end <= q.span.end);
            // The measure word lies inside the expression, beside the number
            // (after it, or before it in 百分之九十五).
            QVERIFY(!q.unitSpan.isValid() || (q.unitSpan.start >= q.span.start && q.unitSpan.end <= q.span.end));
            QVERIFY(!q.unitSpan.isValid() || q.unitSpan.end <= q.numberSpan.start || q.unitSpan.start >= q.numberSpan.end);
            QCOMPARE(q.unit.isEmpty(), !q.unitSpan.isValid());
            QCOMPARE(q.isCount(), q.kind == Dz::QuantityKind::Count);
        }
    }

    // ---- positions ----

    void fullWidthSpans()
    {
        // Full-width digits and commas fold one for one: positions point
        // into the text as published.
        const QString text = u"复核行政处罚案卷８４件，采购合同８２，２２５元；约１１次。"_s;
        const QList<Dz::Quantity> found = scanner().scan(text);
        QCOMPARE(found.size(), 3);
        QCOMPARE(substring(text, found.at(0).span), u"８４件"_s);
        QCOMPARE(substring(text, found.at(0).numberSpan), u"８４"_s);
        QCOMPARE(substring(text, found.at(0).unitSpan), u"件"_s);
        QCOMPARE(found.at(0).value.toString(), u"84"_s);
        QCOMPARE(substring(text, found.at(1).numberSpan), u"８２，２２５"_s);
        QCOMPARE(found.at(1).value.toString(), u"82225"_s);
        QCOMPARE(found.at(1).kind, Dz::QuantityKind::Money);
        QCOMPARE(substring(text, found.at(2).span), u"约１１次"_s);
        QCOMPARE(found.at(2).qualifier, Dz::QuantityQualifier::Approximate);
        QCOMPARE(found.at(2).span.start, text.indexOf(u"约"_s));

        const QString percent = u"（一）检查完成率９５．５％，（3）提高３个百分点"_s;
        const QList<Dz::Quantity> rates = scanner().scan(percent);
        QCOMPARE(rates.size(), 2);
        QCOMPARE(substring(percent, rates.at(0).span), u"９５．５％"_s);
        QCOMPARE(rates.at(0).value.toString(), u"95.5"_s);
        QCOMPARE(rates.at(0).kind, Dz::QuantityKind::Percentage);
        QCOMPARE(substring(percent, rates.at(1).span), u"３个百分点"_s);
        QCOMPARE(rates.at(1).kind, Dz::QuantityKind::PercentagePoints);
    }

    void orderAndOverlap()
    {
        qsizetype total = 0;
        for (const QString &path : Dz::Test::seedPaths()) {
            const Dz::Report report = Dz::ReportPipeline::readFile(path).value();
            const QList<Dz::Quantity> found = scanner().scan(report.text);
            total += found.size();
            qsizetype end = 0;
            for (const Dz::Quantity &q : found) {
                QVERIFY2(q.span.start >= end, qPrintable(describe(report.text, q)));
                QVERIFY(q.span.end > q.span.start);
                QVERIFY(q.value.isValid());
                end = q.span.end;
            }
        }
        // 蓟州 (001) reports no figure at all; the other four hold hundreds.
        QVERIFY(total > 200);
    }

    // Random text from the characters the scanner cares about: whatever
    // it finds is well formed (no crash, spans inside the text, in order,
    // bounds in order). The generator is seeded, so a failure repeats.
    void randomText()
    {
        const QString alphabet =
            u"0123456789０１２３.,，%％-~～/:：·一二三四五六七八九十百千万亿两零〇廿壹贰伍拾佰仟点分之余多几数上第约近逾超过不到足以上下左右至件次人户场个元年月日号期批“”《》〔〕()（）、。；\nABG "_s;
        QRandomGenerator random(20250224);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = 1 + random.bounded(40);
            for (int i = 0; i < length; ++i)
                text += alphabet.at(random.bounded(alphabet.size()));
            const QList<Dz::Quantity> found = scanner().scan(text);
            qsizetype end = 0;
            for (const Dz::Quantity &q : found) {
                const QString what = text + u" → "_s + describe(text, q);
                QVERIFY2(q.span.start >= end && q.span.end <= text.size() && q.span.start < q.span.end, qPrintable(what));
                QVERIFY2(q.numberSpan.start >= q.span.start && q.numberSpan.end <= q.span.end && q.numberSpan.length() > 0, qPrintable(what));
                QVERIFY2(!q.unitSpan.isValid() || (q.unitSpan.start >= q.span.start && q.unitSpan.end <= q.span.end), qPrintable(what));
                QVERIFY2(q.value.isValid(), qPrintable(what));
                QVERIFY2(!q.lower || !q.upper || *q.lower <= *q.upper, qPrintable(what));
                end = q.span.end;
            }
        }
    }

    // ---- the five seeds ----

    void seedSweep_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("expression"); // the whole expression as written
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<Dz::QuantityQualifier>("qualifier");
        QTest::addColumn<QString>("context"); // where it must be found: its span starts inside this phrase
        QTest::newRow("000 6180户次") << u"000"_s << u"6180户次"_s << u"6180"_s << u"户次"_s << Dz::QuantityQualifier::Exact << u"全年监督检查6180户次"_s;
        QTest::newRow("000 200件") << u"000"_s << u"200件"_s << u"200"_s << u"件"_s << Dz::QuantityQualifier::Exact << u"行政处罚200件"_s;
        QTest::newRow("000 84件") << u"000"_s << u"84件"_s << u"84"_s << u"件"_s << Dz::QuantityQualifier::Exact << u"复核行政处罚案卷84件"_s;
        QTest::newRow("000 22万人次") << u"000"_s << u"22万人次"_s << u"220000"_s << u"人次"_s << Dz::QuantityQualifier::Exact << u"22万人次"_s;
        QTest::newRow("000 1亿元") << u"000"_s << u"1亿元"_s << u"100000000"_s << u"元"_s << Dz::QuantityQualifier::Exact << u"获得1亿元"_s;
        QTest::newRow("000 50多家") << u"000"_s << u"50多家"_s << u"50"_s << u"家"_s << Dz::QuantityQualifier::AtLeast << u"50多家"_s;
        QTest::newRow("000 1700余人次") << u"000"_s << u"1700余人次"_s << u"1700"_s << u"人次"_s << Dz::QuantityQualifier::AtLeast << u"1700余人次"_s;
        QTest::newRow("000 90分以上") << u"000"_s << u"90分以上"_s << u"90"_s << u"分"_s << Dz::QuantityQualifier::AtLeast << u"成绩均在90分以上"_s;
        QTest::newRow("000 7540件") << u"000"_s << u"7540件"_s << u"7540"_s << u"件"_s << Dz::QuantityQualifier::Exact << u"事项7540件"_s;
        QTest::newRow("000 20大项") << u"000"_s << u"20大项"_s << u"20"_s << u"项"_s << Dz::QuantityQualifier::Exact << u"涉及20大项"_s;
        QTest::newRow("002 20余次") << u"002"_s << u"20余次"_s << u"20"_s << u"次"_s << Dz::QuantityQualifier::AtLeast << u"主题教育20余次"_s;
        QTest::newRow("002 至少4次") << u"002"_s << u"至少4次"_s << u"4"_s << u"次"_s << Dz::QuantityQualifier::AtLeast << u"至少4次"_s;
        QTest::newRow("002 不少于2次") << u"002"_s << u"不少于2次"_s << u"2"_s << u"次"_s << Dz::QuantityQualifier::AtLeast << u"不少于2次"_s;
        QTest::newRow("002 4件") << u"002"_s << u"4件"_s << u"4"_s << u"件"_s << Dz::QuantityQualifier::Exact << u"行政处罚案件4件"_s;
        QTest::newRow("002 七部门") << u"002"_s << u"七部门"_s << u"7"_s << u"部门"_s << Dz::QuantityQualifier::Exact << u"等七部门"_s;
        QTest::newRow("002 100%") << u"002"_s << u"100%"_s << u"100"_s << u"%"_s << Dz::QuantityQualifier::Exact << u"认领率100%"_s;
        QTest::newRow("003 175余场次") << u"003"_s << u"175余场次"_s << u"175"_s << u"场次"_s << Dz::QuantityQualifier::AtLeast << u"普法活动175余场次"_s;
        QTest::newRow("003 5567户次") << u"003"_s << u"5567户次"_s << u"5567"_s << u"户次"_s << Dz::QuantityQualifier::Exact << u"检查5567户次"_s;
        QTest::newRow("003 314件") << u"003"_s << u"314件"_s << u"314"_s << u"件"_s << Dz::QuantityQualifier::Exact << u"行政处罚案件314件"_s;
        QTest::newRow("003 700余起") << u"003"_s << u"700余起"_s << u"700"_s << u"起"_s << Dz::QuantityQualifier::AtLeast << u"共计700余起"_s;
        QTest::newRow("003 80余万元") << u"003"_s << u"80余万元"_s << u"800000"_s << u"元"_s << Dz::QuantityQualifier::AtLeast << u"法治经费80余万元"_s;
        QTest::newRow("003 20余万份") << u"003"_s << u"20余万份"_s << u"200000"_s << u"份"_s << Dz::QuantityQualifier::AtLeast << u"20余万份"_s;
        QTest::newRow("003 7天") << u"003"_s << u"7天"_s << u"7"_s << u"天"_s << Dz::QuantityQualifier::Exact << u"为期7天"_s;
        QTest::newRow("004 18.2536万元") << u"004"_s << u"18.2536万元"_s << u"182536"_s << u"元"_s << Dz::QuantityQualifier::Exact << u"罚款金额18.2536万元"_s;
        QTest::newRow("004 6.2036万元") << u"004"_s << u"6.2036万元"_s << u"62036"_s << u"元"_s << Dz::QuantityQualifier::Exact << u"违法所得6.2036万元"_s;
        QTest::newRow("004 67件") << u"004"_s << u"67件"_s << u"67"_s << u"件"_s << Dz::QuantityQualifier::Exact << u"案件数67件"_s;
        QTest::newRow("004 13起") << u"004"_s << u"13起"_s << u"13"_s << u"起"_s << Dz::QuantityQualifier::Exact << u"宣传专项13起"_s;
        QTest::newRow("004 1500余户") << u"004"_s << u"1500余户"_s << u"1500"_s << u"户"_s << Dz::QuantityQualifier::AtLeast << u"1500余户"_s;
        QTest::newRow("004 60起") << u"004"_s << u"60起"_s << u"60"_s << u"起"_s << Dz::QuantityQualifier::Exact << u"举报事项60起"_s;
    }

    void seedSweep()
    {
        QFETCH(QString, seed);
        QFETCH(QString, expression);
        const Dz::Report report = Dz::Test::loadSeed(seed);
        const QString &text = report.text;
        const QList<Dz::Quantity> found = scanner().scan(text);
        QFETCH(QString, value);
        QFETCH(QString, unit);
        QFETCH(Dz::QuantityQualifier, qualifier);
        QFETCH(QString, context);
        const qsizetype at = text.indexOf(context);
        QVERIFY2(at >= 0, qPrintable(context));
        const Dz::Quantity *q = findExpression(text, found, expression, at);
        QVERIFY2(q && q->span.start < at + context.size(), qPrintable(u"no 「%1」 in 「%2」"_s.arg(expression, context)));
        QCOMPARE(q->value.toString(), value);
        QCOMPARE(q->unit, unit);
        QCOMPARE(q->qualifier, qualifier);
        QCOMPARE(q->span.end - q->span.start, expression.size());
    }

    // For review after a rule change: DZ_QUANTITY_DUMP=1 prints every
    // quantity found in the seeds.
    void reviewSeeds()
    {
        if (!qEnvironmentVariableIsSet("DZ_QUANTITY_DUMP"))
            QSKIP("set DZ_QUANTITY_DUMP=1 to print the seeds' quantities");
        for (const Dz::Report &report : Dz::Test::loadSeeds())
            qInfo().noquote() << report.filePath << "\n" << describeAll(report.text, scanner().scan(report.text));
    }

    void seedSpecificBounds()
    {
        const Dz::Report jiulongpo = Dz::Test::loadSeed(u"003"_s);
        const QList<Dz::Quantity> found = scanner().scan(jiulongpo.text);
        const Dz::Quantity *q = findExpression(jiulongpo.text, found, u"175余场次");
        QVERIFY(q);
        QCOMPARE(bound(q->lower), u"175"_s);
        QVERIFY(q->lowerInclusive);
        QCOMPARE(bound(q->upper), u"176"_s);
        QVERIFY(!q->upperInclusive);
        QCOMPARE(q->kind, Dz::QuantityKind::Count);

        const Dz::Report hubin = Dz::Test::loadSeed(u"004"_s);
        const QList<Dz::Quantity> money = scanner().scan(hubin.text);
        const Dz::Quantity *fine = findExpression(hubin.text, money, u"18.2536万元");
        QVERIFY(fine);
        QCOMPARE(fine->kind, Dz::QuantityKind::Money);
        QCOMPARE(fine->value, Dz::Decimal::fromParts(182536));
        QCOMPARE(substring(hubin.text, fine->numberSpan), u"18.2536"_s);
        QCOMPARE(substring(hubin.text, fine->unitSpan), u"万元"_s);
    }

    // Numbers that are no quantity: nothing found may touch them.
    void seedTraps()
    {
        static const QRegularExpression traps(
            u"〔\\d{4}〕\\d+号|\\[\\d{4}\\]|12345|20\\d\\d年度?|第\\d+期|“\\d+”|\\d+月\\d*日?|\\d{4}-\\d\\d-\\d\\d|\\d+:\\d\\d|\\d+\\.\\d+(?=国家|民法典)"_s);
        int checked = 0;
        for (const QString &path : Dz::Test::seedPaths()) {
            const Dz::Report report = Dz::ReportPipeline::readFile(path).value();
            const QList<Dz::Quantity> found = scanner().scan(report.text);
            auto it = traps.globalMatch(report.text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                ++checked;
                for (const Dz::Quantity &q : found) {
                    const bool overlaps = q.span.start < m.capturedEnd() && m.capturedStart() < q.span.end;
                    QVERIFY2(!overlaps, qPrintable(u"%1 in 「%2」"_s.arg(describe(report.text, q), m.captured())));
                }
            }
        }
        QVERIFY(checked > 40);
    }

    // Section list markers at line starts (1. 2. … 41.) are never counts.
    void seedListMarkers()
    {
        const Dz::Report binhai = Dz::Test::loadSeed(u"000"_s);
        const QList<Dz::Quantity> found = scanner().scan(binhai.text);
        static const QRegularExpression marker(u"^\\s*(?:\\[[^\\]]*\\])?(\\d+)[.、]"_s, QRegularExpression::MultilineOption);
        int markers = 0;
        auto it = marker.globalMatch(binhai.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            ++markers;
            for (const Dz::Quantity &q : found)
                QVERIFY2(!q.span.contains(m.capturedStart(1)), qPrintable(describe(binhai.text, q)));
        }
        QCOMPARE(markers, 42); // 1. … 41. and 4、
    }

    // ---- the data file ----

    void builtInMeasureWords()
    {
        const QStringList words = scanner().measureWords();
        // Longest first, so that 人次 is tried before 人.
        for (qsizetype i = 1; i < words.size(); ++i)
            QVERIFY(words.at(i - 1).size() >= words.at(i).size());
        for (const QString &w : {u"件"_s, u"起"_s, u"次"_s, u"场次"_s, u"人次"_s, u"户次"_s, u"万元"_s, u"元"_s, u"个月"_s, u"小时"_s, u"批次"_s})
            QVERIFY2(words.contains(w), qPrintable(w));
        QVERIFY(!words.contains(u"年"_s));
    }

    void fromFileFailures_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("syntax") << QByteArray("{\"format\": ") << u"JSON syntax error"_s;
        QTest::newRow("format") << QByteArray(R"({"format": "duizhao-scheme", "version": 1})") << u"format"_s;
        QTest::newRow("version") << QByteArray(R"({"format": "duizhao-measure-words", "version": 2})") << u"version"_s;
        QTest::newRow("no words") << QByteArray(R"({"format": "duizhao-measure-words", "version": 1, "measureWords": []})") << u"at least one"_s;
        QTest::newRow("bad kind") << QByteArray(R"({"format": "duizhao-measure-words", "version": 1, "measureWords": [{"word": "件", "kind": "weight"}]})")
                                  << u"entry 1"_s;
        QTest::newRow("twice") << QByteArray(
            R"({"format": "duizhao-measure-words", "version": 1, "measureWords": [{"word": "件", "kind": "count"}, {"word": "件", "kind": "count"}]})")
                               << u"listed twice"_s;
        QTest::newRow("bad qualifier") << QByteArray(
            R"({"format": "duizhao-measure-words", "version": 1, "measureWords": [{"word": "件", "kind": "count"}], "prefixQualifiers": [{"word": "约", "qualifier": "about"}]})")
                                       << u"qualifier"_s;
    }

    void fromFileFailures()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"words.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"rejected measure-word file"_s));
        const auto scanner = Dz::QuantityScanner::fromFile(path);
        QVERIFY(!scanner);
        QVERIFY2(scanner.error().contains(reason), qPrintable(scanner.error()));
        QVERIFY(scanner.error().contains(path));
    }

    void fromFileMinimal()
    {
        QVERIFY(!Dz::QuantityScanner::fromFile(u"/nonexistent/words.json"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"words.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format": "duizhao-measure-words", "version": 1, "measureWords": [{"word": "件", "kind": "count"}, {"word": "万元", "unit": "元", "exponent": 4, "kind": "money"}]})");
        file.close();
        const auto loaded = Dz::QuantityScanner::fromFile(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->measureWords(), (QStringList {u"万元"_s, u"件"_s}));
        // Only its own words: 次 is no measure word here, so 三次 is no number.
        const QString text = u"处罚3件，罚款2.5万元，三次"_s;
        const QList<Dz::Quantity> found = loaded->scan(text);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).value.toString(), u"25000"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuantityScanner)
#include "tst_quantityscanner.moc"
