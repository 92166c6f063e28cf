// Times the readers of published formats: a 20-page PDF, a 2 MB web page,
// and importing 1,000 .docx against the same 1,000 texts as .txt. Usage:
//   QT_QPA_PLATFORM=offscreen bench_readers [REPORTS]

#include "analysis/reportpipeline.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "readerfixtures.h"
#include "reading/htmlreader.h"
#include "reading/pdfreader.h"
#include "reading/samplereports.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace
{

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

double importMs(const QString &project, const QStringList &files)
{
    QFile::remove(project);
    auto store = Dz::ProjectStore::open(project, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    QElapsedTimer timer;
    timer.start();
    const Dz::ImportOutcome outcome = Dz::ProjectImporter::importInto(*store.value(), files);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (outcome.added != files.size())
        qFatal("imported %d of %d: %s", outcome.added, int(files.size()), qPrintable(outcome.errors.join(u'\n')));
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int reports = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;

    QStringList seeds;
    for (const QString &path : Dz::sampleReportPaths()) {
        auto report = Dz::ReportPipeline::readFile(path);
        if (report)
            seeds.append(report->text);
    }

    // 20 pages of report text.
    QStringList paragraphs;
    for (int i = 0; paragraphs.size() < 140; ++i)
        paragraphs += seeds.at(i % seeds.size()).split(u'\n', Qt::SkipEmptyParts);
    paragraphs = paragraphs.mid(0, 140);
    const QByteArray pdf = Dz::Test::pdf(paragraphs);
    int pages = 0;
    const double pdfMs = medianMs(5, [&] {
        auto doc = Dz::PdfReader().read(pdf, u"bench.pdf"_s);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        pages = int(doc->text.size());
    });
    out << "PDF, " << pdf.size() / 1024 << " KiB, " << pages << " characters: " << pdfMs << " ms (median of 5)" << Qt::endl;

    QString article;
    for (int i = 0; article.size() < 650000; ++i) {
        for (const QString &line : seeds.at(i % seeds.size()).split(u'\n', Qt::SkipEmptyParts))
            article += u"<p>"_s + line.toHtmlEscaped() + u"</p>\n"_s;
    }
    const QByteArray page = Dz::Test::htmlPage(u"报告_网站"_s, {u"报告"_s}, article, u"来源：某局　发布时间：2025-01-01"_s).toUtf8();
    const double htmlMs = medianMs(5, [&] {
        auto doc = Dz::HtmlReader().read(page, u"bench.html"_s);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
    });
    out << "HTML page, " << page.size() / 1024 << " KiB: " << htmlMs << " ms (median of 5)" << Qt::endl;

    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"txt"_s));
    QDir().mkpath(dir.filePath(u"docx"_s));
    QStringList txtFiles, docxFiles;
    for (int i = 0; i < reports; ++i) {
        // A line of its own makes each text distinct, so none is a duplicate.
        const QString text = seeds.at(i % seeds.size()) + u"\n编号：第%1份"_s.arg(i + 1);
        const QString base = u"r%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        QFile t(dir.filePath(u"txt/"_s + base + u".txt"_s));
        t.open(QIODevice::WriteOnly);
        t.write(text.toUtf8());
        txtFiles.append(t.fileName());
        QList<Dz::Test::DocxParagraph> ps;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
            ps.append(Dz::Test::DocxParagraph(line.trimmed()));
        QFile d(dir.filePath(u"docx/"_s + base + u".docx"_s));
        d.open(QIODevice::WriteOnly);
        d.write(Dz::Test::docx(ps));
        docxFiles.append(d.fileName());
    }
    const double txtMs = importMs(dir.filePath(u"txt.duizhao"_s), txtFiles);
    const double docxMs = importMs(dir.filePath(u"docx.duizhao"_s), docxFiles);
    out << reports << " reports imported: .txt " << txtMs << " ms, .docx " << docxMs << " ms, ratio " << docxMs / txtMs << Qt::endl;
    return 0;
}
