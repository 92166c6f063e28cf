#pragma once

#include "reading/report.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Dz
{

/**
 * When a report was written, as far as its text or the analyst says: the
 * year it reports on, then the day it was published or signed. Copying runs
 * from the earlier report to the later one; two reports this cannot order
 * (a year not stated, or one year and no dates to tell them apart) only
 * share text.
 *
 * Only a stated year counts (read from the text, or given by the analyst
 * with Edit Identity): a year guessed from the publication date would order
 * reports by a guess.
 */
struct ReportOrder {
    Q_DECLARE_TR_FUNCTIONS(Dz::ReportOrder)

public:
    enum class DateKind {
        None,
        Published, ///< a labelled publication date (发布时间, 发布日期 …)
        Signed, ///< the date of the 落款
        Analyst, ///< the publication date the analyst gave
    };

    int year = 0; ///< the year reported on; 0 when not stated
    bool yearGuessed = false; ///< the report has a year, but only one guessed from its publication date
    QDate date; ///< invalid when the report has none
    DateKind dateKind = DateKind::None;

    /// The order of @p report, with the dates the audit read from it: a
    /// labelled publication date (@p published) and the 落款's (@p signedOn).
    /// The analyst's year and publication date win over both.
    static ReportOrder of(const Report &report, const QDate &published, const QDate &signedOn);

    /// -1 when @p a is the earlier, 1 when it is the later, 0 when the two
    /// cannot be ordered: the year reported on decides, then (one year for
    /// both) the date; a year missing on either side, or equal years without
    /// two different dates, leave the order unknown.
    static int compare(const ReportOrder &a, const ReportOrder &b);

    /// Why compare(@p a, @p b) is 0, in one sentence naming the reports as
    /// @p nameA and @p nameB.
    static QString whyUnknown(const ReportOrder &a, const QString &nameA, const ReportOrder &b, const QString &nameB);

    /// A key that sorts known orders from the earliest (unknown ones last).
    qint64 sortKey() const;

    static QString dateKindKey(DateKind kind); ///< "published", "signed", "analyst"; empty for None

    friend bool operator==(const ReportOrder &a, const ReportOrder &b)
    {
        return a.year == b.year && a.yearGuessed == b.yearGuessed && a.date == b.date && a.dateKind == b.dateKind;
    }
};

} // namespace Dz
