#pragma once

#include "project/projectaddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Dz
{

/**
 * File → Open Server Project…: where a team project lives on a PostgreSQL
 * server (host or socket folder, port, database, user) and how the
 * connection is secured (TLS when offered, required, required with the
 * server's certificate checked, or never). It shows the address it makes,
 * the one `duizhao-cli --project` takes, and asks for no password: libpq
 * reads it from the PostgreSQL password file, so Duizhao never stores it.
 */
class ServerProjectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServerProjectDialog(QWidget *parent = nullptr);

    /// Fills the fields from @p address; false (fields unchanged) when it is not one.
    bool setAddress(const QString &address);
    /// The address the fields make; empty while they name no database.
    QString address() const;
    ProjectAddress::Server server() const;
    /// True when an empty database is to become a new project (checked at first).
    bool createsProject() const;
    /// A message shown above the fields, such as why the last attempt failed.
    void setProblem(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_security = nullptr;
    QCheckBox *m_create = nullptr;
    QLineEdit *m_address = nullptr; ///< read-only: to be copied
    QLabel *m_passwordNote = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace Dz
