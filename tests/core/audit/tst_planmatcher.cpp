// Plans followed up by meaning: StatementComparer (the weakness layer's
// comparison of statements) and PlanMatcher on the follow-up material of
// tests/data/followups (pairs and a chain of one body's years, for bodies of
// every level and kind; accuracy per status, printed by accuracy.py there).

#include "audit/planmatcher.h"
#include "audit/recurrencematcher.h"
#include "weaknesses/statementcomparer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

const WeaknessClassifier &classifier()
{
    static const WeaknessClassifier c(WeaknessCatalog::builtIn().value());
    return c;
}

struct Labelled {
    QString status;
    QString text;
    int line = 0;
};

struct FollowUpCase {
    QString file;
    QList<Labelled> plans;
    QString next;
    QList<Labelled> shortcomings;
    QStringList nextShortcomings;
};

// The material: the folder's own files, or a set in a subfolder (blind/, blind2/:
// each written by someone who saw only the format and the statuses' meaning).
QString dataDir(const QString &set = {})
{
    return QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/followups"_s + (set.isEmpty() ? QString() : u'/' + set);
}

FollowUpCase readCase(const QString &path)
{
    FollowUpCase c;
    c.file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QString block;
    int number = 0;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        ++number;
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u'[')) {
            block = line.trimmed();
            continue;
        }
        const QStringList cols = line.split(u'\t');
        if (block == u"[plans]"_s && cols.size() == 2)
            c.plans.append({cols.at(0), cols.at(1), number});
        else if (block == u"[next]"_s)
            c.next += line + u'\n';
        else if (block == u"[next-plans]"_s)
            continue; // the next year's P4: the audit never reads it as evidence
        else if (block == u"[shortcomings]"_s && cols.size() == 2)
            c.shortcomings.append({cols.at(0), cols.at(1), number});
        else if (block == u"[next-shortcomings]"_s)
            c.nextShortcomings.append(line);
        else
            qFatal("%s:%d: not of the format (see README.md)", qPrintable(path), number);
    }
    return c;
}

QList<FollowUpCase> cases(const QString &set = {})
{
    static QHash<QString, QList<FollowUpCase>> read;
    if (!read.contains(set)) {
        QList<FollowUpCase> &out = read[set];
        const QDir dir(dataDir(set));
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            out.append(readCase(dir.filePath(name)));
    }
    return read[set];
}

QString statusWord(FollowUpStatus s)
{
    switch (s) {
    case FollowUpStatus::Reported:
        return u"reported"_s;
    case FollowUpStatus::Partly:
        return u"partly"_s;
    case FollowUpStatus::NotReported:
        break;
    }
    return u"not"_s;
}

// Every plan of the material with what the matcher gives it (a copy of the
// one list made, implicitly shared).
struct Outcome {
    QString where;
    QString expected;
    QString got;
    QString plan;
    PlanMatch match;
};

QList<Outcome> outcomes(const QString &set = {})
{
    static QHash<QString, QList<Outcome>> given;
    if (given.contains(set))
        return given[set];
    QList<Outcome> &out = given[set];
    for (const FollowUpCase &c : cases(set)) {
        const PlanMatcher matcher(classifier(), PlanMatcher::sentences(c.next, {0, c.next.size()}));
        for (const Labelled &p : c.plans) {
            const PlanMatch m = matcher.match(p.text);
            out.append({u"%1:%2"_s.arg(c.file).arg(p.line), p.status, statusWord(m.status), p.text, m});
        }
    }
    // accuracy.py reads them from here (the set it names in DUIZHAO_FOLLOWUP_SET).
    const QByteArray path = qgetenv("DUIZHAO_FOLLOWUP_RESULTS");
    if (!path.isEmpty() && qEnvironmentVariable("DUIZHAO_FOLLOWUP_SET") == set) {
        QFile f(QString::fromLocal8Bit(path));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            for (const Outcome &o : std::as_const(out)) {
                QStringList aims;
                for (const PlanAim &a : o.match.aims)
                    aims.append(u"%1|%2|%3|%4"_s.arg(a.weight).arg(a.score).arg(a.admission).arg(a.headline ? 1 : 0));
                f.write(u"%1\t%2\t%3\t%4\t%5\n"_s.arg(o.where, o.expected, o.got, o.plan, aims.join(u' ')).toUtf8());
            }
        }
    }
    return out;
}

} // namespace

class TestPlanMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void material();
    void accuracyPerStatus_data();
    void accuracyPerStatus();
    void evidence();
    void comparerSynonyms_data();
    void comparerSynonyms();
    void wordsWeighedByCorpus();
    void boundsHold_data();
    void boundsHold();
    void clauses_data();
    void clauses();
    void plansAndAdmissionsAreNotDeeds_data();
    void plansAndAdmissionsAreNotDeeds();
    void aimsWithoutListMarkers_data();
    void aimsWithoutListMarkers();
    void recurrence_data();
    void recurrence();
    void recurrenceSigns_data();
    void recurrenceSigns();
};

void TestPlanMatcher::material()
{
    QVERIFY(cases().size() >= 10);
    QVERIFY(cases(u"blind"_s).size() >= 8);
    QVERIFY(cases(u"blind2"_s).size() >= 8);
    int plans = 0;
    QSet<QString> statuses;
    for (const FollowUpCase &c : cases()) {
        QVERIFY2(!c.plans.isEmpty() && !c.next.isEmpty(), qPrintable(c.file));
        plans += int(c.plans.size());
        for (const Labelled &p : c.plans) {
            QVERIFY2(QStringList({u"reported"_s, u"partly"_s, u"not"_s}).contains(p.status), qPrintable(u"%1:%2"_s.arg(c.file).arg(p.line)));
            statuses.insert(p.status);
        }
    }
    QVERIFY(plans >= 50);
    QCOMPARE(statuses.size(), 3);
}

void TestPlanMatcher::accuracyPerStatus_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("floor");
    QTest::newRow("reported") << QString() << u"reported"_s << 0.8;
    QTest::newRow("partly") << QString() << u"partly"_s << 0.6;
    QTest::newRow("not") << QString() << u"not"_s << 0.8;
    // Written blind, with the hard cases on purpose (a plan reported only by
    // its result, in other words): what unseen reports do, all statuses at once.
    QTest::newRow("blind") << u"blind"_s << QString() << 0.6;
    QTest::newRow("blind 2") << u"blind2"_s << QString() << 0.6;
}

void TestPlanMatcher::accuracyPerStatus()
{
    QFETCH(QString, set);
    QFETCH(QString, status);
    QFETCH(double, floor);
    int n = 0;
    int ok = 0;
    QStringList misses;
    for (const Outcome &o : outcomes(set)) {
        if (!status.isEmpty() && o.expected != status)
            continue;
        ++n;
        if (o.got == o.expected)
            ++ok;
        else
            misses.append(u"%1 got %2: %3 [%4]"_s.arg(o.where, o.got, o.plan, o.match.reason));
    }
    QVERIFY(n > 0);
    QVERIFY2(double(ok) / n >= floor, qPrintable(u"%1/%2 right; missed:\n%3"_s.arg(ok).arg(n).arg(misses.join(u'\n'))));
}

void TestPlanMatcher::evidence()
{
    // Every plan found has its passage and says why; every plan not found says what was looked for.
    for (const Outcome &o : outcomes()) {
        QVERIFY2(!o.match.reason.isEmpty(), qPrintable(o.where));
        if (o.match.status == FollowUpStatus::NotReported) {
            QCOMPARE(o.match.passage, -1);
            QVERIFY(o.match.carried.isEmpty());
        } else {
            QVERIFY2(o.match.passage >= 0, qPrintable(o.where));
            QVERIFY(!o.match.carried.isEmpty());
            QVERIFY(o.match.coverage > 0 && o.match.coverage <= 1.0);
        }
        if (o.match.status == FollowUpStatus::Partly)
            QVERIFY2(!o.match.missing.isEmpty(), qPrintable(o.where));
    }
}

void TestPlanMatcher::comparerSynonyms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("same");
    QTest::addColumn<QString>("other");
    QTest::newRow("platform in other words") << u"建设行政执法监督平台，推进“互联网＋监督”"_s << u"执法人员配备移动执法终端，推行非现场执法"_s
                                             << u"组织执法人员参加法律知识培训"_s;
    QTest::newRow("staff in other words") << u"充实基层执法力量"_s << u"新招录执法队员12名，补齐人手"_s << u"完善行政裁量权基准"_s;
    QTest::newRow("disputes") << u"推动矛盾纠纷多元化解"_s << u"人民调解组织调处纠纷800件"_s << u"开展政务公开标准化建设"_s;
}

