#include "audit/requiredcontentscheck.h"

#include "base/translationloader.h"

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// The part's name in the interface's language: analysts read words, not codes.
QString labelOf(const Alignment &alignment, const QString &part)
{
    const int row = alignment.rowIndex(part);
    if (row < 0)
        return QString();
    const SchemeLabel &label = alignment.rows().at(row).label;
    return TranslationLoader::interfaceIsChinese() ? label.zh : label.en;
}

} // namespace

AuditCheck RequiredContentsCheck::run(const ReportParts &parts, const Alignment &alignment, const AuditRules &rules, ReportAudit &audit)
{
    AuditCheck check;
    check.id = AuditCheckId::Contents;
    for (const QString &part : rules.reportedParts) {
        if (parts.has(part))
            audit.present.append(part);
        else if (rules.requiredParts.contains(part))
            audit.missing.append(part);
        else
            audit.absent.append(part);
    }
    QStringList named;
    for (const QString &part : std::as_const(audit.missing))
        named.append(u"%1 %2"_s.arg(part, labelOf(alignment, part)));
    if (audit.missing.isEmpty()) {
        check.status = AuditStatus::Met;
        check.value = tr("complete");
        check.reason = tr("The report has every required part (%1), each placed by the alignment (corrections included); "
                          "《法治政府建设与责任落实督察工作规定》 requires them.")
                           .arg(rules.requiredParts.join(u", "_s));
    } else {
        check.status = AuditStatus::Finding;
        check.value = tr("%1 missing").arg(named.join(u"; "_s));
        check.reason = tr("No section of the report is placed in %1 (corrections included), which "
                          "《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) requires in the annual report.")
                           .arg(named.join(u"; "_s));
    }
    if (!audit.absent.isEmpty())
        check.reason += u' ' + tr("Not required and absent: %1.").arg(audit.absent.join(u", "_s));
    return check;
}

} // namespace Dz
