#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Dz
{

class ProjectController;
class WebPageFetcher;
struct SourceDocument;

/**
 * File → Import from Web Address…: fetches a page (or a PDF, .docx…
 * linked from one) with progress and Cancel, reads it by its content, and
 * adds it to the project with the address as its source.
 */
class WebImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WebImportDialog(ProjectController *project, QWidget *parent = nullptr);

    void setAddress(const QString &address);
    WebPageFetcher *fetcher() const
    {
        return m_fetcher;
    }
    /// The last failure, or the outcome, as shown.
    QString message() const;

    /// Starts fetching the address typed.
    void start();

    void reject() override;

Q_SIGNALS:
    /// A report was added to the project.
    void reportAdded(qint64 id);
    /// It was added, but the reader doubts its text (SourceDocument::warnings).
    void warned(const QStringList &warnings);

private:
    void add(const SourceDocument &document);
    void showFailure(const QString &message);
    void setBusy(bool busy);

    ProjectController *m_project;
    WebPageFetcher *m_fetcher;
    QLineEdit *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_fetch = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dz
