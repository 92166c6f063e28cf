#include "weaknesses/wordgroups.h"

#include "weaknesses/weaknesses_debug.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Dz
{

Result<WordGroups> WordGroups::builtIn()
{
    static const Result<WordGroups> groups = [] {
        const QString path = QString(QStringView(BuiltInPath));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<WordGroups>::failure(tr("Cannot read the word groups %1: %2").arg(path, file.errorString()));
        return fromText(file.readAll(), path);
    }();
    return groups;
}

Result<WordGroups> WordGroups::fromText(const QByteArray &text, const QString &origin)
{
    QHash<QString, QStringList> alike;
    qsizetype groups = 0;
    qsizetype lineNumber = 0;
    const QString all = QString::fromUtf8(text);
    for (QStringView line : QStringView(all).split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList words;
        for (QStringView w : line.split(u' ', Qt::SkipEmptyParts)) {
            if (w.size() < 2)
                return Result<WordGroups>::failure(
                    tr("The word groups %1 are not valid: line %2 has “%3”, a word of one character").arg(origin).arg(lineNumber).arg(w));
            if (!words.contains(w))
                words.append(w.toString());
        }
        if (words.size() < 2)
            return Result<WordGroups>::failure(tr("The word groups %1 are not valid: line %2 is a group of one word").arg(origin).arg(lineNumber));
        ++groups;
        for (const QString &w : std::as_const(words)) {
            QStringList &others = alike[w];
            for (const QString &o : std::as_const(words)) {
                if (o != w && !others.contains(o))
                    others.append(o);
            }
        }
    }
    qCDebug(lcWeaknessCatalog) << "word groups" << origin << groups;
    WordGroups result;
    result.m_alike = std::make_shared<const QHash<QString, QStringList>>(std::move(alike));
    result.m_groups = groups;
    return result;
}

QStringList WordGroups::words() const
{
    return m_alike ? m_alike->keys() : QStringList();
}

QStringList WordGroups::alikeOf(const QString &word) const
{
    return m_alike ? m_alike->value(word) : QStringList();
}

} // namespace Dz
