// Weakness themes read by meaning: the labelled statements of
// tests/data/weaknesses (accuracy per theme, the held-out set apart), the
// word segmentation that keeps terms out of longer words, success and plan
// sentences, the reasons given, and similarity by meaning.

#include "weaknesses/statementcomparer.h"
#include "weaknesses/weaknessclassifier.h"
#include "weaknesses/wordgroups.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

struct Labelled {
    QString id;
    QStringList labels; // primary first; empty: admits nothing
    QString text;
};

QList<Labelled> statements(const QString &name)
{
    QFile file(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/weaknesses/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<Labelled> result;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        if (f.size() != 5)
            qFatal("bad line in %s: %s", qPrintable(name), qPrintable(line));
        result.append({f.at(0), f.at(3) == u"-" ? QStringList() : f.at(3).split(u','), f.at(4)});
    }
    return result;
}

const WeaknessClassifier &classifier()
{
    static const WeaknessClassifier c(WeaknessCatalog::builtIn().value());
    return c;
}

QStringList themesOf(const WeaknessClassification &c)
{
    QStringList themes;
    for (const WeaknessThemeMatch &m : c.themes)
        themes.append(m.theme);
    return themes;
}

// Right: the first theme is a label and no theme is outside the labels; a
// statement without labels gets no theme.
bool right(const QStringList &labels, const QStringList &themes)
{
    if (labels.isEmpty())
        return themes.isEmpty();
    if (themes.isEmpty() || !labels.contains(themes.constFirst()))
        return false;
    return std::all_of(themes.begin(), themes.end(), [&labels](const QString &t) {
        return labels.contains(t);
    });
}

} // namespace

class TestWeaknessThemes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accuracyPerTheme_data();
    void accuracyPerTheme();
    void heldOut_data();
    void heldOut();
    void everyThemeTested();
    void termsStandAsWords_data();
    void termsStandAsWords();
    void successAndPlans_data();
    void successAndPlans();
    void reasons();
    void twoThemes();
    void similarity_data();
    void similarity();
    void segmenter();
    void partsReadOnce_data();
    void partsReadOnce();
    void scanReadsAsRead_data();
    void scanReadsAsRead();
    void meaningReadsOnce();
    void themeCosine_data();
    void themeCosine();
    void scoringManyAsOne();
    void secondThemeNeedsTopics_data();
    void secondThemeNeedsTopics();
    void wordGroups_data();
    void wordGroups();
    void alikeWordsCarry_data();
    void alikeWordsCarry();
    void quantityUnits_data();
    void quantityUnits();
};

// Every theme of the catalog (and the statements that admit nothing) on the
// labelled set: at least 90 % right.
void TestWeaknessThemes::accuracyPerTheme_data()
{
    QTest::addColumn<QString>("theme");
    for (const WeaknessTheme &t : classifier().catalog().themes())
        QTest::newRow(qPrintable(t.id)) << t.id;
    QTest::newRow("no theme") << QString();
}

void TestWeaknessThemes::accuracyPerTheme()
{
    QFETCH(QString, theme);
    int n = 0;
    int ok = 0;
    QStringList misses;
    for (const Labelled &s : statements(u"statements.tsv"_s)) {
        if (s.labels.value(0) != theme)
            continue;
        ++n;
        const QStringList got = themesOf(classifier().classifyStatement(s.text));
        if (right(s.labels, got))
            ++ok;
        else
            misses.append(s.id + u": "_s + (got.isEmpty() ? u"-"_s : got.join(u',')));
    }
    QVERIFY2(n >= 12, qPrintable(u"only %1 statements"_s.arg(n)));
    const double accuracy = double(ok) / n;
    qInfo().noquote() << (theme.isEmpty() ? u"-"_s : theme) << ok << u"/"_s << n << misses.join(u"; "_s);
    QVERIFY2(accuracy >= 0.9, qPrintable(u"%1/%2 right; missed %3"_s.arg(ok).arg(n).arg(misses.join(u"; "_s))));
}

// The statements written before the classifier and never used to tune it.
void TestWeaknessThemes::heldOut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("least");
    QTest::addColumn<double>("floor");
    // Written before the classifier; and three times by someone who saw only
    // the themes' definitions. Each floor a little under what the set gives
    // now: the newer the set, the less the catalog has learnt from it.
    QTest::newRow("held-out") << u"heldout.tsv"_s << 60 << 0.9;
    QTest::newRow("blind") << u"blind.tsv"_s << 200 << 0.85;
    QTest::newRow("blind 2") << u"blind2.tsv"_s << 240 << 0.82;
    QTest::newRow("blind 3") << u"blind3.tsv"_s << 260 << 0.78;
}

