// QuantityMatcher::scanAt() step by step: the pieces QuantityReader reads
// (numbers, digit pairs, measure words, fractions, ranges), the numbers
// NumberFilter sets aside, and the matcher's own steps (approximation,
// multiplier, unit, range, bounds, qualifiers), with the built-in measure
// words. Whole expressions are read in tst_quantityscanner.

#include "base/widthfolding.h"
#include "quantities/quantitymatcher.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz::Internal;

namespace
{

QString optionalText(const std::optional<Dz::Decimal> &d)
{
    return d ? d->toString() : u"-"_s;
}

} // namespace

class TestQuantitySteps : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const QuantityRules> m_rules;

    // The expression at the first number of @p text, read up to its unit.
    QuantityExpression readToUnit(const QuantityMatcher &m, qsizetype pos) const
    {
        QuantityExpression e;
        if (!m.reader().readNumberAt(pos, &e.lo))
            qFatal("no number at %lld", qlonglong(pos));
        e.q.numberSpan = {e.lo.start, e.lo.end};
        e.q.value = e.lo.value;
        e.start = e.lo.start;
        e.end = e.lo.end;
        m.readApproximation(&e);
        m.readMultiplier(&e);
        m.readUnit(&e);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(u":/duizhao/reading/measure-words.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto rules = readQuantityRules(file.readAll(), file.fileName());
        QVERIFY2(rules.isValid(), qPrintable(rules.error()));
        m_rules = rules.value();
    }

    // ---- the reader ----

    void startsNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<bool>("starts");
        QTest::newRow("a digit") << u"共7起"_s << 1 << true;
        QTest::newRow("十") << u"十余家"_s << 0 << true;
        QTest::newRow("数十") << u"数十家"_s << 0 << true;
        QTest::newRow("次数 ends a word") << u"次数十分多"_s << 1 << false;
        QTest::newRow("上万") << u"上万人"_s << 0 << true;
        QTest::newRow("上 alone") << u"上级"_s << 0 << false;
        QTest::newRow("百余") << u"百余人"_s << 0 << true;
        QTest::newRow("千分之") << u"千分之三"_s << 0 << true;
        QTest::newRow("近万 after a qualifier") << u"近万人"_s << 1 << true;
        QTest::newRow("万 in a word") << u"万物"_s << 0 << false;
    }

    void startsNumber()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(bool, starts);
        const QuantityReader reader(*m_rules, text);
        QCOMPARE(reader.startsNumber(pos, 0), starts);
    }

    void readNumberAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("read");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("bounds"); // vague lower and upper
        QTest::newRow("Arabic") << u"46户"_s << true << u"46"_s << u"- -"_s;
        QTest::newRow("a digit pair before a measure word") << u"七八十人"_s << true << u"70"_s << u"70 80"_s;
        QTest::newRow("三五 before a measure word") << u"三五天"_s << true << u"3"_s << u"3 5"_s;
        QTest::newRow("a digit pair in a word") << u"三四线城市"_s << true << u"3"_s << u"- -"_s;
        QTest::newRow("数百") << u"数百家"_s << true << u"100"_s << u"100 900"_s;
        QTest::newRow("上千") << u"上千人"_s << true << u"1000"_s << u"1000 -"_s;
        QTest::newRow("a bare 千 before 余") << u"千余件"_s << true << u"1000"_s << u"- -"_s;
        QTest::newRow("以上万元 is no 上万") << u"以上万元"_s << false << QString() << QString();
    }

    void readNumberAt()
    {
        QFETCH(QString, text);
        QFETCH(bool, read);
        QFETCH(QString, value);
        QFETCH(QString, bounds);
        const QuantityReader reader(*m_rules, text);
        Dz::NumberReading n;
        const qsizetype pos = text.startsWith(u"以"_s) ? 1 : 0;
        QCOMPARE(reader.readNumberAt(pos, &n), read);
        if (!read)
            return;
        QCOMPARE(n.value.toString(), value);
        QCOMPARE(optionalText(n.vagueLower) + u' ' + optionalText(n.vagueUpper), bounds);
    }

    void skips()
    {
        const QString text = u"十四五规划，编号12345678901234567890123。"_s;
        const QuantityReader reader(*m_rules, text);
        QCOMPARE(reader.skipRun(0), qsizetype(3));
        QCOMPARE(reader.skipDigits(8), qsizetype(31));
        QCOMPARE(reader.skipDigits(0), qsizetype(1));
    }

    void unitAfter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit"); // as written
        QTest::addColumn<bool>("inNumber");
        QTest::newRow("after the number") << u"罚款30元"_s << u"元"_s << false;
        QTest::newRow("万元 starts in the number") << u"罚款18.2536万元"_s << u"万元"_s << true;
        QTest::newRow("after a space") << u"检查6180 户次"_s << u"户次"_s << false;
        QTest::newRow("longest first") << u"培训120人次"_s << u"人次"_s << false;
        QTest::newRow("none") << u"编号55"_s << QString() << false;
    }

    void unitAfter()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        QFETCH(bool, inNumber);
        const QuantityReader reader(*m_rules, text);
        Dz::NumberReading n;
        QVERIFY(reader.readNumberAt(2, &n));
        const QuantityReader::Unit u = reader.unitAfter(n, n.end);
        QCOMPARE(u.word ? text.mid(u.start, u.end() - u.start) : QString(), unit);
        QCOMPARE(u.inNumber, inNumber);
    }

    void qualifierWords()
    {
        const QString text = u"节约20元，约20元，至少5次，5次以上"_s;
        const QuantityReader reader(*m_rules, text);
        const auto word = [](const QualifierWord *q) {
            return q ? q->word : QString();
        };
        QCOMPARE(word(reader.prefixBefore(2, 0)), QString()); // 节约 is no 约
        QCOMPARE(word(reader.prefixBefore(7, 0)), u"约"_s);
        QCOMPARE(word(reader.prefixBefore(7, 7)), QString()); // not before the floor
        QCOMPARE(word(reader.prefixBefore(13, 0)), u"至少"_s);
        QCOMPARE(word(reader.suffixAt(18)), u"以上"_s);
        QCOMPARE(word(reader.suffixAt(17)), QString());
    }

    void fractions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("end"); // -1: none
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("三分之二") << u"三分之二"_s << 4 << u"0.6666666667"_s << QString();
        QTest::newRow("百分之八十") << u"百分之八十"_s << 5 << u"80"_s << u"%"_s;
        QTest::newRow("百分之百") << u"百分之百"_s << 4 << u"100"_s << u"%"_s;
        QTest::newRow("1/4") << u"1/4"_s << 3 << u"0.25"_s << QString();
        QTest::newRow("a date with slashes is no share") << u"3/12/2024"_s << -1 << QString() << QString();
        QTest::newRow("more than the whole") << u"5/3"_s << -1 << QString() << QString();
        QTest::newRow("no 分之") << u"三人"_s << -1 << QString() << QString();
    }

    void fractions()
    {
        QFETCH(QString, text);
        QFETCH(int, end);
        QFETCH(QString, value);
        QFETCH(QString, unit);
        const QuantityReader reader(*m_rules, text);
        Dz::NumberReading n;
        QVERIFY(reader.readNumberAt(0, &n));
        Dz::Quantity q;
        QCOMPARE(reader.fractionAt(n, &q), qsizetype(end));
        if (end < 0)
            return;
        QCOMPARE(q.value.toString(), value);
        QCOMPARE(q.unit, unit);
    }

    void rangeAfter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("upper"); // empty: no range
        QTest::addColumn<int>("skipTo"); // -1: none
        QTest::newRow("3-5次") << u"3-5次"_s << u"5"_s << -1;
        QTest::newRow("三至五次") << u"三至五次"_s << u"5"_s << -1;
        QTest::newRow("两到三万") << u"两到三万"_s << u"30000"_s << -1;
        QTest::newRow("years are no range") << u"2020-2025年"_s << QString() << 10;
        QTest::newRow("different measures") << u"3次-5人"_s << QString() << -1;
        QTest::newRow("no connector") << u"3次"_s << QString() << -1;
    }

    void rangeAfter()
    {
        QFETCH(QString, text);
        QFETCH(QString, upper);
        QFETCH(int, skipTo);
        const QString folded = Dz::foldWidth(text);
        const QuantityReader reader(*m_rules, folded);
        Dz::NumberReading n;
        QVERIFY(reader.readNumberAt(0, &n));
        const QuantityReader::Unit unit = reader.unitAfter(n, n.end);
        qsizetype skip = -1;
        const auto hi = reader.rangeAfter(unit.word ? unit.end() : n.end, unit, 0, &skip);
        QCOMPARE(hi ? hi->number.value.toString() : QString(), upper);
        QCOMPARE(skip, qsizetype(skipTo));
    }

    // ---- the filter ----

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<int>("resume"); // -1: not rejected
        QTest::newRow("a count") << u"办理45件"_s << 2 << -1;
        QTest::newRow("a date, skipped whole") << u"于2025-02-24召开"_s << 1 << 11;
        QTest::newRow("a time") << u"9:30开会"_s << 0 << 4;
        QTest::newRow("a list marker") << u"3、加强培训"_s << 0 << 1;
        QTest::newRow("a model") << u"推广5G应用"_s << 2 << 4;
        QTest::newRow("a phone number with a leading zero") << u"电话0731"_s << 2 << 6;
        QTest::newRow("an ordinal range with its measure") << u"第2-4批"_s << 1 << 5;
        QTest::newRow("a word-internal numeral") << u"统一标准"_s << 1 << 2;
        QTest::newRow("a financial digit alone") << u"队伍建设"_s << 1 << 2;
        QTest::newRow("a fixed phrase") << u"落实八项规定"_s << 2 << 6;
    }

    void rejected()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(int, resume);
        const QuantityReader reader(*m_rules, text);
        const NumberFilter filter(reader);
        Dz::NumberReading n;
        if (!reader.startsNumber(pos, 0) || !reader.readNumberAt(pos, &n)) {
            QCOMPARE(resume, -1);
            return;
        }
        QCOMPARE(filter.rejectedAt(n, 0), qsizetype(resume));
    }

    void namesAndWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("names"); // scanAt finds no quantity there
        QTest::newRow("a hotline") << u"拨打12345反映"_s << true;
        QTest::newRow("a year") << u"截至2024，"_s << true;
        QTest::newRow("a number run into a word") << u"80后干部"_s << true;
        QTest::newRow("a bare count") << u"累计45，"_s << false;
        QTest::newRow("一律") << u"一律公开"_s << true;
        QTest::newRow("一个新台阶") << u"迈上一个新台阶"_s << true;
        QTest::newRow("二次供水") << u"做好二次供水"_s << true;
        QTest::newRow("两次") << u"召开两次"_s << false;
        QTest::newRow("一人一档") << u"实行一人一档"_s << true;
        QTest::newRow("十余次") << u"开展十余次"_s << false;
    }

    void namesAndWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, names);
        QuantityMatcher matcher(*m_rules, text);
        QCOMPARE(matcher.run().isEmpty(), names);
    }

    // ---- the matcher's steps ----

    void approximation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("bounds"); // lower and upper after setBounds()
        QTest::addColumn<QString>("unit");
        QTest::newRow("余 after tens") << u"30余家"_s << u"30"_s << u"30 40"_s << u"家"_s;
        QTest::newRow("多 after a last digit") << u"128多人"_s << u"128"_s << u"128 129"_s << u"人"_s;
        QTest::newRow("余 with a multiplier") << u"20余万份"_s << u"200000"_s << u"200000 300000"_s << u"份"_s;
        QTest::newRow("余 before 万元") << u"80余万元"_s << u"800000"_s << u"800000 900000"_s << u"元"_s;
        QTest::newRow("几 after ten") << u"十几次"_s << u"10"_s << u"11 19"_s << u"次"_s;
        QTest::newRow("几 after tens") << u"二十几人"_s << u"20"_s << u"21 29"_s << u"人"_s;
        QTest::newRow("exact") << u"7场"_s << u"7"_s << u"7 7"_s << u"场"_s;
    }

    void approximation()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, bounds);
        QFETCH(QString, unit);
        const QuantityMatcher m(*m_rules, text);
        QuantityExpression e = readToUnit(m, 0);
        QCOMPARE(m.readRange(&e), qsizetype(-1));
        QVERIFY(!e.hi);
        m.setBounds(&e);
        QCOMPARE(e.q.value.toString(), value);
        QCOMPARE(optionalText(e.q.lower) + u' ' + optionalText(e.q.upper), bounds);
        QCOMPARE(e.unit.word ? e.unit.word->unit : QString(), unit);
        QCOMPARE(e.end, text.size());
    }

    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<int>("resume"); // -1: the expression goes on
        QTest::newRow("a count") << u"5件"_s << 0 << -1;
        QTest::newRow("a year") << u"2024年"_s << 0 << 5;
        QTest::newRow("a month") << u"9月"_s << 0 << 2;
        QTest::newRow("minutes of a time") << u"9时30分"_s << 2 << 5;
        QTest::newRow("points of a score") << u"得分30分"_s << 2 << -1;
    }

    void units()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(int, resume);
        const QuantityMatcher m(*m_rules, text);
        QuantityExpression e;
        QVERIFY(m.reader().readNumberAt(pos, &e.lo));
        e.start = e.lo.start;
        e.end = e.lo.end;
        QCOMPARE(m.readUnit(&e), qsizetype(resume));
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("resume"); // -1: goes on
        QTest::addColumn<QString>("bounds"); // empty: no range
        QTest::newRow("a range") << u"3-5次"_s << -1 << u"3 5"_s;
        QTest::newRow("the upper end lends its multiplier") << u"两到三万人"_s << -1 << u"20000 30000"_s;
        QTest::newRow("and its percent sign") << u"5-10%"_s << -1 << u"5 10"_s;
        QTest::newRow("万元 on both ends") << u"2万-3万元"_s << -1 << u"20000 30000"_s;
        QTest::newRow("a span of years") << u"2024-2025"_s << 9 << QString();
        QTest::newRow("upside down is no range") << u"5-3次"_s << -1 << QString();
    }

    void ranges()
    {
        QFETCH(QString, text);
        QFETCH(int, resume);
        QFETCH(QString, bounds);
        const QuantityMatcher m(*m_rules, text);
        QuantityExpression e = readToUnit(m, 0);
        QCOMPARE(m.readRange(&e), qsizetype(resume));
        if (resume >= 0)
            return;
        QCOMPARE(e.hi.has_value(), !bounds.isEmpty());
        if (e.hi)
            QCOMPARE(optionalText(e.q.lower) + u' ' + optionalText(e.q.upper), bounds);
    }

    void qualifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("bounds");
        QTest::newRow("以上 after") << u"60人以上"_s << 0 << u"60人以上"_s << u"60 -"_s;
        QTest::newRow("约 before") << u"约60人"_s << 1 << u"约60人"_s << u"- -"_s;
        QTest::newRow("不到 before") << u"不到60人"_s << 2 << u"不到60人"_s << u"- 60"_s;
        QTest::newRow("none") << u"60人"_s << 0 << u"60人"_s << u"60 60"_s;
    }

    void qualifiers()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(QString, span);
        QFETCH(QString, bounds);
        const QuantityMatcher m(*m_rules, text);
        QuantityExpression e = readToUnit(m, pos);
        m.readRange(&e);
        m.setBounds(&e);
        m.readQualifiers(&e);
        QCOMPARE(text.mid(e.start, e.end - e.start), span);
        QCOMPARE(optionalText(e.q.lower) + u' ' + optionalText(e.q.upper), bounds);
        QVERIFY(!m.namesRatherThanCounts(e));
    }
};

QTEST_GUILESS_MAIN(TestQuantitySteps)
#include "tst_quantitysteps.moc"
