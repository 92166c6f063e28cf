#include "auditcommand.h"

#include "audit/audit.h"
#include "audit/auditformat.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Dz::Cli
{

int runAudit(const Comparison &comparison, const QString &format, int exitCode, QTextStream &out)
{
    const Audit audit = Audit::of(comparison);
    if (format == u"json"_s)
        out << QString::fromUtf8(QJsonDocument(AuditFormat::toJson(audit.audits, audit.reports)).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s)
        out << AuditFormat::toCsv(audit.audits);
    else
        out << AuditFormat::toText(audit.audits, audit.reports);
    out.flush();
    return exitCode;
}

} // namespace Dz::Cli
