#include "base/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{
// What showsChinese() said when the language was last set, for other threads.
std::atomic<bool> chineseInterface {false};
} // namespace

TranslationLoader *TranslationLoader::instance()
{
    static QPointer<TranslationLoader> loader;
    if (!loader)
        loader = new TranslationLoader(QCoreApplication::instance());
    return loader;
}

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{
}

bool TranslationLoader::setLanguage(const QString &language)
{
    // Remove first: installing an empty translator would still be searched.
    for (QTranslator *old : {m_duizhao, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_duizhao = nullptr;
    m_qt = nullptr;
    m_language = language;

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qt = new QTranslator(this);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }

    auto *duizhao = new QTranslator(this);
    const bool found = duizhao->load(locale, u"duizhao"_s, u"_"_s, u":/i18n"_s);
    // Without a catalogue for the language, English: its plural forms read
    // better than the source's "report(s)".
    if (found || duizhao->load(u"duizhao_en"_s, u":/i18n"_s)) {
        // Installing (and removing, above) sends QEvent::LanguageChange.
        QCoreApplication::installTranslator(duizhao);
        m_duizhao = duizhao;
    } else {
        delete duizhao;
    }
    chineseInterface = showsChinese();
    return found;
}

bool TranslationLoader::interfaceIsChinese()
{
    return chineseInterface;
}

QString TranslationLoader::activeLanguage() const
{
    // English is the source language: without a loaded catalogue it shows.
    return m_duizhao && !m_duizhao->isEmpty() ? m_duizhao->language() : u"en"_s;
}

} // namespace Dz
