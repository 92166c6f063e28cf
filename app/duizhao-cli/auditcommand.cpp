#include "auditcommand.h"

#include "audit/audit.h"
#include "audit/auditformat.h"
#include "formattedoutput.h"

#include <QTextStream>

namespace Dz::Cli
{

int runAudit(const Comparison &comparison, const QString &format, int exitCode, QTextStream &out)
{
    const Audit audit = Audit::of(comparison);
    writeFormatted(out, format,
        {[&audit] {
             return AuditFormat::toJson(audit.audits, audit.reports);
         },
            [&audit] {
                return AuditFormat::toCsv(audit.audits);
            },
            [&audit] {
                return AuditFormat::toText(audit.audits, audit.reports);
            }});
    return exitCode;
}

} // namespace Dz::Cli
