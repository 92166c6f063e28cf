#pragma once

#include "audit/audit.h"
#include "base/result.h"
#include "base/tabledata.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTableView;
class QToolBar;

namespace Dz
{

class AuditTableModel;
class TableExportActions;

/**
 * The Audit view: reports × checks (met, finding, unknown) with each
 * cell's reason on hover; the chosen cell's details below (passages copied
 * from earlier reports (抄自), by later ones (被抄) and shared with reports of
 * unknown order (相同), each naming the other report; plan items with what
 * the next year says of them). Clicking a finding opens its passage; a
 * copied passage, in any direction, opens both reports with it marked in each.
 *
 * A view: it shows the Audit it is given (AnalysisController audits each
 * comparison on its worker and hands the result on); it runs nothing itself.
 */
class AuditPane final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPane(QWidget *parent = nullptr);
    ~AuditPane() override;

    /// The fill of a cell of AuditStatus @p status (as int): a finding stands
    /// out, unknown is muted; invalid for the name column (-1).
    static QColor statusColour(int status);
    /// Shows @p audit (the cell chosen before is forgotten); auditShown().
    void setAudit(const Audit &audit);
    /// Says that the audit of a new comparison is on its way.
    void showAuditing();
    AuditTableModel *model() const
    {
        return m_model;
    }
    QTableView *table() const
    {
        return m_table;
    }
    QListWidget *details() const
    {
        return m_details;
    }
    /// "Add Audit to Deck" and "Add Copied Passages to Deck" (of the chosen report).
    QAction *slideAction() const
    {
        return m_slideAction;
    }
    QAction *copiedSlideAction() const
    {
        return m_copiedSlideAction;
    }
    /// Explains cell (@p row, @p column): why, with its passage marked, and its passages listed.
    void activate(int row, int column);
    /// Opens the passage of cell (@p row, @p column) in the compare view (findingRequested(), or copiedPassageRequested()).
    void open(int row, int column);
    /// The explanation of the chosen cell.
    QTextBrowser *explanation() const
    {
        return m_explanation;
    }

    Result<qint64> exportMarkdown(const QString &path) const;
    Result<qint64> exportCsv(const QString &path) const;
    Result<qint64> exportXlsx(const QString &path) const;

Q_SIGNALS:
    /// setAudit() has shown an audit.
    void auditShown();
    void passageRequested(int report, Dz::TextSpan span);
    /// The passage a finding rests on, to be marked with @p reason.
    void findingRequested(int report, Dz::TextSpan span, const QString &reason);
    /// A copied passage: where it is in @p report, and in @p other.
    void copiedPassageRequested(int report, Dz::TextSpan span, int other, Dz::TextSpan otherSpan);
    void tableForDeck(const Dz::TableData &table);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The steps of the constructor.
    void configureViews();
    void createActions();
    void layOut();
    void connectViews();

    void retranslate();
    void showDetails(int row, AuditCheckId check);
    void explain(int row, AuditCheckId check);
    void updateSlideActions();

    AuditTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_details = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
    QToolBar *m_tools = nullptr;
    TableExportActions *m_exports = nullptr;
    QAction *m_slideAction = nullptr;
    QAction *m_copiedSlideAction = nullptr;
    QList<Report> m_reports;
};

} // namespace Dz
