#include "indicators/notreporteddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dz
{

NotReportedDialog::NotReportedDialog(const QString &what, const QString &extracted, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Not Reported"));
    m_reason->setObjectName(u"notReportedReason"_s);
    m_reason->setPlaceholderText(tr("Why (e.g. the figure is the cases of one department only)"));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(what);
    label->setWordWrap(true);
    form->addRow(label);
    if (!extracted.isEmpty())
        form->addRow(tr("Extracted:"), new QLabel(extracted));
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(520, 160);
}

void NotReportedDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString NotReportedDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace Dz
