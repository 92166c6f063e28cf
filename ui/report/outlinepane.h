#pragma once

#include "reading/report.h"

#include <QWidget>

class QTreeView;

namespace Dz
{

class OutlineModel;

/**
 * A report's headings as a tree. Choosing a heading (click or keyboard)
 * announces its section; selectPosition() follows the text cursor back.
 */
class OutlinePane final : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePane(QWidget *parent = nullptr);

    void setReport(const Report &report);
    /// Makes the innermost section containing @p position current, without
    /// announcing it.
    void selectPosition(qsizetype position);

    OutlineModel *model() const
    {
        return m_model;
    }
    QTreeView *view() const
    {
        return m_view;
    }

Q_SIGNALS:
    /// The user chose the heading of section @p sectionIndex (Report::sections).
    void sectionChosen(int sectionIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleCurrentChanged(const QModelIndex &current);

    OutlineModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    bool m_following = false; ///< set while following the cursor, so no echo goes back
};

} // namespace Dz
