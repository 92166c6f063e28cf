#include "formattedoutput.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Dz::Cli
{

void writeFormatted(QTextStream &out, const QString &format, const FormattedOutput &output)
{
    if (format == u"json"_s)
        out << QString::fromUtf8(QJsonDocument(output.json()).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s && output.csv)
        out << output.csv();
    else
        out << output.text();
    out.flush();
}

} // namespace Dz::Cli
