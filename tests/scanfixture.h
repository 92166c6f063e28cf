#pragma once

// A scanned PDF made in the tests: Chinese text painted on a picture in
// Noto Sans CJK, the picture put into a PDF with QPdfWriter, no text layer.

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace Dz::Test
{

using namespace Qt::StringLiterals;

// A one-page scan: Chinese text painted on a picture (A4 at 150 dpi), the
// picture put into a PDF, no text layer.
inline bool writeScan(const QString &path)
{
    QImage page(1240, 1754, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    QPainter ip(&page);
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(34);
    ip.setFont(font);
    ip.setPen(Qt::black);
    const QStringList lines = {u"关于2024年法治政府建设情况的报告"_s, u"一、主要举措和成效"_s, u"全年办理行政处罚案件386件，开展普法宣传活动126次。"_s,
        u"二、存在的不足和原因"_s, u"基层执法力量相对薄弱，执法人员专业能力有待提升。"_s};
    int y = 200;
    for (const QString &line : lines) {
        ip.drawText(150, y, line);
        y += 70;
    }
    ip.end();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(150);
    QPainter painter(&writer);
    painter.drawImage(QRect(QPoint(0, 0), painter.viewport().size()), page);
    return painter.end();
}

} // namespace Dz::Test
