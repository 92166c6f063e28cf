#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Dz
{

/**
 * A whole project copied into a new one, between the two places a project
 * lives: a file to a server (to start working as a team), a server to a file
 * (to take a project along, or keep it), or file to file, server to server.
 *
 * Every table row by row, ids included, in one transaction on the target: a
 * copy that fails leaves no half project (a new file is removed again, a
 * database is left as empty as it was). The target is new: a file that does
 * not exist yet, or a database without a project in it. The search indexes
 * are the target's own, filled from the texts.
 */
class ProjectCopy
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ProjectCopy)

public:
    /// The tables copied, in an order in which every row's references exist before it.
    static QStringList tables();

    /// Copies the project at @p from (a file or a server address) to @p to.
    /// @p progress, if given, hears the tables copied so far (of tables());
    /// it returns false to stop the copy.
    static Result<> copy(const QString &from, const QString &to, const std::function<bool(int done, int total)> &progress = {});
};

} // namespace Dz
