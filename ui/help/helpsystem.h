#pragma once

#include "base/result.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QHelpEngine;

namespace Dz
{

/**
 * The user guide, in Chinese and English, read through Qt Help.
 *
 * docs/guide holds the pages; qhelpgenerator compresses each language into
 * a .qch file at build time (duizhao-zh_CN.qch, duizhao-en.qch), which the
 * package installs in /usr/share/duizhao/help. The guide's contents,
 * keywords and the identifiers F1 looks up (one per view and dock) come
 * from the .qch through QHelpEngine; its collection file is the program's
 * own, in the user's data folder. Full-text search is done here over the
 * pages' text: Qt Help's index splits words at spaces, which Chinese has
 * none of.
 */
class HelpSystem final : public QObject
{
    Q_OBJECT

public:
    explicit HelpSystem(QObject *parent = nullptr);
    ~HelpSystem() override;

    /// Where the .qch files are: $DUIZHAO_HELP_DIR, else share/duizhao/help
    /// beside the program's folder (/usr/bin → /usr/share/duizhao/help; in
    /// a build, build/bin → build/share/duizhao/help).
    static QString folder();

    /// Opens the guide in @p language ("zh_CN", "en"; any other language
    /// gets the English one); fails naming the file it looked for.
    Result<> setLanguage(const QString &language);
    QString language() const
    {
        return m_language;
    }
    bool isReady() const
    {
        return m_engine != nullptr;
    }
    /// Why the guide is not ready; empty when it is.
    QString error() const
    {
        return m_error;
    }
    /// The engine of the language open (contents and index widgets); nullptr when none is.
    QHelpEngine *engine() const
    {
        return m_engine.get();
    }

    QUrl homePage() const;
    /// The page that documents @p id (a view or dock: "compare", "indicators",
    /// "annotations" …), from the guide's identifiers; the home page for an
    /// unknown id.
    QUrl pageFor(const QString &id) const;
    QByteArray fileData(const QUrl &url) const;

    struct Hit {
        QUrl url;
        QString title;
        QString snippet; ///< the text around the first match
    };
    /// The pages whose text holds @p text (case folded), best first (most matches).
    QList<Hit> search(const QString &text) const;

Q_SIGNALS:
    /// Another language's guide is open.
    void languageChanged();

private:
    std::unique_ptr<QHelpEngine> m_engine;
    QString m_language;
    QString m_namespace;
    QString m_error;
};

} // namespace Dz
