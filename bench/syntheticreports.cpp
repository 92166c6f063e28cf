#include "syntheticreports.h"

#include "analysis/reportpipeline.h"
#include "reading/samplereports.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dz::Bench
{

Result<QList<Report>> SyntheticReports::readSamples()
{
    QList<Report> samples;
    for (const QString &path : sampleReportPaths()) {
        auto report = ReportPipeline::readFile(path);
        if (!report)
            return Failure(report.error());
        samples.append(std::move(report).value());
    }
    return samples;
}

namespace
{

// District and county names that reports of this kind come from.
const QStringList Districts = {
    u"和平"_s,
    u"河西"_s,
    u"南开"_s,
    u"红桥"_s,
    u"东丽"_s,
    u"西青"_s,
    u"津南"_s,
    u"北辰"_s,
    u"武清"_s,
    u"宝坻"_s,
    u"宁河"_s,
    u"静海"_s,
    u"渝中"_s,
    u"江北"_s,
    u"沙坪坝"_s,
    u"南岸"_s,
    u"北碚"_s,
    u"渝北"_s,
    u"巴南"_s,
    u"长寿"_s,
    u"江津"_s,
    u"合川"_s,
    u"永川"_s,
    u"綦江"_s,
    u"黄浦"_s,
    u"徐汇"_s,
    u"长宁"_s,
    u"静安"_s,
    u"普陀"_s,
    u"虹口"_s,
    u"杨浦"_s,
    u"闵行"_s,
    u"宝山"_s,
    u"嘉定"_s,
    u"金山"_s,
    u"松江"_s,
    u"崇川"_s,
    u"通州"_s,
    u"如皋"_s,
    u"启东"_s,
    u"海安"_s,
    u"如东"_s,
    u"鼓楼"_s,
    u"玄武"_s,
    u"秦淮"_s,
    u"建邺"_s,
    u"栖霞"_s,
    u"江宁"_s,
};

} // namespace

SyntheticReports::SyntheticReports(const QList<Report> &seeds)
    : m_seeds(seeds)
{
}

QString SyntheticReports::make(int index, QString *fileName) const
{
    const Report &seed = m_seeds.at(index % m_seeds.size());
    QRandomGenerator random(quint32(index) * 2654435761u + 17);
    const QString district = Districts.at(random.bounded(int(Districts.size())));
    const int seedYear = seed.year() > 0 ? seed.year() : 2023;
    const int year = 2016 + random.bounded(9);

    QString text = seed.text;
    if (seed.metadata.district.isValid())
        text.replace(seed.metadata.district.value, district);

    // Years move with the report year; other figures change by up to ±40 %.
    static const QRegularExpression number(u"\\d+"_s);
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const qint64 value = m.capturedView().toLongLong();
        // A number opening a line is a heading's or an item's marker (10.): it stays.
        const bool marker = m.capturedStart() == 0 || text.at(m.capturedStart() - 1) == u'\n';
        if (marker)
            out += m.capturedView();
        else if (m.capturedLength() == 4 && value >= 1990 && value <= 2035)
            out += QString::number(value + year - seedYear);
        else if (value >= 10 && m.capturedLength() < 10)
            out += QString::number(qMax<qint64>(1, value * (60 + random.bounded(81)) / 100));
        else
            out += m.capturedView();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    if (fileName)
        *fileName = u"%1-%2-%3.txt"_s.arg(district).arg(year).arg(index, 5, 10, QLatin1Char('0'));
    return out;
}

} // namespace Dz::Bench
