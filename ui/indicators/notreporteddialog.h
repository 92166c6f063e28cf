#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace Dz
{

/**
 * "Not Reported": the analyst says the report gives no figure for an
 * indicator (what was extracted is a sub-count, or about something else)
 * and why; the reason is required, so the table and the exports can say it.
 */
class NotReportedDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p what names the value; @p extracted is what was extracted (shown, so the analyst sees what is dropped).
    NotReportedDialog(const QString &what, const QString &extracted, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dz
