#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

#include <functional>
#include <memory>

class QAbstractItemView;
class QColor;
class QModelIndex;
class QPlainTextEdit;
class QPrinter;
class QTextDocument;

namespace Dz
{

struct Comparison;
class CompareView;

/**
 * A view as pages: each view becomes a QTextDocument (a report's text with
 * its highlighting and marks, the compare columns of a node one report
 * after another, a table with its cell colours and a chart), and print()
 * lays any of them out on a printer's pages under a header naming the
 * project, the view and the date, with page numbers at the foot.
 *
 * The same pages go to the printer, the print preview and a PDF.
 */
class ViewPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ViewPrinter)

public:
    /// What every page's header says.
    struct Heading {
        QString project;
        QString view;
        QDate date = QDate::currentDate();
    };
    /// A table cell's fill as the view paints it; invalid: none.
    using CellColour = std::function<QColor(const QModelIndex &)>;

    /// @p view's whole text under @p title, with the highlighting and the marks it shows.
    static std::unique_ptr<QTextDocument> text(const QPlainTextEdit &view, const QString &title);
    /// The compared reports' sections of @p node (their whole text when
    /// @p node is empty), one report after another under its name, as the
    /// columns of @p view highlight them; a report without the node says so.
    static std::unique_ptr<QTextDocument> compare(const CompareView &view, const Comparison &comparison, const QString &node, const QString &nodeTitle);
    /// The rows of @p view in the order it shows them (a tree's children
    /// indented under their parent), its hidden columns left out, the header
    /// repeated on each page, @p colour filling cells; @p picture (a chart)
    /// under it, as wide as the page, with @p pictureNote below.
    static std::unique_ptr<QTextDocument> table(const QAbstractItemView &view, const QString &title, const CellColour &colour = {},
        const QImage &picture = QImage(), const QString &pictureNote = QString());

    /// Lays @p document out on @p printer's pages, each under @p heading and
    /// numbered at its foot; returns the number of pages (0 when the
    /// printer cannot be painted on).
    static int print(QTextDocument &document, QPrinter &printer, const Heading &heading);
};

} // namespace Dz
