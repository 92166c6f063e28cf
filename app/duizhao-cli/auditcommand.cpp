#include "auditcommand.h"

#include "audit/auditformat.h"
#include "audit/auditor.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Dz::Cli
{

int runAudit(const Comparison &comparison, const QString &format, int exitCode, QTextStream &out)
{
    const QList<ReportAudit> audits = Auditor().audit(comparison);
    if (format == u"json"_s)
        out << QString::fromUtf8(QJsonDocument(AuditFormat::toJson(audits, comparison.reports)).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s)
        out << AuditFormat::toCsv(audits);
    else
        out << AuditFormat::toText(audits, comparison.reports);
    out.flush();
    return exitCode;
}

} // namespace Dz::Cli
