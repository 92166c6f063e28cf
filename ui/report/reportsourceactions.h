#pragma once

#include "base/result.h"

#include <QObject>

class QAction;
class QWidget;

namespace Dz
{

class ProjectController;

/**
 * The actions on where reports come from: Edit → Paste as New Report,
 * File → Import from Web Address…, and File → Save Original File As…,
 * which writes the file the current report was read from (the page, the
 * Word file, the PDF) as the project keeps it. The main window only puts
 * them in its menus and says which report is current.
 */
class ReportSourceActions final : public QObject
{
    Q_OBJECT

public:
    ReportSourceActions(ProjectController *project, QWidget *window);

    QAction *pasteAction() const
    {
        return m_paste;
    }
    QAction *webAction() const
    {
        return m_web;
    }
    QAction *saveOriginalAction() const
    {
        return m_saveOriginal;
    }
    void retranslate();
    /// The report Save Original File As… writes; 0 for none.
    void setCurrentReport(qint64 id);

    /// Writes report @p id's original file to @p path; a failure names the
    /// file and the problem (a report imported before projects kept files).
    Result<> saveOriginal(qint64 id, const QString &path) const;
    /// The name offered for an original: the report's file name, with the
    /// format's suffix when it has none (a pasted report, a fetched page).
    static QString originalFileName(const QString &fileName, const QString &format);

Q_SIGNALS:
    /// A pasted or fetched report was added, but its reader doubts its text
    /// (most of a page left out): one message each, for the Problems dock.
    void warned(const QStringList &warnings);

private:
    void paste();
    void importFromWeb();
    void askAndSaveOriginal();

    ProjectController *m_project;
    QWidget *m_window;
    QAction *m_paste;
    QAction *m_web;
    QAction *m_saveOriginal;
    qint64 m_current = 0;
};

} // namespace Dz
