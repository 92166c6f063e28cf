#pragma once

#include <QMenu>

class QActionGroup;

namespace Dz
{

/**
 * Language ▸ System / 中文 / English. Choosing one swaps the application's
 * translators through Dz::TranslationLoader; every widget then retranslates
 * on QEvent::LanguageChange.
 */
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// "zh_CN", "en", or empty for the system locale. The choice is saved
    /// for the next start.
    void chooseLanguage(const QString &language);

    /// The language chosen in an earlier run; empty for the system locale.
    static QString savedLanguage();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addLanguage(const QString &language);
    void retranslate();
    void checkCurrent();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
};

} // namespace Dz
