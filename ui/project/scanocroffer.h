#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace Dz
{

class ProjectController;
struct ImportOutcome;

/**
 * Offers OCR for the scanned PDFs an import refused: when Tesseract with
 * chi_sim is installed, asks the analyst "Read with OCR?" and imports those
 * files again with OCR, in the background like any import (the status bar's
 * progress and Cancel). Without Tesseract the refusals' messages, in the
 * Problems pane, already say what to install.
 */
class ScanOcrOffer final : public QObject
{
    Q_OBJECT

public:
    /// Asks over @p window; the question can be replaced (tests answer it).
    using Ask = std::function<bool(const QStringList &scans)>;

    ScanOcrOffer(ProjectController *project, QWidget *window, QObject *parent = nullptr);

    void setAsk(Ask ask)
    {
        m_ask = std::move(ask);
    }

Q_SIGNALS:
    /// OCR was offered for @p scans (available), and taken or not.
    void offered(const QStringList &scans, bool accepted);

private:
    void handleImportFinished(const ImportOutcome &outcome);
    bool askWindow(const QStringList &scans) const;

    ProjectController *m_project = nullptr;
    QWidget *m_window = nullptr;
    Ask m_ask;
};

} // namespace Dz
