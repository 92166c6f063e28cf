#pragma once

#include "help/contexthelp.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace Dz
{

class HelpSystem;
class HelpWindow;
class WelcomeDialog;

/**
 * The Help menu's guide: Help → User Guide (使用指南) opens it at its first
 * page, F1 at the page of the view or dock that has the focus (context()
 * knows which is which), Help → Welcome shows the first start's steps
 * again. The guide follows the interface's language.
 */
class HelpActions final : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);
    ~HelpActions() override;

    QAction *guideAction() const
    {
        return m_guide;
    }
    QAction *contextAction() const
    {
        return m_context;
    }
    QAction *welcomeAction() const
    {
        return m_welcome;
    }
    /// Where the views and docks are; the window fills it in.
    ContextHelp &context()
    {
        return m_areas;
    }
    /// The identifier F1 uses when the focus is in no area (the current view's).
    void setFallback(const std::function<QString()> &fallback);
    HelpSystem *system() const
    {
        return m_help;
    }
    /// The guide's window, once opened; nullptr before.
    HelpWindow *window() const;
    /// The identifier F1 would open now.
    QString currentContext() const;

    void showGuide();
    void showContextHelp();
    /// Opens the guide at the page documenting @p id.
    void showPage(const QString &id);
    void showWelcome();

    void retranslate();

private:
    HelpWindow *ensureWindow();

    QWidget *m_parent;
    HelpSystem *m_help;
    ContextHelp m_areas;
    std::function<QString()> m_fallback;
    QPointer<HelpWindow> m_window;
    QPointer<WelcomeDialog> m_welcomeDialog;
    QAction *m_guide = nullptr;
    QAction *m_context = nullptr;
    QAction *m_welcome = nullptr;
};

} // namespace Dz
