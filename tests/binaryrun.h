#pragma once

// Runs one of the build's programs (duizhao-cli, duizhao) as a user would,
// in a home of its own, and keeps what it wrote: the CLI tests' one runner.

#include "testtiming.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace Dz::Test
{

struct BinaryRun {
    int exitCode = -1; ///< -1 when it did not end by itself
    bool finished = false; ///< false: killed after the timeout
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

inline BinaryRun runBinary(const QString &binary, const QStringList &args, const QString &workingDirectory = {}, int timeoutMs = scaledTimeout(240000))
{
    using namespace Qt::StringLiterals;
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings and the last project go to a home of the tests' own.
    static QTemporaryDir home;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(DUIZHAO_BIN_DIR) + u'/' + binary, args);
    BinaryRun run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.elapsedMs = timer.elapsed();
    // A program killed or crashed has no exit code to compare.
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline BinaryRun runCli(const QStringList &args, const QString &workingDirectory = {}, int timeoutMs = scaledTimeout(240000))
{
    return runBinary(QStringLiteral("duizhao-cli"), args, workingDirectory, timeoutMs);
}

} // namespace Dz::Test
