#include "export/ooxml/ooxmlpackage.h"

#include "export/ooxml/ooxmlwriting.h"
#include "export/ooxml_debug.h"

#include <KZip>

#include <QBuffer>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz::Internal
{

namespace
{
const QString ContentTypesName = u"[Content_Types].xml"_s;
const QString RelationshipsType = u"application/vnd.openxmlformats-package.relationships+xml"_s;
} // namespace

void OoxmlPackage::addDefault(const QString &extension, const QString &contentType)
{
    m_defaults.insert(extension.toLower(), contentType);
}

void OoxmlPackage::addPart(const QString &name, const QString &contentType, const QByteArray &data)
{
    m_parts.append({name, contentType, data});
}

bool OoxmlPackage::hasPart(const QString &name) const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(), [&name](const Part &part) {
        return part.name == name;
    });
}

QString OoxmlPackage::addRelationship(const QString &source, QStringView type, const QString &target, const QString &id)
{
    QList<Relationship> &list = m_relationships[source];
    // Numbered ids count the numbered ones only, so named ids never shift them.
    const auto numbered = std::count_if(list.cbegin(), list.cend(), [](const Relationship &r) {
        return r.numbered;
    });
    const QString given = id.isEmpty() ? u"rId"_s + QString::number(numbered + 1) : id;
    list.append({given, type.toString(), target, id.isEmpty()});
    return given;
}

void OoxmlPackage::setCreated(const QDateTime &created)
{
    m_created = created.toUTC();
}

QString OoxmlPackage::relationshipsPartName(const QString &source)
{
    const qsizetype slash = source.lastIndexOf(u'/');
    return source.left(slash + 1) + u"_rels/"_s + source.mid(slash + 1) + u".rels"_s;
}

QByteArray OoxmlPackage::contentTypesXml() const
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"Types"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/package/2006/content-types"_s);
    QMap<QString, QString> defaults = m_defaults;
    defaults.insert(u"rels"_s, RelationshipsType);
    defaults.insert(u"xml"_s, u"application/xml"_s);
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        writeEmpty(w, u"Default"_s, {{u"Extension"_s, it.key()}, {u"ContentType"_s, it.value()}});
    for (const Part &p : m_parts) {
        if (!p.contentType.isEmpty())
            writeEmpty(w, u"Override"_s, {{u"PartName"_s, u'/' + p.name}, {u"ContentType"_s, p.contentType}});
    }
    return part.finish();
}

QByteArray OoxmlPackage::relationshipsXml(const QList<Relationship> &relationships)
{
    XmlPart part;
    QXmlStreamWriter &w = part.writer();
    w.writeStartElement(u"Relationships"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/package/2006/relationships"_s);
    for (const Relationship &r : relationships)
        writeEmpty(w, u"Relationship"_s, {{u"Id"_s, r.id}, {u"Type"_s, r.type}, {u"Target"_s, r.target}});
    return part.finish();
}

Result<QByteArray> OoxmlPackage::toBytes() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    KZip zip(&buffer);
    // No "extended timestamp" extra fields: plain entries are what every
    // Office reader, old and new, is known to accept.
    zip.setExtraField(KZip::NoExtraField);
    zip.setCompression(KZip::DeflateCompression);
    if (!zip.open(QIODevice::WriteOnly))
        return Result<QByteArray>::failure(tr("Cannot start the zip container: %1").arg(zip.errorString()));

    const QDateTime stamp = m_created.toLocalTime();
    const auto write = [&zip, &stamp](const QString &name, const QByteArray &data) {
        const bool ok = zip.writeFile(name, data, 0100644, QString(), QString(), stamp, stamp, stamp);
        if (!ok)
            qCWarning(lcOoxml) << "could not add" << name << zip.errorString();
        return ok;
    };

    bool ok = write(ContentTypesName, contentTypesXml());
    for (const Part &p : m_parts)
        ok = ok && write(p.name, p.data);
    for (auto it = m_relationships.cbegin(); it != m_relationships.cend(); ++it)
        ok = ok && write(relationshipsPartName(it.key()), relationshipsXml(it.value()));
    const QString zipError = zip.errorString();
    ok = zip.close() && ok;
    if (!ok)
        return Result<QByteArray>::failure(tr("Cannot write the zip container: %1").arg(zipError));
    return buffer.data();
}

} // namespace Dz::Internal
