#pragma once

#include <QToolBar>

class QLineEdit;

namespace Dz
{

/**
 * The Compare tool bar: previous and next section, synchronised scrolling,
 * and the box that searches all reports (Find in Reports focuses it). The
 * window puts the same actions in its menus and answers the requests.
 */
class CompareToolBar final : public QToolBar
{
    Q_OBJECT

public:
    explicit CompareToolBar(QWidget *parent = nullptr);

    QAction *syncAction() const
    {
        return m_sync;
    }
    QAction *nextNodeAction() const
    {
        return m_next;
    }
    QAction *previousNodeAction() const
    {
        return m_previous;
    }
    QAction *findAction() const
    {
        return m_find;
    }

Q_SIGNALS:
    /// Go @p delta nodes on (1 next, -1 previous).
    void stepRequested(int delta);
    void searchRequested(const QString &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_sync = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_find = nullptr;
    QLineEdit *m_searchBox = nullptr;
};

} // namespace Dz
