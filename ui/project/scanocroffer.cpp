#include "project/scanocroffer.h"

#include "common/workbench_debug.h"
#include "project/projectcontroller.h"
#include "reading/pdfocr.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dz
{

ScanOcrOffer::ScanOcrOffer(ProjectController *project, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_window(window)
{
    // Queued: the controller lists the imported reports first, and the
    // question does not hold up its handling of the finished import.
    connect(m_project, &ProjectController::importFinished, this, &ScanOcrOffer::handleImportFinished, Qt::QueuedConnection);
}

void ScanOcrOffer::handleImportFinished(const ImportOutcome &outcome)
{
    if (outcome.scans.isEmpty() || outcome.canceled)
        return;
    const auto tesseract = PdfOcr::program();
    if (!tesseract) {
        qCInfo(lcUi).noquote() << tesseract.error();
        return;
    }
    const bool accepted = m_ask ? m_ask(outcome.scans) : askWindow(outcome.scans);
    Q_EMIT offered(outcome.scans, accepted);
    if (accepted)
        m_project->importFiles(outcome.scans, true);
}

bool ScanOcrOffer::askWindow(const QStringList &scans) const
{
    QStringList names;
    for (const QString &path : scans)
        names.append(QFileInfo(path).fileName());
    QMessageBox box(QMessageBox::Question, tr("Read with OCR"),
        tr("%n file(s) are scanned PDFs: their pages are pictures without a text layer.", nullptr, int(scans.size())), QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Tesseract can read the text from the pictures (OCR, Simplified Chinese). It takes a few seconds a page and the "
                              "text may hold misread characters; check it before relying on its figures. Read them with OCR now?"));
    box.setDetailedText(names.join(u'\n'));
    QPushButton *read = box.addButton(tr("Read with OCR"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(read);
    box.exec();
    return box.clickedButton() == read;
}

} // namespace Dz
