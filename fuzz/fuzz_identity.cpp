// Identity reading (district, issuer, year, publish date) on any text, the
// way a report is loaded: every field's span lies in the text and says what
// the field holds, and a date is a real ISO date.

#include "analysis/reportpipeline.h"
#include "fuzztext.h"

#include <QDate>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Dz::Fuzz::inside;
    using Dz::Fuzz::require;
    const QString text = Dz::Fuzz::textOf(data, size);
    const Dz::Report report = Dz::ReportPipeline::readText(text, u"fuzz.txt"_s);
    const qsizetype n = report.text.size();
    require(report.matchText.size() == n, "matchText as long as the text");
    const Dz::ReportMetadata &m = report.metadata;
    for (const Dz::MetadataField *field : {&m.district, &m.issuer, &m.year, &m.published, &m.source}) {
        if (field->span.isValid())
            require(inside(field->span.start, field->span.end, n), "a field's span inside the text");
    }
    if (!m.published.value.isEmpty())
        require(QDate::fromString(m.published.value, Qt::ISODate).isValid(), "a publish date is a real date");
    if (!m.year.value.isEmpty()) {
        bool ok = false;
        m.year.value.toInt(&ok);
        require(ok, "a year is a number");
    }
    (void)report.displayName();
    return 0;
}
