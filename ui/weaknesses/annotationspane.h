#pragma once

#include "base/tabledata.h"
#include "project/annotation.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace Dz
{

class TableExportActions;

/// An annotation as the list shows it: which compared report, and what it is about.
struct ShownAnnotation {
    int report = -1; ///< column of the compared report
    QString reportName;
    Annotation annotation;
    QString theme; ///< the weakness theme or scheme node of the passage, as a label
};

/**
 * The analyst's annotations on the compared reports, filtered by tag, theme
 * and status: double-click goes to the passage; edit, remove, put one that
 * lost its place back at a selection; export as Markdown or CSV.
 */
class AnnotationsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsPane(QWidget *parent = nullptr);

    void setAnnotations(const QList<ShownAnnotation> &annotations);
    /// The annotations the filters let through, in list order.
    QList<ShownAnnotation> shown() const;
    void setTagFilter(const QString &tag);
    void setThemeFilter(const QString &theme);
    void setStatusFilter(std::optional<Annotation::Status> status);

    QString toMarkdown() const;
    QString toCsv() const;
    /// The annotations shown as a table, headers and words in the interface's language (CSV and XLSX exports).
    TableData table() const;

Q_SIGNALS:
    void showRequested(int report, Dz::TextSpan span);
    void editRequested(const Dz::Annotation &annotation);
    void removeRequested(const Dz::Annotation &annotation);
    /// Put @p annotation at the text selected in its report's column.
    void placeRequested(const Dz::Annotation &annotation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();
    void fillFilters();
    const ShownAnnotation *current() const;
    void retranslate();

    QList<ShownAnnotation> m_all;
    QComboBox *m_tag = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_place = nullptr;
    TableExportActions *m_exports = nullptr;
};

} // namespace Dz
