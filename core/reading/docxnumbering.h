#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Dz
{

/**
 * Word's automatic numbering (word/numbering.xml) rendered as a reader of
 * the document sees it: the numbers of `一、`, `（一）`, `1.` are not in the
 * text but made by Word from a list definition, so a reader that skipped
 * them would give the outline headings without markers.
 *
 * Counters run per abstract list (w:abstractNum), a w:num's
 * w:startOverride restarts its level the first time the w:num is used, and
 * a level restarts after any higher level is used unless w:lvlRestart says
 * otherwise (0: never). lvlText's %1…%9 are the levels' counters in each
 * level's number format (decimal, chineseCounting, ideographDigital,
 * decimalEnclosedCircle and the rest of ECMA-376 §17.18.59 that Chinese
 * documents use).
 *
 * Counters stay between 0 and ReadLimits::MaxListNumber (a start near
 * INT_MAX or below zero is held there), and a marker that would render
 * longer than ReadLimits::MaxMarkerLength is left out, so a small
 * numbering part cannot make a huge text.
 */
class DocxNumbering
{
public:
    struct Level {
        int start = 1;
        QString format = QStringLiteral("decimal");
        QString text; ///< lvlText, e.g. "%1、", "（%2）"
        int restart = -1; ///< w:lvlRestart: -1 default, 0 never, n after level n (1-based)
        bool legal = false; ///< w:isLgl: every number in decimal
        QString suffix = QStringLiteral("tab"); ///< w:suff: tab, space or nothing
    };

    /// Parses numbering.xml; an empty or broken part gives no lists.
    static DocxNumbering parse(const QByteArray &xml);

    bool isEmpty() const
    {
        return m_nums.isEmpty();
    }

    /// The marker of the next paragraph of list @p numId at level @p ilvl,
    /// counting it; empty for numId 0, unknown lists and bullets.
    QString next(int numId, int ilvl);

    /// @p value (held between 0 and ReadLimits::MaxListNumber) in Word's
    /// number format @p format ("chineseCounting" …).
    static QString formatNumber(int value, const QString &format);

private:
    struct Num {
        int abstractId = -1;
        QHash<int, int> startOverride; ///< level → start
        QHash<int, Level> levelOverride;
        QList<bool> applied = QList<bool>(9, false);
    };
    struct Counters {
        QList<int> value = QList<int>(9, 0);
        QList<bool> started = QList<bool>(9, false);
    };

    Level levelOf(const Num &num, int ilvl) const;

    QHash<int, QList<Level>> m_abstract;
    QHash<int, Num> m_nums;
    QHash<int, Counters> m_counters; ///< per abstract list
};

} // namespace Dz