void TestWeaknessThemes::heldOut()
{
    QFETCH(QString, file);
    QFETCH(int, least);
    QFETCH(double, floor);
    const QList<Labelled> all = statements(file);
    int ok = 0;
    QStringList misses;
    for (const Labelled &s : all) {
        const QStringList got = themesOf(classifier().classifyStatement(s.text));
        if (right(s.labels, got))
            ++ok;
        else
            misses.append(s.id + u": "_s + (got.isEmpty() ? u"-"_s : got.join(u',')));
    }
    qInfo().noquote() << file << ok << u"/"_s << all.size() << misses.join(u"; "_s);
    QVERIFY(all.size() >= least);
    QVERIFY2(double(ok) / all.size() >= floor, qPrintable(u"%1/%2 right; missed %3"_s.arg(ok).arg(all.size()).arg(misses.join(u"; "_s))));
}

// Each theme has statements in both sets, and every label is a theme of the catalog.
void TestWeaknessThemes::everyThemeTested()
{
    QMap<QString, int> counts;
    for (const QString &file : {u"statements.tsv"_s, u"heldout.tsv"_s}) {
        for (const Labelled &s : statements(file)) {
            for (const QString &label : s.labels) {
                QVERIFY2(classifier().catalog().theme(label), qPrintable(s.id + u" names "_s + label));
                ++counts[label];
            }
        }
    }
    for (const WeaknessTheme &t : classifier().catalog().themes())
        QVERIFY2(counts.value(t.id) >= 12, qPrintable(t.id));
}

// A term counts only where it stands as a word.
void TestWeaknessThemes::termsStandAsWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("theme");
    // 系统 in 系统性 (systematic), 未 in 未来 (future): no W06, no deficiency.
    QTest::newRow("系统性") << u"业务培训的系统性不强"_s << u"W04"_s;
    QTest::newRow("未来") << u"未来一段时间执法任务较重"_s << QString();
    // 安全 in 安全感 is no safety risk.
    QTest::newRow("安全感") << u"群众安全感不强"_s << u"W02"_s;
    // 编制 as a verb (to draw up) is no post.
    QTest::newRow("编制 as a verb") << u"应急预案编制不够规范"_s << u"W09"_s;
    // A law's name is no topic: 《行政处罚法》 is not about penalties here.
    QTest::newRow("book title") << u"对《行政处罚法》理解不透"_s << u"W04"_s;
    // 卫生监督 is the health inspectorate's trade, not oversight of power (W18).
    QTest::newRow("neutral phrase") << u"卫生监督执法队伍人员严重不足"_s << u"W03"_s;
    // A compound's head decides: 执法人员 modifies 专业素质.
    QTest::newRow("head of a compound") << u"执法人员专业素质有待提高"_s << u"W04"_s;
    // A generic head (机制) takes its modifier's theme.
    QTest::newRow("generic head") << u"信息共享机制不完善"_s << u"W06"_s;
    // An attribute takes the theme of what it is said of (应对突发事件的能力)…
    QTest::newRow("attribute of a domain") << u"全县应对突发事件的能力还不强"_s << u"W09"_s;
    QTest::newRow("attribute of a domain, direct") << u"镇政府应诉能力不足"_s << u"W19"_s;
    // …but said of people it is their competence.
    QTest::newRow("attribute of people") << u"部分干部依法处置群体性事件的能力有待提高"_s << u"W04"_s;
    QTest::newRow("attribute of staff") << u"一线执法人员办理网络交易案件的能力偏弱"_s << u"W04"_s;
    // 尚无 denies like 尚未.
    QTest::newRow("尚无") << u"区政府尚无专门的法务部门"_s << u"W05"_s;
    QTest::newRow("generic head alone") << u"内部管理机制不完善"_s << u"W10"_s;
}

void TestWeaknessThemes::termsStandAsWords()
{
    QFETCH(QString, text);
    QFETCH(QString, theme);
    QCOMPARE(classifier().classifyStatement(text).theme(), theme);
}

