// The fuzz targets without libFuzzer: each input of the seed folders given
// is run once through the target (built with the project's own compiler),
// so CI replays the corpus of every class of hostile input in seconds, and
// a broken promise aborts as it would under the fuzzer. An input that takes
// longer than DUIZHAO_FUZZ_INPUT_SECONDS (20; five times as long under the
// sanitizers) fails the run: slowness is a finding too.

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace
{

// The input being run, for the message when a broken promise aborts.
char current[4096];

void sayWhichInput(int signal)
{
#ifdef Q_OS_UNIX
    const char lead[] = "replay: the input was ";
    [[maybe_unused]] auto a = ::write(2, lead, sizeof(lead) - 1);
    [[maybe_unused]] auto b = ::write(2, current, std::strlen(current));
    [[maybe_unused]] auto c = ::write(2, "\n", 1);
#endif
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 limitMs = qEnvironmentVariableIntValue("DUIZHAO_FUZZ_INPUT_SECONDS") * 1000;
    if (limitMs <= 0)
        limitMs = 20000;
    if (qEnvironmentVariableIsSet("DUIZHAO_SANITIZE"))
        limitMs *= 5;
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            inputs += files;
        } else {
            inputs.append(path);
        }
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "replay: no inputs in the folders given\n");
        return 1;
    }
    std::signal(SIGABRT, sayWhichInput);
    std::signal(SIGSEGV, sayWhichInput);
    QElapsedTimer all;
    all.start();
    qint64 slowest = 0;
    QString slowestInput;
    for (const QString &input : std::as_const(inputs)) {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(input));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        const QByteArray name = QFile::encodeName(input);
        std::strncpy(current, name.constData(), sizeof(current) - 1);
        QElapsedTimer clock;
        clock.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        const qint64 ms = clock.elapsed();
        if (ms > slowest) {
            slowest = ms;
            slowestInput = input;
        }
        if (ms > limitMs) {
            std::fprintf(stderr, "replay: %s took %lld ms, more than the %lld ms an input may take\n", qPrintable(input), (long long)ms, (long long)limitMs);
            return 1;
        }
    }
    std::printf("replay: %lld inputs in %lld ms; the slowest %lld ms (%s)\n", (long long)inputs.size(), (long long)all.elapsed(), (long long)slowest,
        qPrintable(QFileInfo(slowestInput).fileName()));
    return 0;
}
