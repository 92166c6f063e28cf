// Writes the document fuzzer's seeds: a .docx with Word numbering, an OFD
// package, a PDF and HTML pages in UTF-8 and GBK, made by the same fixture
// code the reader tests use, so the fuzzer starts from well-formed files of
// every format. Each seed's first byte picks the suffix fuzz_documentreader
// gives it.

#include "readerfixtures.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace
{

bool write(const QString &dir, const QString &name, char suffix, const QByteArray &bytes)
{
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(QByteArray(1, suffix) + bytes) == bytes.size() + 1;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        qCritical("usage: %s DIRECTORY", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    const QStringList lines = {u"某某区司法局2024年法治政府建设情况报告"_s,
        u"2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。"_s, u"主要举措和成效"_s,
        u"深化行政执法规范化建设。全年办理行政处罚案件312件，罚没款1,280.5万元。"_s, u"存在的不足"_s, u"执法人员培训覆盖面不够。"_s, u"下一步工作打算"_s,
        u"持续推进严格规范公正文明执法。"_s};
    const QString article = u"<p>"_s + lines.mid(1).join(u"</p><p>"_s) + u"</p>"_s;
    const QString page = Dz::Test::htmlPage(lines.first(), {lines.first()}, article, u"来源：某某区司法局　发布时间：2025-03-20"_s);
    const QString gbkPage = Dz::Test::htmlPage(lines.first(), {lines.first()}, article, u"发布时间：2025-03-20"_s, u"gb2312"_s);
    QStringEncoder gbk("GB18030");
    const bool ok = write(dir, u"numbered.docx"_s, 2, Dz::Test::autoNumberedDocx(lines)) && write(dir, u"report.ofd"_s, 4, Dz::Test::ofd(lines))
        && write(dir, u"report.pdf"_s, 3, Dz::Test::pdf(lines)) && write(dir, u"page.html"_s, 1, page.toUtf8())
        && write(dir, u"page-gbk.html"_s, 1, gbk.encode(gbkPage)) && write(dir, u"report.txt"_s, 0, lines.join(u'\n').toUtf8());
    return ok ? 0 : 1;
}
