// duizhao-render-icon: draws the scalable icon as PNGs for the hicolor theme
// at build time, with Qt Svg (already a dependency) rather than another tool.
//
//   duizhao-render-icon ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3) {
        err << "usage: duizhao-render-icon ICON.svg OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid()) {
        err << args.at(0) << ": not a readable SVG image" << Qt::endl;
        return 1;
    }
    const QDir out(args.at(1));
    if (!out.mkpath(u"."_s)) {
        err << args.at(1) << ": cannot make the folder" << Qt::endl;
        return 1;
    }
    for (const QString &arg : args.mid(2)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << arg << ": not an icon size (8 to 1024 pixels)" << Qt::endl;
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString file = out.filePath(u"%1x%1.png"_s.arg(size));
        if (!image.save(file, "PNG")) {
            err << file << ": cannot write the picture" << Qt::endl;
            return 1;
        }
    }
    return 0;
}
