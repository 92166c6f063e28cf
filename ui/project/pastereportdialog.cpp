#include "project/pastereportdialog.h"

#include "project/projectcontroller.h"
#include "project/projectimporter.h"
#include "reading/htmlreader.h"
#include "reading/reportreader.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

PasteReportDialog::PasteReportDialog(const QMimeData *clipboard, ProjectController *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Paste as New Report"));
    const QString label = tr("clipboard");
    if (clipboard && clipboard->hasHtml()) {
        auto text = HtmlReader::articleText(clipboard->html(), label, &m_document.warnings);
        if (text) {
            m_document.text = text.value();
            m_document.format = u"html"_s;
            m_document.mimeType = u"text/html"_s;
            m_document.original = clipboard->html().toUtf8();
        }
    }
    if (m_document.text.isEmpty() && clipboard && clipboard->hasText()) {
        m_document.text = ReportReader::normalizeLineEnds(clipboard->text()).trimmed();
        m_document.format = u"text"_s;
        m_document.mimeType = u"text/plain"_s;
        m_document.original = m_document.text.toUtf8();
    }
    m_document.encoding = u"UTF-8"_s;
    if (m_document.text.trimmed().isEmpty())
        m_problem = tr("The clipboard holds no text to make a report of.");

    m_name = new QLineEdit(suggestedName(m_document.text), this);
    m_name->setObjectName(u"name"_s);
    m_preview = new QPlainTextEdit(m_document.text, this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_message = new QLabel(m_problem, this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Project"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasteReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasteReportDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty() && !text.trimmed().isEmpty());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(640, 480);
}

QString PasteReportDialog::name() const
{
    return m_name->text().trimmed();
}

QString PasteReportDialog::suggestedName(const QString &text)
{
    const QString first = text.trimmed().section(u'\n', 0, 0).trimmed();
    if (first.isEmpty())
        return tr("Pasted report");
    return first.size() > 40 ? first.left(40) + u'…' : first;
}

void PasteReportDialog::accept()
{
    if (!m_problem.isEmpty() || name().isEmpty())
        return;
    if (!m_project || !m_project->store()) {
        m_message->setText(tr("No project is open."));
        return;
    }
    auto added = ProjectImporter::addDocument(*m_project->store(), m_document, name());
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    m_project->reloadReports();
    QDialog::accept();
}

} // namespace Dz