void TestPlanMatcher::comparerSynonyms()
{
    QFETCH(QString, query);
    QFETCH(QString, same);
    QFETCH(QString, other);
    const StatementComparer comparer(classifier());
    const StatementReading q = comparer.read(query);
    const MeaningOverlap near = comparer.overlap(q, comparer.read(same));
    const MeaningOverlap far = comparer.overlap(q, comparer.read(other));
    QVERIFY2(near.score > far.score, qPrintable(u"%1 vs %2"_s.arg(near.score).arg(far.score)));
    QVERIFY(!near.sharedConcepts.isEmpty());
    QVERIFY(near.concepts > 0);
    // The comparison asks how much of the query the other carries: the query carries itself whole.
    QCOMPARE(comparer.overlap(q, q).concepts, 1.0);
}

void TestPlanMatcher::wordsWeighedByCorpus()
{
    StatementComparer comparer(classifier());
    QCOMPARE(comparer.wordWeight(u"工作"_s), 1.0);
    QList<StatementReading> corpus;
    for (const QString &s : {u"推进法治宣传工作"_s, u"推进复议工作"_s, u"推进执法监督工作"_s, u"推进采砂整治"_s})
        corpus.append(comparer.read(s));
    comparer.setCorpus(corpus);
    QVERIFY(comparer.wordWeight(u"推进"_s) < 0.1);
    QVERIFY(comparer.wordWeight(u"工作"_s) < comparer.wordWeight(u"复议"_s));
    QVERIFY(comparer.wordWeight(u"复议"_s) < comparer.wordWeight(u"信访"_s));
    // A word counts where a text holds it, however that text is cut (宣传 inside 法治宣传), as it is found in a comparison.
    QCOMPARE(comparer.wordWeight(u"宣传"_s), comparer.wordWeight(u"复议"_s));
}

void TestPlanMatcher::boundsHold_data()
{
    QTest::addColumn<QString>("set");
    QTest::newRow("material") << QString();
    QTest::newRow("blind") << u"blind"_s;
    QTest::newRow("blind 2") << u"blind2"_s;
}

void TestPlanMatcher::boundsHold()
{
    // The matcher reads only the passages whose glance bounds a score high
    // enough: the bound must never be below what a reading of the passage, or
    // of any part of it (a clause, the clauses that admit, the rest), scores.
    QFETCH(QString, set);
    int compared = 0;
    int below = 0;
    for (const FollowUpCase &c : cases(set)) {
        StatementComparer weighed(classifier());
        const QList<FollowUpPassage> passages = PlanMatcher::sentences(c.next, {0, c.next.size()});
        std::vector<StatementGlance> glances;
        std::vector<StatementGlance> admittingGlances;
        for (const FollowUpPassage &p : passages) {
            admittingGlances.emplace_back();
            glances.push_back(weighed.glance(p.text, &admittingGlances.back()));
        }
        const auto all = std::make_shared<const GlanceSet>(glances);
        const GlanceSet admitting(admittingGlances);
        weighed.setCorpus(all);
        QList<StatementReading> queries;
        for (const Labelled &plan : c.plans) {
            const StatementScan scan = classifier().scan(plan.text);
            queries.append(weighed.readSpan(scan, {0, scan.text.size()}));
            for (const auto &[from, to] : StatementComparer::clauses(scan.text))
                queries.append(weighed.readSpan(scan, {from, to}));
        }
        for (const StatementReading &query : std::as_const(queries)) {
            const StatementComparer::Query q = weighed.prepare(query);
            const std::vector<double> most = weighed.bounds(q, *all);
            const std::vector<double> admits = weighed.bounds(q, admitting);
            for (int p = 0; p < passages.size(); ++p) {
                const StatementScan scan = classifier().scan(passages.at(p).text);
                QList<int> whole;
                QList<int> admittingClauses;
                QList<int> rest;
                for (int i = 0; i < scan.clauses.size(); ++i) {
                    whole.append(i);
                    (scan.clauses.at(i).deficiencies.isEmpty() ? rest : admittingClauses).append(i);
                }
                QList<QList<int>> parts {whole, rest};
                for (int i : std::as_const(whole))
                    parts.append(QList<int> {i});
                for (const QList<int> &part : std::as_const(parts)) {
                    const double score = weighed.score(q, weighed.readClauses(scan, part));
                    QVERIFY2(most[size_t(p)] >= score,
                        qPrintable(
                            u"%1: “%2” bounded %3 by “%4”, scores %5"_s.arg(c.file, query.text).arg(most[size_t(p)]).arg(passages.at(p).text).arg(score)));
                    ++compared;
                }
                if (!admittingClauses.isEmpty()) {
                    QVERIFY2(!admittingGlances[size_t(p)].folded.isEmpty(), qPrintable(passages.at(p).text));
                    const double score = weighed.score(q, weighed.readClauses(scan, admittingClauses));
                    QVERIFY2(admits[size_t(p)] >= score,
                        qPrintable(u"%1: “%2” admitting part bounded %3 by “%4”, scores %5"_s.arg(c.file, query.text)
                                .arg(admits[size_t(p)])
                                .arg(passages.at(p).text)
                                .arg(score)));
                }
                below += most[size_t(p)] < 0.4 ? 1 : 0;
            }
        }
    }
    QVERIFY(compared > 1000);
    // And it spares work: most passages cannot carry a given aim.
    qInfo("%d comparisons, %d glances bounded below 0.4", compared, below);
    QVERIFY(below > 0);
}

