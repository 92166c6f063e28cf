#include "project/serverprojectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// libpq's sslmode for each choice of the Security box, in its order.
const QStringList SslModes {u"prefer"_s, u"require"_s, u"verify-full"_s, u"disable"_s};

} // namespace

ServerProjectDialog::ServerProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_security(new QComboBox)
    , m_create(new QCheckBox)
    , m_address(new QLineEdit)
    , m_passwordNote(new QLabel)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setObjectName(u"serverProjectDialog"_s);
    m_host->setObjectName(u"serverHost"_s);
    m_port->setObjectName(u"serverPort"_s);
    m_database->setObjectName(u"serverDatabase"_s);
    m_user->setObjectName(u"serverUser"_s);
    m_security->setObjectName(u"serverSecurity"_s);
    m_create->setObjectName(u"serverCreate"_s);
    m_create->setChecked(true);
    m_address->setObjectName(u"serverAddress"_s);
    m_problem->setObjectName(u"serverProblem"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(ProjectAddress::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_host->setText(u"localhost"_s);
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    for (int i = 0; i < SslModes.size(); ++i)
        m_security->addItem(QString(), SslModes.at(i));
    m_address->setReadOnly(true);
    for (QLabel *label : {m_passwordNote, m_problem})
        label->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e"_s);
    m_problem->hide();

    auto *form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *> {m_host, m_port, m_database, m_user, m_security, m_address}) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_create);
    layout->addWidget(m_passwordNote);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerProjectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerProjectDialog::update);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerProjectDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    update();
    m_database->setFocus();
}

bool ServerProjectDialog::setAddress(const QString &address)
{
    const Result<ProjectAddress::Server> server = ProjectAddress::parseServer(address);
    if (!server)
        return false;
    m_host->setText(server->host.isEmpty() ? u"localhost"_s : server->host);
    m_port->setValue(server->port);
    m_database->setText(server->database);
    m_user->setText(server->user);
    const int security = SslModes.indexOf(server->sslMode.isEmpty() ? u"prefer"_s : server->sslMode);
    // verify-ca checks the certificate's authority but not its name: the
    // nearest choice offered is the stricter verify-full.
    m_security->setCurrentIndex(security >= 0 ? security : (server->sslMode == u"verify-ca" ? SslModes.indexOf(u"verify-full"_s) : 0));
    return true;
}

ProjectAddress::Server ServerProjectDialog::server() const
{
    ProjectAddress::Server server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.sslMode = m_security->currentData().toString();
    return server;
}

QString ServerProjectDialog::address() const
{
    const ProjectAddress::Server s = server();
    if (s.database.isEmpty() || s.host.isEmpty())
        return {};
    return ProjectAddress::serverAddress(s);
}

bool ServerProjectDialog::createsProject() const
{
    return m_create->isChecked();
}

void ServerProjectDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ServerProjectDialog::update()
{
    const QString made = address();
    m_address->setText(made);
    m_address->setCursorPosition(0);
    m_address->setPlaceholderText(tr("(give the server and the database)"));
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!made.isEmpty());
}

void ServerProjectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServerProjectDialog::retranslate()
{
    setWindowTitle(tr("Open Server Project"));
    const QStringList labels {tr("&Server:"), tr("&Port:"), tr("&Database:"), tr("&User:"), tr("S&ecurity:"), tr("Address:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_host->setPlaceholderText(tr("a host name, an IP address, or the folder of the server's socket"));
    m_database->setPlaceholderText(tr("the team project's database, e.g. fazhi2025"));
    const QStringList security {tr("Encrypt when the server offers it"), tr("Always encrypt (TLS)"),
        tr("Always encrypt, and check the server's certificate and name"), tr("Never encrypt")};
    for (int i = 0; i < m_security->count() && i < security.size(); ++i)
        m_security->setItemText(i, security.at(i));
    m_create->setText(tr("Make a new project there when the database is empty"));
    m_create->setToolTip(tr("A database that holds other tables is never changed."));
    m_passwordNote->setText(tr("No password is asked here: PostgreSQL reads it from its password file (~/.pgpass, or the file PGPASSFILE names), "
                               "so Duizhao never stores it or writes it to a log. The address can be given to duizhao-cli --project."));
    m_buttons->button(QDialogButtonBox::Open)->setText(tr("&Open"));
    update();
}

} // namespace Dz
