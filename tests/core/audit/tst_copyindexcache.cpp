// CopyIndexCache: the copy index kept between audits gives the findings a
// fresh index gives, fingerprinting only bodies it has not seen.

#include "audit/copyindexcache.h"
#include "base/parallelgrain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// Paragraphs written for this test; none shares 13 characters with another.
const QStringList &paragraphs()
{
    static const QStringList p {
        u"石门县司法局聚焦群众反映强烈的行政执法突出问题，对全县二十三个执法部门开展专项评查，发现并整改案卷瑕疵一百余处。"_s,
        u"我们在全县推行行政执法公示制度，执法主体、权限、依据、程序和结果一律在政府门户网站公开，接受社会监督。"_s,
        u"为了化解基层矛盾纠纷，各乡镇普遍设立人民调解委员会，村（社区）配备专兼职调解员，调解成功率保持在九成以上。"_s,
        u"县政府常务会议全年听取法治政府建设专题汇报两次，研究解决执法力量不足、法律顾问经费保障等具体问题。"_s,
        u"北湖区城市管理局对占道经营、违规设置广告牌等行为实行首违不罚清单管理，引导商户自觉整改。"_s,
        u"区自然资源部门完成了农村宅基地确权登记颁证工作，对历史遗留问题逐宗研判、分类处置。"_s,
        u"在重大行政决策方面，凡涉及群众切身利益的事项均组织听证或者座谈，并将采纳意见情况向社会反馈。"_s,
        u"青山镇推进村级公共法律服务工作室建设，每周安排律师驻点值班，为留守老人代写法律文书。"_s,
    };
    return p;
}

// Bodies by paragraph numbers; "1'" is body 1 with paragraph 5 appended;
// "1@2024" body 1 reporting on 2024, "1#k" written by body k.
CopyIndexCache::Body body(QString name)
{
    ReportOrder order;
    QString key;
    if (const qsizetype hash = name.indexOf(u'#'); hash >= 0) {
        key = name.mid(hash + 1);
        name.truncate(hash);
    }
    if (const qsizetype at = name.indexOf(u'@'); at >= 0) {
        order.year = name.mid(at + 1).toInt();
        name.truncate(at);
    }
    static const QHash<QString, QList<int>> recipes {
        {u"0"_s, {0, 1, 2}},
        {u"1"_s, {3, 1}},
        {u"2"_s, {4, 5}},
        {u"3"_s, {5, 6, 0}},
        {u"4"_s, {7}},
        {u"1'"_s, {3, 1, 5}},
    };
    QString base = name;
    const bool excluding = base.endsWith(u'x');
    if (excluding)
        base.chop(1);
    QStringList text;
    for (const int p : recipes.value(base))
        text.append(paragraphs().at(p));
    CopyIndexCache::Body b {text.join(u'\n'), {}, key, order};
    // "1x": body 1 with its first paragraph left out (a title, a 落款).
    if (excluding)
        b.excluded.append({0, paragraphs().at(recipes.value(base).first()).size()});
    return b;
}

QList<CopyIndexCache::Body> bodies(const QString &names)
{
    QList<CopyIndexCache::Body> list;
    for (const QString &name : names.split(u' ', Qt::SkipEmptyParts))
        list.append(body(name));
    return list;
}

QString describe(const CopyFindings &f)
{
    QStringList out {u"body %1 copied %2 %3 %4"_s.arg(f.bodyLength)
            .arg(f.length(CopyDirection::Copied))
            .arg(f.length(CopyDirection::CopiedBy))
            .arg(f.length(CopyDirection::Shared))};
    for (const CopiedPassage &p : f.passages)
        out.append(u"passage %1-%2 %3 %4 at %5-%6 (%7%8)"_s.arg(p.span.start)
                .arg(p.span.end)
                .arg(int(p.direction))
                .arg(p.other)
                .arg(p.otherSpan.start)
                .arg(p.otherSpan.end)
                .arg(p.length)
                .arg(p.sameBody ? u", same body"_s : QString()));
    for (const BoilerplatePassage &b : f.boilerplate)
        out.append(u"boilerplate %1-%2%3"_s.arg(b.span.start).arg(b.span.end).arg(b.formula ? u" formula"_s : QString()));
    return out.join(u"; "_s);
}

// What a fresh index says of every body.
QStringList freshFindings(const QList<CopyIndexCache::Body> &list)
{
    CopyIndex fresh;
    for (const CopyIndexCache::Body &b : list)
        fresh.add(b.matchText, b.excluded, b.body, b.order);
    QStringList out;
    for (int i = 0; i < fresh.size(); ++i)
        out.append(describe(fresh.findings(i)));
    return out;
}

QStringList findingsOf(const CopyIndex &index)
{
    QStringList out;
    for (int i = 0; i < index.size(); ++i)
        out.append(describe(index.findings(i)));
    return out;
}

} // namespace

class TestCopyIndexCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheComparison_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("fingerprintedAfterSecond");
        QTest::newRow("the same again") << u"0 1 2 3 4"_s << u"0 1 2 3 4"_s << 5;
        QTest::newRow("reports added") << u"0 1"_s << u"0 1 2 3 4"_s << 5;
        QTest::newRow("a report dropped") << u"0 1 2 3 4"_s << u"0 2 3 4"_s << 5;
        QTest::newRow("the first dropped") << u"0 1 2 3"_s << u"1 2 3"_s << 4;
        QTest::newRow("reordered") << u"0 1 3"_s << u"3 0 1"_s << 3;
        QTest::newRow("dropped and added") << u"0 1 2"_s << u"0 2 3"_s << 4;
        QTest::newRow("a text changed") << u"0 1 3"_s << u"0 1' 3"_s << 4;
        QTest::newRow("what is left out changed") << u"0 1 3"_s << u"0 1x 3"_s << 4;
        QTest::newRow("all gone") << u"0 1"_s << u""_s << 2;
        // The analyst's identity changes a report's year or body: indexed
        // anew, no body fingerprinted again.
        QTest::newRow("a year given") << u"0 1 3"_s << u"0 1@2024 3"_s << 3;
        QTest::newRow("years given, one body") << u"0@2022#a 1@2023#a 3@2024#b"_s << u"0@2022#a 1@2023#b 3@2024#b"_s << 3;
    }

    void followsTheComparison()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(int, fingerprintedAfterSecond);
        CopyIndexCache cache;
        QVERIFY(cache.update(bodies(first)));
        QCOMPARE(cache.fingerprinted(), int(bodies(first).size()));
        QCOMPARE(findingsOf(cache.index()), freshFindings(bodies(first)));
        int reported = -1;
        QVERIFY(cache.update(bodies(second), [&reported](int done) {
            reported = done;
            return true;
        }));
        QCOMPARE(reported, int(bodies(second).size()));
        QCOMPARE(cache.fingerprinted(), fingerprintedAfterSecond);
        QCOMPARE(cache.index().size(), int(bodies(second).size()));
        QVERIFY(cache.bodies() == bodies(second));
        QCOMPARE(findingsOf(cache.index()), freshFindings(bodies(second)));
    }

    // The test material copies: findings that agree are not agreeing on nothing.
    void materialCopies()
    {
        const QStringList findings = freshFindings(bodies(u"0 1 2 3"_s));
        QVERIFY2(findings.at(1).contains(u" 0 at"_s), qPrintable(findings.at(1)));
        QVERIFY2(findings.at(3).contains(u" 2 at"_s), qPrintable(findings.at(3)));
        QVERIFY2(findings.at(3).contains(u" 0 at"_s), qPrintable(findings.at(3)));
        // With years, which took from which.
        const QStringList ordered = freshFindings(bodies(u"0@2022#a 1@2023#a 2@2023#b 3@2024#c"_s));
        QVERIFY2(ordered.at(1).contains(u"passage"_s) && ordered.at(1).contains(u", same body"_s), qPrintable(ordered.at(1)));
        QVERIFY(freshFindings(bodies(u"0@2023 1@2024 3"_s)).at(1) != freshFindings(bodies(u"0 1 3"_s)).at(1));
        QVERIFY(freshFindings(bodies(u"0 1x"_s)).at(1) != freshFindings(bodies(u"0 1"_s)).at(1));
        QVERIFY(freshFindings(bodies(u"0 1' 3"_s)).at(1) != freshFindings(bodies(u"0 1 3"_s)).at(1));
    }

    // Stopped midway, the index holds what was done and goes on from there
    // (the bodies not indexed are fingerprinted then).
    void stopsAndResumes()
    {
        CopyIndexCache cache;
        QVERIFY(!cache.update(bodies(u"0 1 2 3"_s), [](int done) {
            return done < 2;
        }));
        QCOMPARE(cache.index().size(), 2);
        QVERIFY(cache.bodies() == bodies(u"0 1"_s));
        const int stopped = cache.fingerprinted();
        QVERIFY(stopped >= 2);
        QVERIFY(cache.update(bodies(u"0 1 2 3"_s)));
        QCOMPARE(cache.fingerprinted(), stopped + 2);
        QCOMPARE(findingsOf(cache.index()), freshFindings(bodies(u"0 1 2 3"_s)));
    }

    // More reports than are fingerprinted together: the same index.
    void manyReports()
    {
        QStringList names;
        for (int i = 0; i < 90; ++i)
            names.append(QString::number(i % 5));
        const QList<CopyIndexCache::Body> list = bodies(names.join(u' '));
        CopyIndexCache cache;
        int calls = 0;
        QVERIFY(cache.update(list.mid(0, 40), [&calls](int) {
            ++calls;
            return true;
        }));
        QVERIFY(calls > 2);
        QVERIFY(cache.update(list));
        QCOMPARE(cache.fingerprinted(), 90);
        QCOMPARE(findingsOf(cache.index()), freshFindings(list));
        // Reversed: made anew, nothing fingerprinted.
        QList<CopyIndexCache::Body> reversed(list.crbegin(), list.crend());
        QVERIFY(cache.update(reversed));
        QCOMPARE(cache.fingerprinted(), 90);
        QCOMPARE(findingsOf(cache.index()), freshFindings(reversed));
    }

    // Long bodies are fingerprinted on several cores at once (short ones on
    // the calling thread, as above): the same index.
    void longBodies()
    {
        QList<CopyIndexCache::Body> list = bodies(u"0 1 2 3 4 1' 3x"_s);
        qsizetype characters = 0;
        for (CopyIndexCache::Body &b : list) {
            // Each body's own text again and again, with a line that is its own.
            const QString own = b.matchText;
            for (int k = 0; k < 30; ++k)
                b.matchText += u"\n"_s + own + u"（第%1遍）"_s.arg(k);
            characters += b.matchText.size();
        }
        // More than the grain of work worth other cores (base/parallelgrain.h).
        QVERIFY(worthOtherCores(list.size(), characters));
        CopyIndexCache cache;
        QVERIFY(cache.update(list));
        QCOMPARE(cache.fingerprinted(), int(list.size()));
        QCOMPARE(findingsOf(cache.index()), freshFindings(list));
    }
};

QTEST_GUILESS_MAIN(TestCopyIndexCache)
#include "tst_copyindexcache.moc"
