#pragma once

#include "quantities/quantity.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Dz
{

/// Asks for an analyst's value (an exact decimal) and a note saying why.
class OverrideDialog final : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(const QString &what, const QString &current, QWidget *parent = nullptr);

    Decimal value() const;
    QString note() const;

private:
    void validate();

    QLineEdit *m_value = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dz
