#pragma once

#include "common/exportdialog.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QPushButton;
class QWidget;

namespace Dz
{

/**
 * A view's Markdown, CSV and Excel exports: three actions, each asking where
 * to save (exportWithDialog(): the folder of the last table export, then the
 * confirmation or the error naming the file) and writing there with the
 * view's writer. The view says what is written and how the file is called,
 * and puts the actions on its tool bar (actions()) or as buttons (buttons()).
 */
class TableExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Format {
        Markdown,
        Csv,
        Xlsx,
    };

    /// What a view exports. The dialog's title and the file's name are asked
    /// for when an export starts, so they are in the language of the moment.
    struct Source {
        /// "Export Audit"
        std::function<QString()> title;
        /// The name proposed for a file ending in @p suffix ("md", "csv", "xlsx"): ExportNaming::fileName().
        std::function<QString(const QString &suffix)> fileName;
        ExportWriter markdown;
        ExportWriter csv;
        ExportWriter xlsx;
    };

    /// The Source of a view that writes the formats itself, with
    /// exportMarkdown(), exportCsv() and exportXlsx() (a path to the size
    /// written, or the error).
    template<class View>
    static Source sourceOf(const View *view, std::function<QString()> title, std::function<QString(const QString &suffix)> fileName)
    {
        return {std::move(title), std::move(fileName),
            [view](const QString &path) {
                return view->exportMarkdown(path);
            },
            [view](const QString &path) {
                return view->exportCsv(path);
            },
            [view](const QString &path) {
                return view->exportXlsx(path);
            }};
    }

    /// The dialogs open over @p view, which also owns the actions.
    TableExportActions(QWidget *view, Source source);

    QAction *action(Format format) const;
    /// Markdown, CSV and Excel, in that order.
    QList<QAction *> actions() const
    {
        return m_actions;
    }
    /// New push buttons for a pane without a tool bar: each triggers its
    /// action and follows its text and state.
    QList<QPushButton *> buttons() const;
    /// Sets the actions' texts in the interface's language; the view calls
    /// it from its own retranslation (its tool tips are the view's to set).
    void retranslate();

private:
    void exportAs(Format format);

    QWidget *m_view;
    Source m_source;
    QList<QAction *> m_actions;
};

} // namespace Dz
