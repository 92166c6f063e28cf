#pragma once

// Independent readers for the tests of the .pptx and .xlsx writers: they open
// the zip with KArchive and read the parts with QXmlStreamReader, and share
// no code with the writers, so a writer bug cannot hide behind a matching
// reader bug.

#include "base/cellvalue.h"

#include <KZip>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <functional>

namespace OoxmlCheck
{

using namespace Qt::StringLiterals;

using Parts = QMap<QString, QByteArray>;

inline void collect(const KArchiveDirectory *dir, const QString &prefix, Parts &parts)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        if (entry->isDirectory())
            collect(static_cast<const KArchiveDirectory *>(entry), path, parts);
        else
            parts.insert(path, static_cast<const KArchiveFile *>(entry)->data());
    }
}

/// Every file in the zip by its part name; empty when the bytes are no zip.
inline Parts unzip(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    KZip zip(&buffer);
    Parts parts;
    if (!zip.open(QIODevice::ReadOnly))
        return parts;
    collect(zip.directory(), QString(), parts);
    return parts;
}

/// Calls @p visit for each start element of @p xml.
inline void forEachElement(const QByteArray &xml, const std::function<void(const QXmlStreamReader &)> &visit)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            visit(reader);
    }
}

/// The text of every element named @p qualifiedName, in order.
inline QStringList texts(const QByteArray &xml, const QString &qualifiedName)
{
    QStringList result;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == qualifiedName)
            result.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return result;
}

inline QString attribute(const QXmlStreamReader &reader, const QString &name)
{
    return reader.attributes().value(name).toString();
}

/// "a/b/../c.xml" → "a/c.xml".
inline QString resolve(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QDir::cleanPath(folder.isEmpty() ? target : folder + u'/' + target);
}

/**
 * What a consumer such as PowerPoint checks before it offers to repair a file:
 * every part has a content type, every internal relationship target exists,
 * relationship ids are unique per source, part names are plain ASCII.
 * Returns the problems found.
 */
inline QStringList packageProblems(const Parts &parts)
{
    QStringList problems;
    if (!parts.contains(u"[Content_Types].xml"_s))
        return {u"no [Content_Types].xml"_s};
    QMap<QString, QString> defaults;
    QSet<QString> overrides;
    forEachElement(parts.value(u"[Content_Types].xml"_s), [&](const QXmlStreamReader &r) {
        if (r.name() == u"Default")
            defaults.insert(attribute(r, u"Extension"_s).toLower(), attribute(r, u"ContentType"_s));
        else if (r.name() == u"Override")
            overrides.insert(attribute(r, u"PartName"_s));
    });
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QString &name = it.key();
        for (const QChar ch : name) {
            if (ch.unicode() > 0x7E || ch.unicode() <= 0x20)
                problems.append(u"part name is not plain ASCII: "_s + name);
        }
        if (name == u"[Content_Types].xml")
            continue;
        const QString extension = name.section(u'.', -1).toLower();
        if (!overrides.contains(u'/' + name) && !defaults.contains(extension))
            problems.append(u"no content type for "_s + name);
    }
    for (const QString &override : std::as_const(overrides)) {
        if (!parts.contains(override.mid(1)))
            problems.append(u"content type override for a missing part: "_s + override);
    }
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(u".rels"))
            continue;
        // "ppt/slides/_rels/slide1.xml.rels" describes "ppt/slides/slide1.xml".
        const QString relsFolder = it.key().section(u'/', 0, -2);
        const QString sourceFolder = relsFolder == u"_rels" ? QString() : relsFolder.chopped(QStringView(u"/_rels").size());
        const QString source = (sourceFolder.isEmpty() ? QString() : sourceFolder + u'/') + it.key().section(u'/', -1).chopped(5);
        if (!source.isEmpty() && !parts.contains(source))
            problems.append(u"relationships for a missing part: "_s + it.key());
        QSet<QString> ids;
        forEachElement(it.value(), [&](const QXmlStreamReader &r) {
            if (r.name() != u"Relationship")
                return;
            const QString id = attribute(r, u"Id"_s);
            if (ids.contains(id))
                problems.append(u"duplicate relationship id "_s + id + u" in "_s + it.key());
            ids.insert(id);
            if (attribute(r, u"TargetMode"_s) == u"External")
                return;
            const QString target = resolve(sourceFolder, attribute(r, u"Target"_s));
            if (!parts.contains(target))
                problems.append(it.key() + u": target "_s + target + u" does not exist"_s);
        });
    }
    return problems;
}

