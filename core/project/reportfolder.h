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
 */
class ReportFolder
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ReportFolder)

public:
    /// Report files (*.txt, any case) under @p folder, sorted; hidden files
    /// and links to folders are left out. Names that cannot be used and
    /// folders that cannot be read go to @p errors, one message each.
    static QStringList files(const QString &folder, QStringList *errors);

    /// A file name's bytes as a person can read them.
    static QString readableName(const QByteArray &name);
};

} // namespace Dz