void TestPlanMatcher::clauses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two aims") << u"推进“互联网＋监督”，建设执法监督平台。"_s << QStringList {u"推进“互联网＋监督”"_s, u"建设执法监督平台"_s};
    QTest::newRow("short piece joins the next") << u"一是，加强培训；提升能力"_s << QStringList {u"一是，加强培训"_s, u"提升能力"_s};
    QTest::newRow("one clause") << u"开展专项整治"_s << QStringList {u"开展专项整治"_s};
}

void TestPlanMatcher::clauses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const auto &[from, to] : StatementComparer::clauses(text))
        got.append(text.mid(from, to - from).trimmed());
    QCOMPARE(got, expected);
}

void TestPlanMatcher::plansAndAdmissionsAreNotDeeds_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("admitted");
    QTest::newRow("planned again") << u"全年办理复议案件120件。\n下一步，我们将建设行政执法监督平台，推行移动执法。\n"_s << false;
    QTest::newRow("admitted still wanting") << u"全年办理复议案件120件。\n执法监督平台建设仍然滞后，移动执法终端配备不足。\n"_s << true;
    // A plan's marker holds for its sentence's parts after a ；, and over what a plan names before it.
    QTest::newRow("planned, the rest after a ；") << u"全年办理复议案件120件。\n明年工作打算：修订行政复议工作规则；建设行政执法监督平台，推行移动执法。\n"_s
                                                  << false;
    QTest::newRow("planned after what it names") << u"全年办理复议案件120件。\n建设行政执法监督平台、推行移动执法，仍是我们下一步的工作重点。\n"_s << false;
    QTest::newRow("将 and a verb") << u"全年办理复议案件120件。\n区城管局将推行移动执法，建设行政执法监督平台。\n"_s << false;
    QTest::newRow("a meeting's instruction") << u"全年办理复议案件120件。\n局务会议强调要建设行政执法监督平台，推行移动执法。\n"_s << false;
}

void TestPlanMatcher::plansAndAdmissionsAreNotDeeds()
{
    QFETCH(QString, next);
    QFETCH(bool, admitted);
    const PlanMatcher matcher(classifier(), PlanMatcher::sentences(next, {0, next.size()}));
    const PlanMatch m = matcher.match(u"建设行政执法监督平台，推行移动执法"_s);
    QCOMPARE(m.status, FollowUpStatus::NotReported);
    QCOMPARE(m.admitted, admitted);
    if (admitted)
        QVERIFY(m.admission.contains(u"滞后"_s));
    // The same deed told as done is reported.
    const QString done = u"全年办理复议案件120件。\n执法监督平台上线运行，配备移动执法终端80台。\n"_s;
    const PlanMatcher doneMatcher(classifier(), PlanMatcher::sentences(done, {0, done.size()}));
    QCOMPARE(doneMatcher.match(u"建设行政执法监督平台，推行移动执法"_s).status, FollowUpStatus::Reported);
}

void TestPlanMatcher::aimsWithoutListMarkers_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("marker");
    QTest::newRow("（三）") << u"（三）建设法治文化阵地，在商圈打造两条法治宣传示范街区"_s << u"（三）"_s;
    QTest::newRow("(2)") << u"(2)健全重大行政决策程序，落实合法性审查和风险评估"_s << u"(2)"_s;
    QTest::newRow("一是") << u"一是推进乡镇应急管理站规范化建设，配齐专职人员"_s << u"一是"_s;
    QTest::newRow("3.") << u"3. 开展行政复议应诉专题培训，提高答辩质量"_s << u"3."_s;
    QTest::newRow("十二、") << u"十二、推广移动执法终端，扩大非现场执法应用"_s << u"十二、"_s;
    QTest::newRow("第二，") << u"第二，完善街道综合行政执法队伍建设，充实执法力量"_s << u"第二，"_s;
}

