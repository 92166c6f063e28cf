#include "window/workbenchstatus.h"

#include "project/projectimporter.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Dz
{

WorkbenchStatus::WorkbenchStatus(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_label(new QLabel)
    , m_connection(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancelButton(new QToolButton)
    , m_problemsButton(new QToolButton)
    , m_removeKeptButton(new QToolButton)
{
    m_label->setObjectName(u"statusLabel"_s);
    bar->addWidget(m_label, 1);

    m_connection->setObjectName(u"connectionLabel"_s);
    m_connection->hide();
    bar->addPermanentWidget(m_connection);

    m_problemsButton->setObjectName(u"errorsButton"_s);
    m_problemsButton->setIcon(QIcon::fromTheme(u"dialog-warning"_s));
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->hide();
    connect(m_problemsButton, &QToolButton::clicked, this, &WorkbenchStatus::problemsButtonClicked);
    bar->addPermanentWidget(m_problemsButton);

    m_removeKeptButton->setObjectName(u"removeKeptButton"_s);
    m_removeKeptButton->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_removeKeptButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeKeptButton->hide();
    connect(m_removeKeptButton, &QToolButton::clicked, this, &WorkbenchStatus::removeKeptRequested);
    bar->addPermanentWidget(m_removeKeptButton);

    m_progress->setMaximumWidth(200);
    m_progress->hide();
    bar->addPermanentWidget(m_progress);

    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &WorkbenchStatus::cancelRequested);
    bar->addPermanentWidget(m_cancelButton);
}

void WorkbenchStatus::reset()
{
    m_loadState = LoadState::Idle;
}

void WorkbenchStatus::importStarted(int fileCount)
{
    m_loadState = LoadState::Loading;
    m_keptByCancel = 0;
    m_removeKeptButton->hide();
    m_loadingCount = fileCount;
    m_progress->setRange(0, 0); // busy until the importer has counted the files
    m_progress->show();
    m_cancelButton->show();
}

bool WorkbenchStatus::setImportProgress(int done, int total, const QString &file)
{
    const bool recounted = m_loadingCount != total;
    m_loadingCount = total;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setToolTip(QFileInfo(file).fileName());
    return recounted;
}

void WorkbenchStatus::importFinished(const ImportOutcome &outcome)
{
    m_loadState = LoadState::Loaded;
    m_lastLoadedCount = outcome.added + outcome.updated;
    m_lastErrorCount = int(outcome.errors.size());
    m_lastDuplicateCount = int(outcome.duplicates.size());
    m_lastSkippedCount = int(outcome.skipped.size());
    m_lastWarningCount = int(outcome.warnings.size());
    hideProgress();
}

void WorkbenchStatus::importCanceled(int kept)
{
    m_loadState = LoadState::Canceled;
    m_keptByCancel = kept;
    m_removeKeptButton->setVisible(kept > 0);
    m_removeKeptButton->setText(tr("Remove the %n Report(s)", nullptr, kept));
    hideProgress();
}

void WorkbenchStatus::reportsListed(int count)
{
    if (m_loadState != LoadState::Idle)
        return;
    // A project opened: what it holds is what was loaded.
    m_loadState = count == 0 ? LoadState::Idle : LoadState::Loaded;
    m_lastLoadedCount = count;
    m_lastErrorCount = 0;
    m_lastDuplicateCount = 0;
    m_lastSkippedCount = 0;
    m_lastWarningCount = 0;
}

void WorkbenchStatus::hideProgress()
{
    m_progress->hide();
    m_cancelButton->hide();
}

QString WorkbenchStatus::text() const
{
    switch (m_loadState) {
    case LoadState::Idle:
        return tr("No reports loaded. Open report files or drop them here.");
    case LoadState::Loading:
        return tr("Loading %n report(s)…", nullptr, m_loadingCount);
    case LoadState::Canceled:
        if (m_keptByCancel > 0)
            return tr("Import canceled: %n report(s) read before the cancel are kept in the project.", nullptr, m_keptByCancel);
        return tr("Import canceled: nothing was added.");
    case LoadState::Loaded:
        break;
    }
    QString text = tr("Loaded %n report(s).", nullptr, m_lastLoadedCount);
    if (m_lastDuplicateCount > 0)
        text += u' ' + tr("%n file(s) already in the project.", nullptr, m_lastDuplicateCount);
    if (m_lastErrorCount > 0)
        text += u' ' + tr("%n file(s) could not be read.", nullptr, m_lastErrorCount);
    if (m_lastWarningCount > 0)
        text += u' ' + tr("%n report(s) read with a warning.", nullptr, m_lastWarningCount);
    if (m_lastSkippedCount > 0)
        text += u' ' + tr("Some folder entries were left out (see Problems).");
    if (m_comparing.analysing) {
        text += u' ' + tr("Comparing %n report(s)…", nullptr, m_comparing.comparing);
    } else if (m_comparing.compared > 0 && !m_comparing.chosen && m_comparing.listed > m_comparing.compared) {
        text += u' '
            + tr("Comparing the first %1 of %2 reports: add others from the report list (Add to Comparison).")
                  .arg(m_comparing.compared)
                  .arg(m_comparing.listed);
    } else if (m_comparing.compared > 0) {
        // Which reports, by name: a few, then how many more.
        constexpr int Named = 4;
        QString names = m_comparing.names.mid(0, Named).join(tr(", "));
        if (m_comparing.names.size() > Named)
            names = tr("%1 and %n more", nullptr, int(m_comparing.names.size() - Named)).arg(names);
        text += u' ' + tr("Comparing %n report(s): %1.", nullptr, m_comparing.compared).arg(names);
    }
    return text;
}

void WorkbenchStatus::update(const Comparing &comparing, const QStringList &problems)
{
    m_comparing = comparing;
    m_label->setText(text());
    m_problemsButton->setVisible(!problems.isEmpty());
    m_problemsButton->setText(tr("%n problem(s)", nullptr, int(problems.size())));
    m_problemsButton->setToolTip(problems.join(u'\n'));
}

void WorkbenchStatus::retranslate()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop importing or comparing; the reports imported so far stay in the project"));
    m_progress->setFormat(tr("%v of %m"));
    m_removeKeptButton->setText(tr("Remove the %n Report(s)", nullptr, m_keptByCancel));
    m_removeKeptButton->setToolTip(tr("Take the reports the canceled import had read out of the project again"));
    showConnection(m_security);
}

void WorkbenchStatus::showConnection(const ProjectDatabase::ConnectionSecurity &security)
{
    m_security = security;
    m_connection->setVisible(security.server);
    if (!security.server)
        return;
    if (!m_offline.isEmpty()) {
        m_connection->setText(m_retrySeconds > 0 ? tr("Server · offline, trying again in %n s", nullptr, m_retrySeconds) : tr("Server · offline"));
        m_connection->setToolTip(tr("The project's server cannot be reached: %1\nChanges are not saved until Duizhao has connected again; File → "
                                    "Reconnect tries at once.")
                .arg(m_offline));
        return;
    }
    if (security.encrypted) {
        m_connection->setText(tr("Server · encrypted"));
        m_connection->setToolTip(tr("The connection to the project's server is encrypted (%1).").arg(security.protocol));
    } else {
        m_connection->setText(tr("Server · not encrypted"));
        m_connection->setToolTip(tr("The connection to the project's server is not encrypted: on a network others can read what is sent. "
                                    "Open the project again with Always encrypt (TLS) where the server offers it."));
    }
}

void WorkbenchStatus::showOffline(const QString &reason, int retrySeconds)
{
    m_offline = reason;
    m_retrySeconds = retrySeconds;
    showConnection(m_security);
}

} // namespace Dz
