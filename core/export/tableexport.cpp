#include "export/tableexport.h"

#include "base/textformatting.h"
#include "export/filesaving.h"
#include "export/ooxml/xlsxworkbook.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dz
{

const QByteArray &TableExport::byteOrderMark()
{
    static const QByteArray bom("\xEF\xBB\xBF", 3);
    return bom;
}

QString TableExport::csv(const TableData &table)
{
    using Internal::csvField;
    QString out;
    if (!table.header.isEmpty()) {
        QStringList fields;
        for (const QString &title : table.header)
            fields.append(csvField(title));
        out += fields.join(u',') + u"\r\n"_s;
    }
    for (const QList<CellValue> &row : table.rows) {
        QStringList fields;
        for (const CellValue &cell : row) {
            if (const auto *number = std::get_if<double>(&cell))
                fields.append(QString::number(*number, 'g', 15)); // C locale: a spreadsheet reads 3211.5 anywhere
            else if (const auto *text = std::get_if<QString>(&cell))
                fields.append(csvField(*text));
            else
                fields.append(QString());
        }
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}

Result<qint64> TableExport::saveCsv(const QString &text, const QString &path)
{
    return FileSaving::save(byteOrderMark() + text.toUtf8(), path);
}

Result<qint64> TableExport::saveCsv(const TableData &table, const QString &path)
{
    return saveCsv(csv(table), path);
}

Result<qint64> TableExport::saveXlsx(const QList<TableData> &tables, const QString &path)
{
    XlsxWorkbook book;
    for (const TableData &table : tables) {
        CellRows rows;
        if (!table.header.isEmpty()) {
            QList<CellValue> header;
            for (const QString &title : table.header)
                header.append(title);
            rows.append(header);
        }
        rows.append(table.rows);
        const QString name = XlsxWorkbook::sheetNameFrom(table.title.isEmpty() ? tr("Table") : table.title, book.sheetNames());
        if (const auto added = book.addSheet(name, rows, table.header.isEmpty() ? 0 : 1); !added)
            return Failure(added.error());
    }
    return book.write(path);
}

} // namespace Dz
