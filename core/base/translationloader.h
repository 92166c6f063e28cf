#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace Dz
{

/**
 * Installs Duizhao's translations (embedded under :/i18n) together with Qt's
 * own, and swaps them at run time.
 *
 * Translators are process-wide state, so there is one loader per application,
 * owned by it. Installing a translator makes Qt send QEvent::LanguageChange to
 * every widget, which is where they retranslate.
 */
class TranslationLoader final : public QObject
{
    Q_OBJECT

public:
    /// The application's loader, created on first use as its child.
    static TranslationLoader *instance();

    /// @p language is "zh_CN", "en", or empty for the system locale.
    /// Returns whether Duizhao's catalogue for it was found; without one the
    /// source strings (English) show.
    bool setLanguage(const QString &language);
    /// As last set; empty means the system locale.
    QString language() const
    {
        return m_language;
    }

    /// The language the interface shows now ("zh_CN", "en"), whatever was asked for.
    QString activeLanguage() const;
    /// The interface is in Chinese: data labels (scheme, indicators) show their zh form.
    bool showsChinese() const
    {
        return activeLanguage().startsWith(u"zh");
    }
    /// showsChinese() of the application's loader, from any thread (the
    /// audit writes its findings on a worker) and without making a loader.
    static bool interfaceIsChinese();

private:
    explicit TranslationLoader(QObject *parent);

    QTranslator *m_duizhao = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language;
};

} // namespace Dz