void TestWeaknessThemes::successAndPlans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("success");
    QTest::addColumn<bool>("plan");
    QTest::newRow("success") << u"执法力量不足的问题得到有效解决"_s << QString() << true << false;
    QTest::newRow("success in another clause") << u"针对普法形式单一的问题，开展了新媒体普法，成效明显"_s << QString() << true << false;
    QTest::newRow("no success: 取得成效不明显") << u"普法工作取得成效不明显"_s << u"W02"_s << false << false;
    QTest::newRow("contrast after success") << u"执法信息化建设取得一定成效，但与先进地区相比仍有差距"_s << u"W06"_s << true << false;
    QTest::newRow("conceded, then success") << u"虽然执法任务繁重，但圆满完成了全年任务"_s << QString() << true << false;
    QTest::newRow("plan") << u"下一步，将着力解决执法人员偏少的问题"_s << QString() << false << true;
    QTest::newRow("plan after the shortcoming") << u"执法人员偏少，下一步将通过招录予以补充"_s << u"W03"_s << false << true;
    QTest::newRow("需要 is no plan") << u"执法人员业务能力不足，需要进一步加强培训"_s << u"W04"_s << false << false;
    QTest::newRow("success denied: 尚未实现") << u"基层执法人员轮训尚未实现全覆盖"_s << u"W04"_s << false << false;
    QTest::newRow("success denied: 未能取得") << u"法治宣传教育未能取得明显成效"_s << u"W02"_s << false << false;
    QTest::newRow("将 and a verb plans") << u"县司法局将推行行政执法人员资格管理制度"_s << QString() << false << true;
    QTest::newRow("将 that moves a thing is no plan") << u"将执法人员培训情况纳入年度考核"_s << QString() << false << false;
    QTest::newRow("a plan naming what came before") << u"配齐乡镇执法人员，仍是下一步需要着力解决的问题"_s << QString() << false << true;
    QTest::newRow("a meeting's instruction") << u"专题会议强调要加强执法人员培训"_s << QString() << false << true;
    QTest::newRow("topic without deficiency") << u"全年开展执法人员业务培训6期"_s << QString() << false << false;
}

void TestWeaknessThemes::successAndPlans()
{
    QFETCH(QString, text);
    QFETCH(QString, theme);
    QFETCH(bool, success);
    QFETCH(bool, plan);
    const WeaknessClassification c = classifier().classifyStatement(text);
    QCOMPARE(c.theme(), theme);
    QCOMPARE(c.success, success);
    QCOMPARE(c.plan, plan);
}

// Every theme says why: the topic and deficiency terms it read.
void TestWeaknessThemes::reasons()
{
    const WeaknessClassification c = classifier().classify(u"执法人员与监管对象配比仍然失衡"_s, {});
    QCOMPARE(c.theme(), u"W03"_s);
    const WeaknessThemeMatch &m = c.themes.constFirst();
    QVERIFY2(m.topics.contains(u"监管对象"_s) && m.topics.contains(u"配比"_s), qPrintable(m.topics.join(u',')));
    QCOMPARE(m.deficiencies, QStringList {u"失衡"_s});
    QCOMPARE(c.cues(), m.topics + m.deficiencies);
    QVERIFY(c.recurrence); // 仍然
    QVERIFY(c.confidence > 0.5);
    // The clause reading names each term's concept: synonyms share one.
    const QList<WeaknessClauseReading> clauses = classifier().read(u"人手不够"_s);
    QCOMPARE(clauses.size(), 1);
    QCOMPARE(clauses.constFirst().topics.constFirst().conceptKey(), u"W03/执法力量"_s);
    QCOMPARE(clauses.constFirst().deficiencies.constFirst().conceptKey(), u"短缺"_s);
}

// The first clause decides the first theme; another clause about another theme gives the second.
void TestWeaknessThemes::twoThemes()
{
    const WeaknessClassification c =
        classifier().classify(u"疑难信访事项化解难度较大"_s, u"部分涉及多个部门的信访事项，部门之间信息系统不兼容，数据不能共享。"_s);
    QCOMPARE(themesOf(c), (QStringList {u"W07"_s, u"W06"_s}));
    QVERIFY(c.themes.at(0).topics.contains(u"信访事项"_s));
    QVERIFY(c.themes.at(1).deficiencies.contains(u"不兼容"_s));
    // A short item with one theme gets one.
    QCOMPARE(themesOf(classifier().classifyStatement(u"执法过程不规范"_s)), QStringList {u"W12"_s});
}

void TestWeaknessThemes::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("similar");
    // The same shortage in other words (人手, 执法力量; 不够, 仍显不足).
    QTest::newRow("paraphrased shortage") << u"基层执法人手不够"_s << u"基层执法力量仍显不足"_s << true;
    // A plan to modernise and what the next year did: platform, mobile terminals, off-site enforcement.
    QTest::newRow("plan and its follow-up") << u"推进智慧监管平台建设"_s << u"上线移动执法终端，推行非现场执法"_s << true;
    QTest::newRow("different themes") << u"基层执法人手不够"_s << u"政务公开不及时"_s << false;
}

