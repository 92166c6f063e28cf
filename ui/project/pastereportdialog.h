#pragma once

#include "reading/sourcedocument.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPlainTextEdit;

namespace Dz
{

class ProjectController;

/**
 * Edit → Paste as New Report: the clipboard's HTML (text copied from a
 * browser, read as a saved page is) or plain text becomes a report, under a
 * name the analyst can change; a preview shows what will be stored.
 */
class PasteReportDialog final : public QDialog
{
    Q_OBJECT

public:
    PasteReportDialog(const QMimeData *clipboard, ProjectController *project, QWidget *parent = nullptr);

    /// What the clipboard gave; empty text when it held nothing readable.
    const SourceDocument &document() const
    {
        return m_document;
    }
    QString name() const;
    /// Why the clipboard cannot become a report; empty if it can.
    QString problem() const
    {
        return m_problem;
    }

    /// Adds the report to the project; on failure the dialog stays open with the reason.
    void accept() override;

    /// A name for @p text: its first line, shortened.
    static QString suggestedName(const QString &text);

private:
    ProjectController *m_project;
    SourceDocument m_document;
    QString m_problem;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dz
