#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dz
{

/// A term whose presence is evidence for a data file's node (a scheme part, a theme, an indicator), with how much it counts.
struct SchemeCue {
    QString term;
    double weight = 0;
};

/// Bilingual label of a data file's node (a scheme part, a theme, an indicator).
struct SchemeLabel {
    QString zh;
    QString en;
};

namespace Internal
{

/**
 * Reads the parts of a data file (scheme, indicator catalog) that every such
 * file shares, and keeps the first problem found.
 *
 * Later checks stop counting once one problem is found, so the message names
 * the real cause rather than its consequences.
 */
class JsonValidator
{
    Q_DECLARE_TR_FUNCTIONS(Dz::JsonValidator)

public:
    QString problem;

    bool ok() const
    {
        return problem.isEmpty();
    }
    void fail(const QString &message)
    {
        if (problem.isEmpty())
            problem = message;
    }

    /**
     * Parses @p json as a data file of @p format and @p version: the root
     * object, or an empty one with problem() saying what is wrong (syntax,
     * not an object, another format, another version).
     */
    QJsonObject readRoot(const QByteArray &json, QStringView format, int version = 1);
    /// Checks that @p root is a data file of @p format and @p version.
    QJsonObject checkRoot(const QJsonObject &root, QStringView format, int version = 1);
    /// {"zh": …, "en": …}, both required.
    SchemeLabel label(const QJsonValue &value, const QString &where);
    /// An array of non-empty strings under @p key; an absent key gives @p fallback.
    /// An array of {"term", "weight"} under @p key: terms unique, weights in (0, 100].
    QList<SchemeCue> cues(const QJsonObject &object, const QString &key, const QString &where, bool required);
    QStringList strings(const QJsonObject &object, const QString &key, const QString &where, const QStringList &fallback = {});
};

} // namespace Internal

} // namespace Dz