void TestWeaknessThemes::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, similar);
    const double score = WeaknessClassifier::similarity(classifier().meaning(a), classifier().meaning(b));
    QVERIFY2(similar ? score >= 0.5 : score < 0.2, qPrintable(QString::number(score)));
    QCOMPARE(WeaknessClassifier::similarity(classifier().meaning(a), classifier().meaning(a)) >= 0.99, true);
}

void TestWeaknessThemes::segmenter()
{
    const auto words = WordSegmenter::builtIn();
    QVERIFY2(words, qPrintable(words.error()));
    QVERIFY(words->wordCount() > 50000);
    QCOMPARE(words->words(u"系统性培训偏少"_s).mid(0, 2), (QStringList {u"系统性"_s, u"培训"_s}));
    QCOMPARE(words->words(u"依法制定规范性文件"_s).mid(0, 2), (QStringList {u"依法"_s, u"制定"_s}));
    // Digits and Latin letters stay together.
    QCOMPARE(words->words(u"1500余户"_s).constFirst(), u"1500"_s);
    // Words added by a caller are kept whole where the text allows it.
    QCOMPARE(words->withWords({u"监管对象"_s}).words(u"监管对象较多"_s).constFirst(), u"监管对象"_s);
    // An added word is found where the list has no word beginning as it does.
    const auto small = WordSegmenter::fromText("total\t1000\n法治\t10\n政府\t10\n", u"small.txt"_s);
    QVERIFY2(small, qPrintable(small.error()));
    QCOMPARE(small->withWords({u"甲乙丙丁"_s, u"乙丙"_s}).words(u"法治甲乙丙丁政府乙丙"_s), (QStringList {u"法治"_s, u"甲乙丙丁"_s, u"政府"_s, u"乙丙"_s}));
    QCOMPARE(small->words(u"法治甲乙政府"_s), (QStringList {u"法治"_s, u"甲"_s, u"乙"_s, u"政府"_s}));
    QCOMPARE(small->wordCount(), 2);
    // A word given twice is one word, at its last frequency: 甲乙 beats 乙丙 only where it is the more common.
    const auto twice = WordSegmenter::fromText("total\t1000\n甲乙\t1\n乙丙\t100\n甲乙\t900\n", u"twice.txt"_s);
    QVERIFY2(twice, qPrintable(twice.error()));
    QCOMPARE(twice->wordCount(), 2);
    QCOMPARE(twice->words(u"甲乙丙"_s), (QStringList {u"甲乙"_s, u"丙"_s}));
    const auto bad = WordSegmenter::fromText("word\n", u"words.txt"_s);
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(u"words.txt"_s));
}

// A scan reads every clause as read() does (terms, success, plan, conceded,
// recurrence), only without the themes it scores: its readers compare terms.
void TestWeaknessThemes::scanReadsAsRead_data()
{
    // The sentences taken apart below, and sentences of each kind.
    partsReadOnce_data();
    QTest::newRow("admits") << u"执法人员与监管对象配比仍然失衡，基层执法力量不足"_s;
    QTest::newRow("success") << u"执法力量不足的问题得到有效解决"_s;
    QTest::newRow("contrast after success") << u"执法信息化建设取得一定成效，但与先进地区相比仍有差距"_s;
    QTest::newRow("conceded") << u"虽然执法任务繁重，但圆满完成了全年任务"_s;
    QTest::newRow("plan after the shortcoming") << u"执法人员偏少，下一步将通过招录予以补充"_s;
    QTest::newRow("recurrence") << u"行政复议纠错率偏高的问题依然存在。应诉能力有待提升"_s;
    QTest::newRow("no term") << u"全年召开常务会议12次"_s;
}

