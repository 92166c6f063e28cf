#include "indicators/overridedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dz
{

OverrideDialog::OverrideDialog(const QString &what, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_value(new QLineEdit(current))
    , m_note(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Set Value"));
    m_value->setObjectName(u"overrideValue"_s);
    m_note->setObjectName(u"overrideNote"_s);
    m_note->setPlaceholderText(tr("Why this value (e.g. the sum of the listed activities)"));
    m_problem->setStyleSheet(u"color: #a31f1a"_s);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(what));
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Note:"), m_note);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QLineEdit::textChanged, this, &OverrideDialog::validate);
    validate();
}

Decimal OverrideDialog::value() const
{
    return Decimal::fromString(m_value->text().trimmed()).value_or(Decimal());
}

QString OverrideDialog::note() const
{
    return m_note->text().trimmed();
}

void OverrideDialog::validate()
{
    const bool ok = Decimal::fromString(m_value->text().trimmed()).has_value();
    m_problem->setText(ok || m_value->text().trimmed().isEmpty() ? QString() : tr("Enter a number such as 175 or 18.25."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Dz
