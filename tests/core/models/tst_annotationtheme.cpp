// annotationTheme(): what an annotated passage is about, on the five seeds:
// a weakness item's theme first, else the node of the section holding it.

#include "analysis/analysisengines.h"
#include "models/annotationtheme.h"
#include "models/weaknessmatrixmodel.h"
#include "seedfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAnnotationTheme : public QObject
{
    Q_OBJECT

    Dz::Comparison m_comparison;
    Dz::WeaknessMatrixModel m_weaknesses;

private Q_SLOTS:
    void initTestCase()
    {
        const Dz::AnalysisEngines &engines = Dz::AnalysisEngines::required();
        QList<Dz::Report> reports;
        for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s})
            reports.append(Dz::Test::loadSeed(prefix));
        m_comparison = Dz::Comparison::analyse(engines, reports);
        m_weaknesses.setComparison(m_comparison, engines.weaknesses.catalog());
    }

    void weaknessThemeFirst_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<bool>("chinese");
        for (int report = 0; report < 5; ++report) {
            QTest::addRow("report %d, Chinese", report) << report << true;
            QTest::addRow("report %d, English", report) << report << false;
        }
    }

    void weaknessThemeFirst()
    {
        QFETCH(int, report);
        QFETCH(bool, chinese);
        m_weaknesses.setChineseLabels(chinese);
        int checked = 0;
        for (const Dz::WeaknessItem &item : m_comparison.weaknesses.at(report).items) {
            if (item.theme.isEmpty())
                continue; // the node then, as nodeOutsideTheWeaknesses() checks
            const QString theme = Dz::annotationTheme(m_comparison, report, item.span.start, m_weaknesses, chinese);
            // Items may nest (a cause inside its shortcoming): the first that holds the place.
            const auto &items = m_comparison.weaknesses.at(report).items;
            const auto holder = std::find_if(items.cbegin(), items.cend(), [&item](const Dz::WeaknessItem &other) {
                return other.span.contains(item.span.start) && !other.theme.isEmpty();
            });
            QCOMPARE(theme, m_weaknesses.themeLabel(holder->theme));
            QVERIFY(theme.startsWith(holder->theme + u' '));
            QVERIFY(!theme.endsWith(u' '));
            ++checked;
        }
        // 九龙坡 (003) reports no shortcomings at all.
        QCOMPARE(checked > 0, !m_comparison.weaknesses.at(report).missing);
    }

    void nodeOutsideTheWeaknesses_data()
    {
        QTest::addColumn<int>("report");
        for (int report = 0; report < 5; ++report)
            QTest::addRow("report %d", report) << report;
    }

    void nodeOutsideTheWeaknesses()
    {
        QFETCH(int, report);
        for (const bool chinese : {true, false}) {
            // The first placed section's start: its node, labelled in the language asked.
            const Dz::Report &r = m_comparison.reports.at(report);
            for (const Dz::Section &section : r.sections) {
                const auto place = m_comparison.placeAt(report, section.span.start);
                if (place.node.isEmpty())
                    continue;
                const QString theme = Dz::annotationTheme(m_comparison, report, section.span.start, m_weaknesses, chinese);
                const bool inWeakness = std::any_of(
                    m_comparison.weaknesses.at(report).items.cbegin(), m_comparison.weaknesses.at(report).items.cend(), [&](const Dz::WeaknessItem &item) {
                        return item.span.contains(section.span.start) && !item.theme.isEmpty();
                    });
                if (inWeakness)
                    continue;
                const Dz::SchemeLabel &label = m_comparison.alignment.rows().at(m_comparison.alignment.rowIndex(place.node)).label;
                QCOMPARE(theme, place.node + u' ' + (chinese ? label.zh : label.en));
                break;
            }
        }
    }

    void nothingOutsideTheReports()
    {
        QCOMPARE(Dz::annotationTheme(m_comparison, 7, 0, m_weaknesses, true), QString());
        QCOMPARE(Dz::annotationTheme(m_comparison, -1, 0, m_weaknesses, true), QString());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationTheme)
#include "tst_annotationtheme.moc"