void TestWeaknessThemes::scanReadsAsRead()
{
    QFETCH(QString, text);
    const QList<WeaknessClauseReading> read = classifier().read(text);
    const StatementScan scan = classifier().scan(text);
    QCOMPARE(scan.clauses.size(), read.size());
    bool scored = false;
    for (qsizetype i = 0; i < read.size(); ++i) {
        const WeaknessClauseReading &a = scan.clauses.at(i);
        const WeaknessClauseReading &b = read.at(i);
        QCOMPARE(a.span, b.span);
        QCOMPARE(a.topics.size(), b.topics.size());
        for (qsizetype k = 0; k < a.topics.size(); ++k)
            QCOMPARE(a.topics.at(k).conceptKey(), b.topics.at(k).conceptKey());
        QCOMPARE(a.deficiencies.size(), b.deficiencies.size());
        for (qsizetype k = 0; k < a.deficiencies.size(); ++k)
            QCOMPARE(a.deficiencies.at(k).conceptKey(), b.deficiencies.at(k).conceptKey());
        QCOMPARE(a.success, b.success);
        QCOMPARE(a.plan, b.plan);
        QCOMPARE(a.conceded, b.conceded);
        QCOMPARE(a.recurrence, b.recurrence);
        QVERIFY(a.scores.isEmpty());
        scored = scored || !b.scores.isEmpty();
    }
    // read() scores the clauses that admit something.
    const bool admits = classifier().admitsShortcoming(text);
    QCOMPARE(scored, admits);
}

// meaning() reads a statement once for its topics and its classification:
// the same as its topics from scan() and classifyStatement(), each reading it.
void TestWeaknessThemes::meaningReadsOnce()
{
    int compared = 0;
    for (const QString &name : {u"statements.tsv"_s, u"heldout.tsv"_s, u"blind.tsv"_s, u"blind2.tsv"_s, u"blind3.tsv"_s}) {
        for (const Labelled &s : statements(name)) {
            const StatementMeaning once = classifier().meaning(s.text);
            const StatementMeaning topics = classifier().meaningOf(classifier().scan(s.text).clauses);
            const WeaknessClassification classification = classifier().classifyStatement(s.text);
            QCOMPARE(once.topicConcepts, topics.topicConcepts);
            QCOMPARE(once.topicTerms, topics.topicTerms);
            QCOMPARE(once.deficiencyConcepts, topics.deficiencyConcepts);
            QCOMPARE(once.topicThemes, topics.topicThemes);
            QCOMPARE(once.themeWeights, topics.themeWeights);
            QCOMPARE(once.classification.themes, classification.themes);
            QCOMPARE(once.classification.confidence, classification.confidence);
            QCOMPARE(once.classification.success, classification.success);
            QCOMPARE(once.classification.plan, classification.plan);
            QCOMPARE(once.classification.recurrence, classification.recurrence);
            ++compared;
        }
    }
    QVERIFY(compared >= 1000);
}

void TestWeaknessThemes::partsReadOnce_data()
{
    QTest::addColumn<QString>("text");
    // A sentence of a report read once and taken apart must read as its parts read on their own.
    QTest::newRow("report and admission") << u"全年开展执法检查126次，移动执法终端配备率达95%，但基层执法力量仍显不足"_s;
    QTest::newRow("list marker") << u"二是推进“互联网＋监管”，建成行政执法监督平台，执法信息公示不够及时"_s;
    QTest::newRow("figures and latin") << u"培训执法人员3200人次，APP上线运行，复议纠错率下降2.5个百分点"_s;
    QTest::newRow("plan and success") << u"乡镇综合执法队伍建设取得明显成效，下一步将进一步充实街道执法人员"_s;
    QTest::newRow("one clause") << u"重大行政决策合法性审查覆盖率100%"_s;
    QTest::newRow("marker after a comma") << u"（三）加强队伍建设，一是开展轮训，二是严格持证上岗"_s;
    QTest::newRow("plan with a list") << u"  3. 推进街道综合执法改革，将执法事项、执法人员下放至街道、乡镇，配备执法记录仪200台  "_s;
    QTest::newRow("short pieces joined") << u"第一，健全机制，强化培训、考核，落实行政执法责任制"_s;
}

