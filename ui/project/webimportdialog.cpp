#include "project/webimportdialog.h"

#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "reading/webpagefetcher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

WebImportDialog::WebImportDialog(ProjectController *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_fetcher(new WebPageFetcher(this))
{
    setWindowTitle(tr("Import from Web Address"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"address"_s);
    m_address->setPlaceholderText(u"https://"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_fetch = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_fetch->setObjectName(u"fetch"_s);
    connect(m_fetch, &QPushButton::clicked, this, &WebImportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WebImportDialog::reject);
    connect(m_address, &QLineEdit::returnPressed, this, &WebImportDialog::start);

    connect(m_fetcher, &WebPageFetcher::progressed, this, [this](qint64 received, qint64 total) {
        // Sizes in KiB keep the range within int.
        m_progress->setRange(0, total > 0 ? int(total / 1024) + 1 : 0);
        if (total > 0)
            m_progress->setValue(int(received / 1024));
    });
    connect(m_fetcher, &WebPageFetcher::fetched, this, &WebImportDialog::add);
    connect(m_fetcher, &WebPageFetcher::failed, this, &WebImportDialog::showFailure);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 180);
}

void WebImportDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

QString WebImportDialog::message() const
{
    return m_message->text();
}

void WebImportDialog::setBusy(bool busy)
{
    m_fetch->setEnabled(!busy);
    m_address->setEnabled(!busy);
    if (busy) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
}

void WebImportDialog::start()
{
    const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
    if (m_address->text().trimmed().isEmpty())
        return;
    m_message->setText(tr("Fetching %1…").arg(url.toDisplayString()));
    setBusy(true);
    m_fetcher->fetch(url);
}

void WebImportDialog::reject()
{
    // Cancel stops a fetch under way first; a second Cancel closes.
    if (m_fetcher->isRunning()) {
        m_fetcher->cancel();
        setBusy(false);
        m_message->setText(tr("Canceled."));
        return;
    }
    QDialog::reject();
}

void WebImportDialog::showFailure(const QString &message)
{
    setBusy(false);
    m_message->setText(message);
}

void WebImportDialog::add(const SourceDocument &document)
{
    setBusy(false);
    if (!m_project || !m_project->store()) {
        m_message->setText(tr("No project is open."));
        return;
    }
    const QString name = WebPageFetcher::nameFor(QUrl(document.address));
    auto added = ProjectImporter::addDocument(*m_project->store(), document, name);
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    m_project->reloadReports();
    m_message->setText(tr("Added %1 to the project.").arg(document.address));
    Q_EMIT reportAdded(added.value());
    if (!document.warnings.isEmpty())
        Q_EMIT warned(document.warnings);
    accept();
}

} // namespace Dz
