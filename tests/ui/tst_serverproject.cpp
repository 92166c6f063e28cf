// File → Open Server Project…: the dialog makes the address duizhao-cli
// takes, asks for no password, and, when the server cannot be reached,
// stays open with the reason so the analyst corrects it and tries again;
// then the team project opens (against a private server, serverfixture.h).

#include "project/projectactions.h"
#include "project/projectcontroller.h"
#include "project/serverprojectaction.h"
#include "project/serverprojectdialog.h"

#include "serverfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{

template<typename T>
T *field(QWidget *dialog, const QString &name)
{
    T *child = dialog->findChild<T *>(name);
    if (!child)
        qFatal("no %s in the dialog", qPrintable(name));
    return child;
}

QPushButton *openButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
}

} // namespace

class ServerProjectTest : public QObject
{
    Q_OBJECT

    Dz::Test::ServerFixture m_server;
    QString m_serverProblem;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationDomain(u"duizhao.github.io"_s);
        QCoreApplication::setApplicationName(u"tst_serverproject"_s);
        QSettings().clear();
        m_serverProblem = m_server.start();
        // CI installs the server: there a missing or broken one fails.
        if (!m_serverProblem.isEmpty() && qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(m_serverProblem));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        QSettings().clear();
    }

    void dialogMakesTheAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("address");
        QTest::newRow("TLS when offered") << u"db.example.org"_s << 5432 << u"fazhi2025"_s << u"li"_s << 0
                                          << u"postgresql://li@db.example.org:5432/fazhi2025?sslmode=prefer"_s;
        QTest::newRow("TLS required, other port") << u"10.1.2.3"_s << 6432 << u"district"_s << u"wang"_s << 1
                                                  << u"postgresql://wang@10.1.2.3:6432/district?sslmode=require"_s;
        QTest::newRow("certificate checked") << u"pg.gov.example"_s << 5432 << u"法治"_s << u"zhao"_s << 2
                                             << u"postgresql://zhao@pg.gov.example:5432/%E6%B3%95%E6%B2%BB?sslmode=verify-full"_s;
        QTest::newRow("never, on a socket") << u"/var/run/postgresql"_s << 5432 << u"fazhi"_s << u"li"_s << 3
                                            << u"postgresql://li@localhost:5432/fazhi?host=%2Fvar%2Frun%2Fpostgresql&sslmode=disable"_s;
        QTest::newRow("no database yet") << u"db"_s << 5432 << QString() << u"li"_s << 0 << QString();
        QTest::newRow("no server") << u"  "_s << 5432 << u"fazhi"_s << u"li"_s << 0 << QString();
    }
    void dialogMakesTheAddress()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(int, security);
        QFETCH(QString, address);
        Dz::ServerProjectDialog dialog;
        field<QLineEdit>(&dialog, u"serverHost"_s)->setText(host);
        field<QSpinBox>(&dialog, u"serverPort"_s)->setValue(port);
        field<QLineEdit>(&dialog, u"serverDatabase"_s)->setText(database);
        field<QLineEdit>(&dialog, u"serverUser"_s)->setText(user);
        field<QComboBox>(&dialog, u"serverSecurity"_s)->setCurrentIndex(security);
        QCOMPARE(dialog.address(), address);
        QCOMPARE(openButton(&dialog)->isEnabled(), !address.isEmpty());
        if (!address.isEmpty()) {
            // Shown, to be copied for duizhao-cli --project.
            QCOMPARE(field<QLineEdit>(&dialog, u"serverAddress"_s)->text(), address);
            // And taken back as it was made.
            Dz::ServerProjectDialog again;
            QVERIFY(again.setAddress(address));
            QCOMPARE(again.address(), address);
        }
        // Nowhere to type a password.
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(edit->echoMode() == QLineEdit::Normal);
        QVERIFY(field<QLineEdit>(&dialog, u"serverAddress"_s)->isReadOnly());
    }

    void dialogRefusesWhatIsNoAddress()
    {
        Dz::ServerProjectDialog dialog;
        dialog.setAddress(u"postgresql://li@db:5433/fazhi?sslmode=verify-ca"_s);
        // verify-ca is offered as the stricter verify-full.
        QCOMPARE(dialog.server().sslMode, u"verify-full"_s);
        QVERIFY(!dialog.setAddress(u"/home/li/reports.duizhao"_s));
        QVERIFY(!dialog.setAddress(u"postgresql://li:secret@db/fazhi"_s));
        QCOMPARE(dialog.server().database, u"fazhi"_s);
        QCOMPARE(dialog.server().port, 5433);
    }

    // The window's action: a wrong port first (nothing listens there), the
    // reason shown in the dialog, which stays open; the right port then opens
    // the team project, and the next time the dialog starts from it.
    void openRetriesUntilTheServerAnswers()
    {
        if (!m_serverProblem.isEmpty())
            QSKIP(qPrintable(m_serverProblem));
        QString error;
        const QString address = m_server.createDatabase(u"team_open"_s, &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        const auto parsed = Dz::ProjectAddress::parseServer(address);
        QVERIFY2(parsed, qPrintable(parsed.error()));

        QWidget window;
        Dz::ProjectController project;
        Dz::ProjectActions actions(&project, &window);
        Dz::ServerProjectAction open(&actions, &window);
        QCOMPARE(open.action()->objectName(), u"openServerProjectAction"_s);

        QStringList problems;
        int round = 0;
        bool cancelLeft = false;
        std::function<void()> answer = [&] {
            auto *dialog = qobject_cast<Dz::ServerProjectDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, &window, answer);
                return;
            }
            ++round;
            problems.append(field<QLabel>(dialog, u"serverProblem"_s)->isVisibleTo(dialog) ? field<QLabel>(dialog, u"serverProblem"_s)->text() : QString());
            if (const QString shots = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR"); !shots.isEmpty() && round == 2)
                dialog->grab().save(shots + u"/open-server-project.png"_s);
            field<QLineEdit>(dialog, u"serverHost"_s)->setText(parsed->host);
            field<QLineEdit>(dialog, u"serverDatabase"_s)->setText(parsed->database);
            field<QLineEdit>(dialog, u"serverUser"_s)->setText(parsed->user);
            field<QComboBox>(dialog, u"serverSecurity"_s)->setCurrentIndex(3); // a socket: no TLS
            // First a port nothing listens on, then the server's.
            field<QSpinBox>(dialog, u"serverPort"_s)->setValue(round == 1 ? parsed->port + 1 : parsed->port);
            if (round <= 2) {
                QTimer::singleShot(0, dialog, [dialog] {
                    openButton(dialog)->click();
                });
                QTimer::singleShot(50, &window, answer); // the dialog again, should the attempt fail
            } else {
                cancelLeft = true;
                dialog->reject();
            }
        };
        QTimer::singleShot(0, &window, answer);
        open.action()->trigger();

        QCOMPARE(round, 2);
        QVERIFY(problems.at(0).isEmpty());
        // The reason names the server and what went wrong.
        QVERIFY2(problems.at(1).contains(parsed->host) || problems.at(1).contains(u"localhost"_s), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(1).contains(QString::number(parsed->port + 1)), qPrintable(problems.at(1)));
        QVERIFY(!cancelLeft);
        QVERIFY2(Dz::ProjectAddress::isServer(project.path()), qPrintable(project.path()));
        const auto opened = Dz::ProjectAddress::parseServer(project.path());
        QVERIFY(opened);
        QCOMPARE(opened->database, parsed->database);
        QCOMPARE(opened->port, parsed->port);
        // Remembered for next time.
        QCOMPARE(Dz::ServerProjectAction::lastAddress(), project.path());
        project.close();
        Dz::Test::ServerFixture::closeConnection(u"team_open"_s);
    }
};

QTEST_MAIN(ServerProjectTest)
#include "tst_serverproject.moc"