void TestWeaknessThemes::partsReadOnce()
{
    QFETCH(QString, text);
    const StatementComparer comparer(classifier());
    const StatementScan scan = classifier().scan(text);
    QVERIFY(!scan.clauses.isEmpty());
    QCOMPARE(scan.folded.size(), text.size());
    // Every part: all clauses, each one alone, and every other one.
    QList<QList<int>> parts {{}};
    for (int i = 0; i < scan.clauses.size(); ++i) {
        parts.first().append(i);
        parts.append(QList<int> {i});
    }
    parts.append(QList<int>());
    for (int i = 0; i < scan.clauses.size(); i += 2)
        parts.last().append(i);
    for (const QList<int> &part : std::as_const(parts)) {
        QString joined;
        for (int i : part)
            joined += text.mid(scan.clauses.at(i).span.start, scan.clauses.at(i).span.length()) + u'，';
        const StatementReading once = comparer.readClauses(scan, part);
        const StatementReading alone = comparer.read(joined);
        QCOMPARE(once.text, alone.text);
        QCOMPARE(once.meaning.topicConcepts, alone.meaning.topicConcepts);
        QCOMPARE(once.meaning.topicTerms, alone.meaning.topicTerms);
        QCOMPARE(once.meaning.deficiencyConcepts, alone.meaning.deficiencyConcepts);
        QCOMPARE(once.meaning.topicThemes, alone.meaning.topicThemes);
        QCOMPARE(once.words, alone.words);
        QCOMPARE(once.figures, alone.figures);
    }
    // The words of the scan are those of words(), in order.
    QStringList scanned;
    for (const QStringView word : scan.wordsIn({0, scan.folded.size()}))
        scanned.append(word.toString());
    QCOMPARE(scanned, classifier().words(text));
    // A plan's aims (pieces at ，、；) read from the one reading as on their own.
    for (const auto &[from, to] : StatementComparer::clauses(text)) {
        const StatementReading once = comparer.readSpan(scan, {from, to});
        const StatementReading alone = comparer.read(text.mid(from, to - from).trimmed());
        QCOMPARE(once.text, alone.text);
        QCOMPARE(once.meaning.topicConcepts, alone.meaning.topicConcepts);
        QCOMPARE(once.meaning.deficiencyConcepts, alone.meaning.deficiencyConcepts);
        QCOMPARE(once.meaning.themeWeights, alone.meaning.themeWeights);
        QCOMPARE(once.words, alone.words);
        QCOMPARE(once.figures, alone.figures);
    }
}

// Two statements' themes as vectors: their cosine, whatever order the themes were added in.
void TestWeaknessThemes::themeCosine_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QList<double>>("aw");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QList<double>>("bw");
    QTest::addColumn<double>("cosine");
    QTest::newRow("same theme") << QStringList {u"W03"_s} << QList<double> {2} << QStringList {u"W03"_s} << QList<double> {0.5} << 1.0;
    QTest::newRow("nothing shared") << QStringList {u"W03"_s} << QList<double> {1} << QStringList {u"W06"_s} << QList<double> {1} << 0.0;
    QTest::newRow("one empty") << QStringList {} << QList<double> {} << QStringList {u"W06"_s} << QList<double> {1} << 0.0;
    QTest::newRow("half shared") << QStringList {u"W03"_s, u"W06"_s} << QList<double> {1, 1} << QStringList {u"W06"_s} << QList<double> {3}
                                 << 1 / std::sqrt(2.0);
    QTest::newRow("added out of order, twice") << QStringList {u"W12"_s, u"W03"_s, u"W12"_s} << QList<double> {1, 2, 1} << QStringList {u"W03"_s, u"W12"_s}
                                               << QList<double> {2, 2} << (2 * 2 + 2 * 2) / (std::sqrt(8.0) * std::sqrt(8.0));
}

void TestWeaknessThemes::themeCosine()
{
    QFETCH(QStringList, a);
    QFETCH(QList<double>, aw);
    QFETCH(QStringList, b);
    QFETCH(QList<double>, bw);
    QFETCH(double, cosine);
    ThemeWeights x;
    ThemeWeights y;
    for (int i = 0; i < a.size(); ++i)
        x.add(a.at(i), aw.at(i));
    for (int i = 0; i < b.size(); ++i)
        y.add(b.at(i), bw.at(i));
    QVERIFY(std::abs(ThemeWeights::cosine(x, y) - cosine) < 1e-12);
    QVERIFY(std::abs(ThemeWeights::cosine(y, x) - cosine) < 1e-12);
    // In theme order, each theme once.
    QStringList order;
    for (const auto &[theme, weight] : x)
        order.append(theme);
    QStringList sorted = a;
    sorted.removeDuplicates();
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(order, sorted);
}

