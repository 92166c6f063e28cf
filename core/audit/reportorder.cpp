#include "audit/reportorder.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

bool fromAnalyst(const MetadataField &field)
{
    return field.isValid() && field.origin == u"analyst"_s;
}

} // namespace

ReportOrder ReportOrder::of(const Report &report, const QDate &published, const QDate &signedOn)
{
    ReportOrder order;
    const MetadataField &year = report.metadata.year;
    const bool stated = year.isValid() && (year.span.isValid() || fromAnalyst(year));
    if (stated && report.year() > 0)
        order.year = report.year();
    else
        order.yearGuessed = report.year() > 0;

    const QDate given = fromAnalyst(report.metadata.published) ? QDate::fromString(report.metadata.published.value, Qt::ISODate) : QDate();
    if (given.isValid()) {
        order.date = given;
        order.dateKind = DateKind::Analyst;
    } else if (published.isValid()) {
        order.date = published;
        order.dateKind = DateKind::Published;
    } else if (signedOn.isValid()) {
        order.date = signedOn;
        order.dateKind = DateKind::Signed;
    }
    return order;
}

int ReportOrder::compare(const ReportOrder &a, const ReportOrder &b)
{
    if (a.year <= 0 || b.year <= 0)
        return 0;
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (!a.date.isValid() || !b.date.isValid() || a.date == b.date)
        return 0;
    return a.date < b.date ? -1 : 1;
}

QString ReportOrder::whyUnknown(const ReportOrder &a, const QString &nameA, const ReportOrder &b, const QString &nameB)
{
    for (const auto &[order, name] : {std::pair(&a, &nameA), std::pair(&b, &nameB)}) {
        if (order->year > 0)
            continue;
        return order->yearGuessed ? tr("%1 does not state the year it reports on (the year shown is only guessed from its date).").arg(*name)
                                  : tr("%1 does not state the year it reports on.").arg(*name);
    }
    if (a.year != b.year)
        return {};
    if (a.date.isValid() && b.date.isValid())
        return tr("Both report on %1 and are dated the same day (%2).").arg(a.year).arg(a.date.toString(Qt::ISODate));
    if (!a.date.isValid() && !b.date.isValid())
        return tr("Both report on %1 and neither has a publication or signing date.").arg(a.year);
    return tr("Both report on %1, and %2 has no publication or signing date.").arg(a.year).arg(a.date.isValid() ? nameB : nameA);
}

qint64 ReportOrder::sortKey() const
{
    if (year <= 0)
        return std::numeric_limits<qint64>::max();
    // A year, then the day within the years (a date or, without one, after every date).
    const qint64 day = date.isValid() ? date.toJulianDay() : std::numeric_limits<qint32>::max();
    return qint64(year) * (qint64(1) << 32) + day;
}

QString ReportOrder::dateKindKey(DateKind kind)
{
    switch (kind) {
    case DateKind::None:
        return {};
    case DateKind::Published:
        return u"published"_s;
    case DateKind::Signed:
        return u"signed"_s;
    case DateKind::Analyst:
        return u"analyst"_s;
    }
    return {};
}

} // namespace Dz
