#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTabWidget;

namespace Dz
{

class HelpBrowser;
class HelpSystem;

/**
 * The user guide's window: its contents, its index of keywords and a search
 * on the left, the page on the right, with Back, Forward and Home. Made for
 * the language open in @p help; a new language needs a new window.
 */
class HelpWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(HelpSystem *help, QWidget *parent = nullptr);

    void showPage(const QUrl &url);
    HelpBrowser *browser() const
    {
        return m_browser;
    }
    /// Lists the pages holding @p text and shows the search tab.
    void search(const QString &text);
    QListWidget *searchResults() const
    {
        return m_results;
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    HelpSystem *m_help;
    HelpBrowser *m_browser = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_indexFilter = nullptr;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
};

} // namespace Dz
