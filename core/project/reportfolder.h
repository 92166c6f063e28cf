#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dz
{

/**
 * The report files in a folder and its subfolders.
 *
 * Read with the system's own directory calls, byte by byte: Qt's directory
 * iterator stops at the first name that is not valid UTF-8 (a GBK name from
 * a Windows zip), skipping every file after it in silence. Here each such
 * name is refused on its own, shown as readably as it can be (read as
 * GB18030, else with its bytes in hex), and the walk goes on.
 *
 * Nothing is left out in silence: links to folders are followed, each
 * folder searched once (a link back to a folder that holds it, or to one
 * searched already, is named and not followed again); a link to a report
 * file that leads nowhere or round in a loop is listed, so that reading it
 * says so; hidden files and folders (names starting with a dot) and
 * folders nested deeper than MaxDepth are counted, each with a message.
 */
class ReportFolder
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ReportFolder)

public:
    /// Folders nested deeper than this below the one imported are not searched.
    static constexpr int MaxDepth = 64;

    /// Report files (every suffix a reader takes, any case) under
    /// @p folder, sorted. Names that cannot be used and folders that cannot
    /// be read go to @p errors, one message each; what was left out on
    /// purpose (hidden entries, folders too deep, links followed already)
    /// goes to @p skipped, one message per reason.
    static QStringList files(const QString &folder, QStringList *errors, QStringList *skipped = nullptr);

    /// A file name's bytes as a person can read them.
    static QString readableName(const QByteArray &name);
};

} // namespace Dz
