#include "report/reportpage.h"

#include "reading/report.h"
#include "report/reportview.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportPage::ReportPage(ReportView *view, QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel)
{
    m_header->setObjectName(u"reportHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(6, 4, 6, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(view);
}

void ReportPage::setHeaderOf(const Report &report)
{
    if (report.text.isEmpty()) {
        m_header->setText(tr("No report selected."));
        m_header->setToolTip(QString());
        return;
    }
    const ReportMetadata &meta = report.metadata;
    const QString unknown = tr("unknown");
    auto valueOf = [&unknown](const MetadataField &field) {
        return field.isValid() ? field.value : unknown;
    };
    m_header->setText(tr("%1 — year reported on: %2 — published: %3").arg(valueOf(meta.issuer), valueOf(meta.year), valueOf(meta.published)));

    // Where each value was read from, so the reader can check it.
    QStringList why;
    auto explain = [&why, &unknown](const QString &label, const MetadataField &field) {
        why.append(field.isValid() ? tr("%1: %2 (from the %3)").arg(label, field.value, field.origin.isEmpty() ? unknown : field.origin)
                                   : tr("%1: not found").arg(label));
    };
    explain(tr("District"), meta.district);
    explain(tr("Issuer"), meta.issuer);
    explain(tr("Year"), meta.year);
    explain(tr("Published"), meta.published);
    if (meta.source.isValid())
        explain(tr("Source"), meta.source);
    why.append(tr("File: %1 (%2, %3)").arg(QDir::toNativeSeparators(report.filePath), report.format, report.encoding));
    if (!report.address.isEmpty())
        why.append(tr("Address: %1").arg(report.address));
    m_header->setToolTip(why.join(u'\n'));
}

} // namespace Dz