/// The relationship targets of @p part, resolved to part names, by id.
inline QMap<QString, QString> relationships(const Parts &parts, const QString &part)
{
    const QString folder = part.section(u'/', 0, -2);
    const QString rels = (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/"_s + part.section(u'/', -1) + u".rels"_s;
    QMap<QString, QString> targets;
    forEachElement(parts.value(rels), [&](const QXmlStreamReader &r) {
        if (r.name() == u"Relationship")
            targets.insert(attribute(r, u"Id"_s), resolve(folder, attribute(r, u"Target"_s)));
    });
    return targets;
}

/// Row and column (from 0) of a cell name such as "B3".
inline std::pair<int, int> cellPosition(const QString &name)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < name.size() && name[i].isLetter(); ++i)
        column = column * 26 + (name[i].unicode() - u'A' + 1);
    return {name.mid(i).toInt() - 1, column - 1};
}

/// The cells of worksheet @p sheetPart (e.g. "xl/worksheets/sheet1.xml") as
/// numbers, strings (shared or inline) and gaps.
inline Dz::CellRows readSheet(const Parts &parts, const QString &sheetPart)
{
    QStringList shared;
    {
        QXmlStreamReader reader(parts.value(u"xl/sharedStrings.xml"_s));
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"si")
                shared.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    Dz::CellRows rows;
    QXmlStreamReader reader(parts.value(sheetPart));
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"c")
            continue;
        const auto [row, column] = cellPosition(attribute(reader, u"r"_s));
        const QString type = attribute(reader, u"t"_s);
        Dz::CellValue value;
        while (reader.readNextStartElement()) {
            if (reader.name() == u"v") {
                const QString v = reader.readElementText();
                if (type == u"s")
                    value = shared.value(v.toInt());
                else if (type == u"str")
                    value = v;
                else
                    value = v.toDouble();
            } else if (reader.name() == u"is") {
                value = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                reader.skipCurrentElement();
            }
        }
        while (rows.size() <= row)
            rows.append(QList<Dz::CellValue> {});
        while (rows[row].size() <= column)
            rows[row].append(Dz::CellValue {});
        rows[row][column] = value;
    }
    return rows;
}

/// The schema subset kept in the repository (tests/data/ooxml-xsd).
inline QString schemaDir()
{
    return QStringLiteral(DUIZHAO_TEST_DATA_DIR "/ooxml-xsd");
}

/// Why schema validation cannot run here, or empty when it can.
inline QString schemaValidationUnavailable()
{
    if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty())
        return u"xmllint is not installed (package libxml2-utils)"_s;
    return QString();
}

/// Validates @p parts against @p xsd with xmllint; returns its complaints,
/// empty when every part is valid.
inline QString schemaErrors(const QString &xsd, const Parts &parts)
{
    QTemporaryDir dir;
    QStringList arguments {u"--noout"_s, u"--nonet"_s, u"--schema"_s, schemaDir() + u'/' + xsd};
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QString path = dir.filePath(QString(it.key()).replace(u'/', u'_'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return u"cannot write "_s + path;
        arguments.append(path);
    }
    QProcess xmllint;
    xmllint.start(u"xmllint"_s, arguments);
    if (!xmllint.waitForFinished(120000))
        return u"xmllint did not finish"_s;
    const QString output = QString::fromUtf8(xmllint.readAllStandardError());
    if (xmllint.exitStatus() != QProcess::NormalExit || xmllint.exitCode() != 0)
        return output;
    return QString();
}

} // namespace OoxmlCheck