// A query made ready once scores every statement as the query itself does,
// and the pair filter never hides a word the text holds.
void TestWeaknessThemes::scoringManyAsOne()
{
    StatementComparer comparer(classifier());
    QList<StatementReading> corpus;
    for (const Labelled &s : statements(u"statements.tsv"_s))
        corpus.append(comparer.read(s.text));
    comparer.setCorpus(corpus);
    int held = 0;
    for (int q = 0; q < corpus.size(); q += 7) {
        const StatementComparer::Query prepared = comparer.prepare(corpus.at(q));
        for (int o = 0; o < corpus.size(); o += 3) {
            QCOMPARE(comparer.score(prepared, corpus.at(o)), comparer.score(corpus.at(q), corpus.at(o)));
            QCOMPARE(comparer.score(prepared, corpus.at(o)), comparer.overlap(corpus.at(q), corpus.at(o)).score);
            for (const QString &w : classifier().words(corpus.at(q).text)) {
                const bool contains = corpus.at(o).folded.contains(w);
                QCOMPARE(StatementComparer::holds(corpus.at(o), w), contains);
                held += contains ? 1 : 0;
            }
        }
    }
    QVERIFY(held > 100); // the set shares words, so both answers were asked
}

// The word groups' file: read as groups, refused with the line that is wrong.
void TestWeaknessThemes::wordGroups_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("alike");
    QTest::addColumn<QString>("error"); // a piece of the message; empty: valid
    QTest::newRow("two groups") << QByteArray("# comment\n考试 测试 考核\n\n律师 法律顾问\n") << u"测试"_s << QStringList {u"考试"_s, u"考核"_s} << QString();
    QTest::newRow("a word in two groups") << QByteArray("检查 排查\n检查 督查\n") << u"检查"_s << QStringList {u"排查"_s, u"督查"_s} << QString();
    QTest::newRow("a word twice in a line") << QByteArray("平台 系统 平台\n") << u"平台"_s << QStringList {u"系统"_s} << QString();
    QTest::newRow("not listed") << QByteArray("考试 测试\n") << u"培训"_s << QStringList() << QString();
    QTest::newRow("a group of one") << QByteArray("考试 测试\n培训\n") << QString() << QStringList() << u"line 2"_s;
    QTest::newRow("a word of one character") << QByteArray("考试 测 试\n") << QString() << QStringList() << u"line 1"_s;
}

// A second theme needs topics of its own (settings.secondTopics): one word in
// a clause telling what the first problem leads to is no second shortcoming.
void TestWeaknessThemes::secondThemeNeedsTopics_data()
{
    QTest::addColumn<QJsonValue>("secondTopics");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QString>("error");
    // The staffing problem, then what it leads to: supervision (W18) by one word.
    const QString consequence = u"卫生监督员数量不足，一名监督员平均负责监管单位200余家，日常监督频次难以保证。"_s;
    // Two problems, each with topics of its own.
    const QString two = u"信息化建设资金缺口较大，执法平台升级改造难以推进。"_s;
    QTest::newRow("built-in: one word is no second theme") << QJsonValue() << consequence << QStringList {u"W03"_s} << QString();
    QTest::newRow("one topic enough") << QJsonValue(1) << consequence << QStringList {u"W03"_s, u"W18"_s} << QString();
    QTest::newRow("two themes with topics of their own") << QJsonValue() << two << QStringList {u"W20"_s, u"W06"_s} << QString();
    QTest::newRow("zero refused") << QJsonValue(0) << two << QStringList() << u"secondTopics"_s;
    QTest::newRow("not a number refused") << QJsonValue(u"two"_s) << two << QStringList() << u"secondTopics"_s;
}

void TestWeaknessThemes::secondThemeNeedsTopics()
{
    QFETCH(QJsonValue, secondTopics);
    QFETCH(QString, statement);
    QFETCH(QStringList, themes);
    QFETCH(QString, error);
    QJsonObject json = classifier().catalog().toJson();
    if (!secondTopics.isUndefined() && !secondTopics.isNull()) {
        QJsonObject settings = json.value(u"settings"_s).toObject();
        settings.insert(u"secondTopics"_s, secondTopics);
        json.insert(u"settings"_s, settings);
    }
    const auto catalog = WeaknessCatalog::fromJson(json, u"tuned.json"_s);
    if (!error.isEmpty()) {
        QVERIFY(!catalog);
        QVERIFY2(catalog.error().contains(u"tuned.json"_s) && catalog.error().contains(error), qPrintable(catalog.error()));
        return;
    }
    QVERIFY2(catalog, qPrintable(catalog.error()));
    // What a catalog says it is, it writes back.
    QCOMPARE(WeaknessCatalog::fromJson(catalog.value().toJson(), u"again"_s).value().settings().secondTopics, catalog.value().settings().secondTopics);
    QCOMPARE(themesOf(WeaknessClassifier(catalog.value()).classifyStatement(statement)), themes);
}

