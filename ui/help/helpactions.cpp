#include "help/helpactions.h"

#include "base/translationloader.h"
#include "help/helpbrowser.h"
#include "help/helpsystem.h"
#include "help/helpwindow.h"
#include "help/welcomedialog.h"

#include <QAction>
#include <QApplication>

using namespace Qt::StringLiterals;

namespace Dz
{

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_parent(window)
    , m_help(new HelpSystem(this))
    , m_guide(new QAction(QIcon::fromTheme(u"help-contents"_s), QString(), this))
    , m_context(new QAction(QIcon::fromTheme(u"help-contextual"_s), QString(), this))
    , m_welcome(new QAction(QString(), this))
{
    m_guide->setObjectName(u"userGuideAction"_s);
    m_context->setObjectName(u"contextHelpAction"_s);
    m_context->setShortcut(QKeySequence::HelpContents);
    m_context->setShortcutContext(Qt::ApplicationShortcut);
    m_welcome->setObjectName(u"welcomeAction"_s);
    connect(m_guide, &QAction::triggered, this, &HelpActions::showGuide);
    connect(m_context, &QAction::triggered, this, &HelpActions::showContextHelp);
    connect(m_welcome, &QAction::triggered, this, &HelpActions::showWelcome);
    // A window of the old language's guide goes; the next one opens in the new language.
    connect(m_help, &HelpSystem::languageChanged, this, [this] {
        if (m_window) {
            const bool visible = m_window->isVisible();
            m_window->deleteLater();
            m_window.clear();
            if (visible)
                showGuide();
        }
    });
    retranslate();
}

HelpActions::~HelpActions() = default;

HelpWindow *HelpActions::window() const
{
    return m_window;
}

void HelpActions::setFallback(const std::function<QString()> &fallback)
{
    m_fallback = fallback;
}

QString HelpActions::currentContext() const
{
    const QString id = m_areas.idFor(QApplication::focusWidget());
    if (!id.isEmpty())
        return id;
    return m_fallback ? m_fallback() : QString();
}

HelpWindow *HelpActions::ensureWindow()
{
    if (!m_window)
        m_window = new HelpWindow(m_help, m_parent);
    return m_window;
}

void HelpActions::showGuide()
{
    m_help->setLanguage(TranslationLoader::instance()->activeLanguage());
    HelpWindow *window = ensureWindow();
    window->showPage(m_help->homePage());
    window->show();
    window->raise();
    window->activateWindow();
}

void HelpActions::showContextHelp()
{
    showPage(currentContext());
}

void HelpActions::showPage(const QString &id)
{
    m_help->setLanguage(TranslationLoader::instance()->activeLanguage());
    HelpWindow *window = ensureWindow();
    window->showPage(id.isEmpty() ? m_help->homePage() : m_help->pageFor(id));
    window->show();
    window->raise();
    window->activateWindow();
}

void HelpActions::showWelcome()
{
    if (!m_welcomeDialog) {
        m_welcomeDialog = new WelcomeDialog(m_parent);
        m_welcomeDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_welcomeDialog, &WelcomeDialog::guideRequested, this, &HelpActions::showGuide);
    }
    m_welcomeDialog->show();
    m_welcomeDialog->raise();
}

void HelpActions::retranslate()
{
    m_guide->setText(tr("&User Guide"));
    m_guide->setToolTip(tr("The user guide: views, workflow, marks and corrections"));
    m_context->setText(tr("Help on This &View"));
    m_welcome->setText(tr("&Welcome"));
    // The guide is opened when first asked for; once open, it follows the language.
    if (m_help->isReady() || m_window)
        m_help->setLanguage(TranslationLoader::instance()->activeLanguage());
}

} // namespace Dz