void TestPlanMatcher::aimsWithoutListMarkers()
{
    // The aims of a plan, and those the next report does not carry, are shown
    // in the plan's words without the item's list marker.
    QFETCH(QString, plan);
    QFETCH(QString, marker);
    const QString next = u"全年接待群众来访326人次，办理政府信息公开申请41件。\n"_s;
    const PlanMatcher matcher(classifier(), PlanMatcher::sentences(next, {0, next.size()}));
    const PlanMatch m = matcher.match(plan);
    QCOMPARE(m.status, FollowUpStatus::NotReported);
    QVERIFY(!m.missing.isEmpty());
    QVERIFY(!m.aims.isEmpty());
    QVERIFY2(!m.aims.first().text.startsWith(marker), qPrintable(m.aims.first().text));
    QVERIFY(plan.contains(m.aims.first().text));
    for (const QString &aim : m.missing)
        QVERIFY2(!aim.startsWith(marker), qPrintable(aim));
    QVERIFY2(!m.reason.contains(marker), qPrintable(m.reason));
    // On the whole material too: no aim opens with a list marker.
    static const QRegularExpression opening(u"^(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|\\d{1,2}[、.．])"_s);
    for (const Outcome &o : outcomes()) {
        for (const PlanAim &aim : o.match.aims)
            QVERIFY2(!opening.match(aim.text).hasMatch(), qPrintable(o.where + u": "_s + aim.text));
    }
}

void TestPlanMatcher::recurrence_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<double>("floor");
    QTest::addColumn<int>("least");
    QTest::newRow("material") << QString() << 0.8 << 25;
    QTest::newRow("blind") << u"blind"_s << 0.8 << 30;
    QTest::newRow("blind 2") << u"blind2"_s << 0.8 << 25;
}

void TestPlanMatcher::recurrence()
{
    // Each earlier shortcoming labelled recurs is admitted again by some later
    // one; one labelled fixed by none. Accuracy per label.
    QFETCH(QString, set);
    QFETCH(double, floor);
    QFETCH(int, least);
    QHash<QString, std::pair<int, int>> per;
    QStringList misses;
    int shortcomings = 0;
    for (const FollowUpCase &c : cases(set)) {
        QStringList earlier;
        for (const Labelled &s : c.shortcomings)
            earlier.append(s.text);
        const RecurrenceMatcher matcher(classifier(), earlier, c.nextShortcomings, 0.3);
        QSet<int> recurred;
        for (int l = 0; l < c.nextShortcomings.size(); ++l) {
            const Recurrence r = matcher.match(l);
            if (r.earlier >= 0) {
                recurred.insert(r.earlier);
                QVERIFY(r.overlap.score > 0);
            }
        }
        for (int e = 0; e < c.shortcomings.size(); ++e) {
            const QString got = recurred.contains(e) ? u"recurs"_s : u"fixed"_s;
            auto &[ok, n] = per[c.shortcomings.at(e).status];
            ++n;
            ok += got == c.shortcomings.at(e).status;
            if (got != c.shortcomings.at(e).status)
                misses.append(u"%1:%2 got %3: %4"_s.arg(c.file).arg(c.shortcomings.at(e).line).arg(got, c.shortcomings.at(e).text));
            ++shortcomings;
        }
    }
    QVERIFY(shortcomings >= least);
    qInfo().noquote() << misses.join(u'\n');
    for (const QString &label : {u"recurs"_s, u"fixed"_s}) {
        const auto [ok, n] = per.value(label);
        QVERIFY(n > 0);
        qInfo("%s: %d/%d", qPrintable(label), ok, n);
        QVERIFY2(double(ok) / n >= floor, qPrintable(misses.join(u'\n')));
    }
}

void TestPlanMatcher::recurrenceSigns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("signs");
    QTest::newRow("still") << u"执法力量依然薄弱"_s << QStringList {u"依然"_s};
    QTest::newRow("longest named") << u"多头执法问题仍然存在"_s << QStringList {u"仍然存在"_s};
    QTest::newRow("not solved at root") << u"编制紧张的问题尚未根本解决"_s << QStringList {u"尚未根本解决"_s};
    QTest::newRow("none") << u"普法形式单一"_s << QStringList();
}

void TestPlanMatcher::recurrenceSigns()
{
    QFETCH(QString, text);
    QFETCH(QStringList, signs);
    const RecurrenceMatcher matcher(classifier(), QStringList(), QStringList(), 0.3);
    QCOMPARE(matcher.signsOf(text), signs);
}

QTEST_GUILESS_MAIN(TestPlanMatcher)
#include "tst_planmatcher.moc"
