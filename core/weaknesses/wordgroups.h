#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dz
{

/**
 * Words that reports use for the same thing (考试/测试, 法律顾问/律师,
 * 违建/违法建设): when one statement says what another said in other words.
 *
 * The built-in list is resources/weaknesses/word-groups.txt, a group a
 * line. The catalog's topic concepts group the words of the weakness themes;
 * these are the words of the work itself, which a plan names and the next
 * report's account of it names otherwise.
 *
 * Immutable and cheap to copy (the groups are shared); safe to use from
 * several threads.
 */
class WordGroups
{
    Q_DECLARE_TR_FUNCTIONS(Dz::WordGroups)

public:
    static constexpr auto BuiltInPath = u":/duizhao/weaknesses/word-groups.txt";
    /// The built-in groups, read once on first use.
    static Result<WordGroups> builtIn();
    /// Parses groups: a line each, words separated by spaces, # comments;
    /// every group two words or more, every word two characters or more.
    static Result<WordGroups> fromText(const QByteArray &text, const QString &origin);

    /// The other words of the groups @p word is in, in the order listed; empty when it is in none.
    QStringList alikeOf(const QString &word) const;
    /// Every word of every group, each once.
    QStringList words() const;
    qsizetype groupCount() const
    {
        return m_groups;
    }

private:
    std::shared_ptr<const QHash<QString, QStringList>> m_alike;
    qsizetype m_groups = 0;
};

} // namespace Dz
