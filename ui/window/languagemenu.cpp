#include "window/languagemenu.h"

#include "base/translationloader.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{
const auto LanguageKey = QStringLiteral("ui/language");
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    m_system = addLanguage(QString());
    addSeparator();
    m_chinese = addLanguage(u"zh_CN"_s);
    m_english = addLanguage(u"en"_s);
    retranslate();
    checkCurrent();
}

QAction *LanguageMenu::addLanguage(const QString &language)
{
    QAction *action = addAction(QString());
    action->setCheckable(true);
    action->setData(language);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, language] {
        chooseLanguage(language);
    });
    return action;
}

void LanguageMenu::chooseLanguage(const QString &language)
{
    TranslationLoader::instance()->setLanguage(language);
    QSettings().setValue(LanguageKey, language);
    checkCurrent();
}

QString LanguageMenu::savedLanguage()
{
    return QSettings().value(LanguageKey).toString();
}

void LanguageMenu::checkCurrent()
{
    const QString current = TranslationLoader::instance()->language();
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == current);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System Language"));
    //: The language's own name, shown in every language.
    m_chinese->setText(tr("中文 (Chinese)"));
    //: The language's own name, shown in every language.
    m_english->setText(tr("English"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace Dz
