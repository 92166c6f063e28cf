// Duizhao's syntax definition loads from the embedded resource and gives the
// report's parts their formats.

#include "report/reporthighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace
{

struct Span {
    int offset;
    int length;
    QString name;
};

/// Records which format (by the XML's itemData name) covers which characters.
class Recorder final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    Recorder()
    {
        setDefinition(Dz::ReportHighlighter::reportDefinition());
        setTheme(Dz::ReportHighlighter::repository().defaultTheme());
    }

    QList<Span> highlight(const QString &line)
    {
        m_spans.clear();
        highlightLine(line, {});
        return m_spans;
    }

    /// The format name at @p position in @p line, empty if none.
    QString formatAt(const QString &line, int position)
    {
        const QList<Span> spans = highlight(line);
        for (const Span &s : spans) {
            if (position >= s.offset && position < s.offset + s.length)
                return s.name;
        }
        return {};
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_spans.append({offset, length, format.name()});
    }

private:
    QList<Span> m_spans;
};

} // namespace

class TestReportHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionLoads()
    {
        const auto definition = Dz::ReportHighlighter::reportDefinition();
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), Dz::ReportHighlighter::definitionName());
        QVERIFY(definition.filePath().startsWith(u":/duizhao/syntax/"_s));
        const QList<KSyntaxHighlighting::Format> formats = definition.formats();
        QStringList names;
        for (const auto &format : formats)
            names.append(format.name());
        for (const QString &expected :
            {u"Heading 1"_s, u"Heading 2"_s, u"Heading 3"_s, u"Heading 4"_s, u"Date"_s, u"Quantity"_s, u"Document Title"_s, u"Problem Cue"_s}) {
            QVERIFY2(names.contains(expected), qPrintable(expected));
        }
    }

    void formats_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("part"); // the text whose first character is checked
        QTest::addColumn<QString>("format");

        QTest::newRow("level 1") << u"一、主要举措和成效"_s << u"一、"_s << u"Heading 1"_s;
        QTest::newRow("level 1 title") << u"一、依法全面履行政府职能"_s << u"履行"_s << u"Heading 1"_s;
        QTest::newRow("level 1 indented") << u"　　二、存在的不足"_s << u"二、"_s << u"Heading 1"_s;
        QTest::newRow("level 2 full width") << u"（一）全面加强党的领导"_s << u"（一）"_s << u"Heading 2"_s;
        QTest::newRow("level 2 half width") << u"(三)强化法治基础"_s << u"(三)"_s << u"Heading 2"_s;
        QTest::newRow("level 2 body after 。") << u"（一）法治政府建设水平有待提高。卫生健康系统"_s << u"卫生"_s << u"Normal Text"_s;
        QTest::newRow("level 3 dot") << u"1.将习近平法治思想纳入"_s << u"1."_s << u"Heading 3"_s;
        QTest::newRow("level 3 comma") << u"4、 下一年度主要工作安排"_s << u"4、"_s << u"Heading 3"_s;
        QTest::newRow("level 3 full-width dot") << u"12．加强执法监督"_s << u"12．"_s << u"Heading 3"_s;
        QTest::newRow("level 4") << u"（1）开展培训"_s << u"（1）"_s << u"Heading 4"_s;
        QTest::newRow("level 4 half width") << u"(2)开展培训"_s << u"(2)"_s << u"Heading 4"_s;
        QTest::newRow("date") << u"签发于2025年2月19日。"_s << u"2025年"_s << u"Date"_s;
        QTest::newRow("iso date") << u"发布时间：2025-02-24"_s << u"2025-"_s << u"Date"_s;
        QTest::newRow("year") << u"全年法治经费在2024年度"_s << u"2024"_s << u"Date"_s;
        QTest::newRow("quantity 场") << u"讲党课130场，"_s << u"130场"_s << u"Quantity"_s;
        QTest::newRow("quantity 万元") << u"经费80余万元"_s << u"80余万元"_s << u"Quantity"_s;
        QTest::newRow("quantity 人次") << u"服务22万人次"_s << u"22万人次"_s << u"Quantity"_s;
        QTest::newRow("quantity 户次") << u"检查1200户次"_s << u"1200户次"_s << u"Quantity"_s;
        QTest::newRow("title") << u"学习《民法典》等"_s << u"《民法典》"_s << u"Document Title"_s;
        QTest::newRow("cue 不足") << u"二、存在的不足和原因"_s << u"存在的不足"_s << u"Problem Cue"_s;
        QTest::newRow("cue 问题") << u"当前存在的问题有"_s << u"存在的问题"_s << u"Problem Cue"_s;
        QTest::newRow("cue 下一步") << u"下一步，我委将"_s << u"下一步"_s << u"Plan Cue"_s;
        QTest::newRow("cue 第一责任人") << u"履行推进法治建设第一责任人职责"_s << u"第一责任人"_s << u"Duty Cue"_s;
        QTest::newRow("plain text") << u"深入学习贯彻"_s << u"学习"_s << u"Normal Text"_s;
        QTest::newRow("enumeration is not a heading") << u"一是加强学习"_s << u"一是"_s << u"Normal Text"_s;
        QTest::newRow("decimal is not a heading") << u"3.5亿元"_s << u"3.5"_s << u"Quantity"_s;
    }

    void formats()
    {
        QFETCH(QString, line);
        QFETCH(QString, part);
        QFETCH(QString, format);
        const int at = int(line.indexOf(part));
        QVERIFY(at >= 0);
        Recorder recorder;
        QString got = recorder.formatAt(line, at);
        if (got.isEmpty())
            got = u"Normal Text"_s; // unformatted text is normal text
        QCOMPARE(got, format);
        // The whole part carries the same format.
        QCOMPARE(recorder.formatAt(line, at + int(part.size()) - 1).isEmpty() ? u"Normal Text"_s : recorder.formatAt(line, at + int(part.size()) - 1), format);
    }

    void highlightsADocument()
    {
        QPlainTextEdit edit;
        auto *highlighter = new Dz::ReportHighlighter(edit.document());
        QVERIFY(highlighter->definition().isValid());
        QVERIFY(highlighter->theme().isValid());
        edit.setPlainText(u"一、主要举措和成效\n正文2025年2月19日"_s);
        QTRY_VERIFY(!edit.document()->firstBlock().layout()->formats().isEmpty());
        const QList<QTextLayout::FormatRange> heading = edit.document()->firstBlock().layout()->formats();
        QCOMPARE(heading.constFirst().start, 0);
        QVERIFY(heading.constFirst().format.fontWeight() >= QFont::Bold || heading.constFirst().format.foreground().style() != Qt::NoBrush);
    }
};

QTEST_MAIN(TestReportHighlighter)
#include "tst_reporthighlighter.moc"
