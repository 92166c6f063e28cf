#include "help/helpsystem.h"

#include "common/workbench_debug.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHelpEngine>
#include <QHelpLink>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

constexpr int SnippetContext = 30;

QString htmlTitle(const QString &html)
{
    static const QRegularExpression title(uR"(<title>(.*?)</title>)"_s, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(html);
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

} // namespace

HelpSystem::HelpSystem(QObject *parent)
    : QObject(parent)
{
}

HelpSystem::~HelpSystem() = default;

QString HelpSystem::folder()
{
    const QString configured = qEnvironmentVariable("DUIZHAO_HELP_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/duizhao/help"_s);
}

Result<> HelpSystem::setLanguage(const QString &language)
{
    const QString wanted = language.startsWith(u"zh") ? u"zh_CN"_s : u"en"_s;
    if (wanted == m_language && m_engine)
        return {};
    m_language = wanted;
    m_engine.reset();
    m_namespace.clear();
    const auto fail = [this](const QString &why) {
        m_error = why;
        qCWarning(lcUi).noquote() << why;
        Q_EMIT languageChanged();
        return Result<>::failure(why);
    };
    const QString qch = QDir(folder()).filePath(u"duizhao-"_s + wanted + u".qch"_s);
    if (!QFileInfo(qch).isFile())
        return fail(tr("The user guide is not installed: %1 is missing.").arg(QDir::toNativeSeparators(qch)));
    // The collection is the program's own: it only lists the guide.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/help"_s;
    if (!QDir().mkpath(data))
        return fail(tr("The user guide cannot be opened: the folder %1 cannot be made.").arg(QDir::toNativeSeparators(data)));
    auto engine = std::make_unique<QHelpEngine>(data + u"/duizhao-"_s + wanted + u".qhc"_s);
    engine->setReadOnly(false);
    engine->setUsesFilterEngine(true);
    if (!engine->setupData())
        return fail(tr("The user guide cannot be opened: %1").arg(engine->error()));
    const QString space = QHelpEngineCore::namespaceName(qch);
    if (space.isEmpty())
        return fail(tr("The user guide cannot be opened: %1 is not a Qt help file.").arg(QDir::toNativeSeparators(qch)));
    // Registered again when the file moved (another build, an installed package).
    if (QFileInfo(engine->documentationFileName(space)) != QFileInfo(qch)) {
        if (engine->registeredDocumentations().contains(space))
            engine->unregisterDocumentation(space);
        if (!engine->registerDocumentation(qch))
            return fail(tr("The user guide cannot be opened: %1").arg(engine->error()));
    }
    m_engine = std::move(engine);
    m_namespace = space;
    m_error.clear();
    Q_EMIT languageChanged();
    return {};
}

QUrl HelpSystem::homePage() const
{
    if (m_namespace.isEmpty())
        return QUrl();
    QUrl url;
    url.setScheme(u"qthelp"_s);
    url.setHost(m_namespace);
    url.setPath(u"/duizhao/index.html"_s);
    return url;
}

QUrl HelpSystem::pageFor(const QString &id) const
{
    if (!m_engine)
        return QUrl();
    const QList<QHelpLink> links = m_engine->documentsForIdentifier(id);
    return links.isEmpty() ? homePage() : links.constFirst().url;
}

QByteArray HelpSystem::fileData(const QUrl &url) const
{
    return m_engine ? m_engine->fileData(url) : QByteArray();
}

QList<HelpSystem::Hit> HelpSystem::search(const QString &text) const
{
    const QString needle = text.simplified();
    if (!m_engine || needle.isEmpty())
        return {};
    QList<std::pair<int, Hit>> found;
    const QList<QUrl> pages = m_engine->files(m_namespace, QString(), u"html"_s);
    for (const QUrl &page : pages) {
        const QString html = QString::fromUtf8(m_engine->fileData(page));
        const QString plain = QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
        const int count = int(plain.count(needle, Qt::CaseInsensitive));
        if (count == 0)
            continue;
        const qsizetype at = plain.indexOf(needle, 0, Qt::CaseInsensitive);
        const qsizetype from = std::max<qsizetype>(0, at - SnippetContext);
        QString snippet = plain.mid(from, needle.size() + 2 * SnippetContext);
        if (from > 0)
            snippet.prepend(u'…');
        if (from + snippet.size() < plain.size())
            snippet.append(u'…');
        found.append({count, {page, htmlTitle(html), snippet}});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    QList<Hit> hits;
    for (const auto &[count, hit] : std::as_const(found))
        hits.append(hit);
    return hits;
}

} // namespace Dz