void TestWeaknessThemes::wordGroups()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, word);
    QFETCH(QStringList, alike);
    QFETCH(QString, error);
    const auto groups = WordGroups::fromText(text, u"groups.txt"_s);
    if (!error.isEmpty()) {
        QVERIFY(!groups);
        QVERIFY2(groups.error().contains(u"groups.txt"_s) && groups.error().contains(error), qPrintable(groups.error()));
        return;
    }
    QVERIFY2(groups, qPrintable(groups.error()));
    QCOMPARE(groups.value().alikeOf(word), alike);
    // The built-in file is valid and holds groups.
    const auto builtIn = WordGroups::builtIn();
    QVERIFY2(builtIn, qPrintable(builtIn.error()));
    QVERIFY(builtIn.value().groupCount() >= 50);
}

// A sentence that says a plan's thing in another word of its group carries
// more of the plan than one that says neither; a word of the group counts
// less than the word itself.
void TestWeaknessThemes::alikeWordsCarry_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("same");
    QTest::addColumn<QString>("alike");
    QTest::addColumn<QString>("neither");
    QTest::newRow("exam, test") << u"组织机关干部参加年度考试"_s << u"机关干部参加年度考试，合格率100%"_s << u"机关干部参加年度测试，合格率100%"_s
                                << u"机关干部参加年度体检，合格率100%"_s;
    QTest::newRow("legal adviser, lawyer (a concept)")
        << u"每个社区配备法律顾问"_s << u"9个社区均配备法律顾问"_s << u"9个社区均与律师事务所签约"_s << u"9个社区均完成换届选举"_s;
    QTest::newRow("two names of one thing") << u"依法拆除违法建筑"_s << u"全年依法拆除违法建筑126处"_s << u"全年依法拆除违章建筑126处"_s
                                            << u"全年依法拆除临时围挡126处"_s;
}

void TestWeaknessThemes::alikeWordsCarry()
{
    QFETCH(QString, plan);
    QFETCH(QString, same);
    QFETCH(QString, alike);
    QFETCH(QString, neither);
    const StatementComparer comparer(classifier());
    const StatementReading query = comparer.read(plan);
    const double sameScore = comparer.score(query, comparer.read(same));
    const double alikeScore = comparer.score(query, comparer.read(alike));
    const double neitherScore = comparer.score(query, comparer.read(neither));
    QVERIFY2(alikeScore > neitherScore, qPrintable(u"%1 ≤ %2"_s.arg(alikeScore).arg(neitherScore)));
    // Shown as what each wrote: 考试≈测试.
    const MeaningOverlap o = comparer.overlap(query, comparer.read(alike));
    const QStringList shared = StatementComparer::shared(o);
    QVERIFY2(std::any_of(shared.cbegin(), shared.cend(),
                 [](const QString &s) {
                     return s.contains(u'≈');
                 }),
        qPrintable(shared.join(u", "_s)));
    QVERIFY2(sameScore >= alikeScore, qPrintable(u"%1 < %2"_s.arg(sameScore).arg(alikeScore)));
}

// What a statement's quantities count: a plan's target is answered by a figure in the same unit.
void TestWeaknessThemes::quantityUnits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("units");
    QTest::newRow("area with 万") << u"全年拆除存量违建20万平方米以上"_s << QStringList {u"平方米"_s};
    QTest::newRow("visits and money") << u"检查企业1380家次，罚款251万元，对12家企业实施联合惩戒"_s << QStringList {u"家次"_s, u"元"_s, u"家"_s};
    QTest::newRow("dates and ordinals are no quantity") << u"2024年6月起，第3批执法人员15名到岗"_s << QStringList {u"名"_s};
    QTest::newRow("share, full width") << u"持证率达到100％，覆盖率95.5%"_s << QStringList {u"%"_s};
    QTest::newRow("none") << u"推进执法全过程记录"_s << QStringList();
}

void TestWeaknessThemes::quantityUnits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, units);
    const StatementComparer comparer(classifier());
    QCOMPARE(comparer.read(text).units, units);
    // A sentence that gives the plan's unit carries more of a quantified plan than one that gives another.
    if (units.isEmpty())
        return;
    const StatementReading plan = comparer.read(u"拆除违建20万平方米"_s);
    const double same = comparer.score(plan, comparer.read(u"拆除各类违法建筑，面积23.4万平方米"_s));
    const double other = comparer.score(plan, comparer.read(u"拆除各类违法建筑2136处"_s));
    QVERIFY2(same > other, qPrintable(u"%1 ≤ %2"_s.arg(same).arg(other)));
}

QTEST_GUILESS_MAIN(TestWeaknessThemes)

#include "tst_weaknessthemes.moc"
