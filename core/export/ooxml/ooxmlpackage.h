#pragma once

#include "base/result.h"
#include "export/ooxml_debug.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Dz::Internal
{

namespace RelType
{
inline constexpr QStringView officeDocument = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr QStringView coreProperties = u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr QStringView extendedProperties = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr QStringView slideMaster = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster";
inline constexpr QStringView slideLayout = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout";
inline constexpr QStringView slide = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide";
inline constexpr QStringView theme = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
inline constexpr QStringView presProps = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/presProps";
inline constexpr QStringView viewProps = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/viewProps";
inline constexpr QStringView tableStyles = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles";
inline constexpr QStringView chart = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
inline constexpr QStringView image = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
inline constexpr QStringView package = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";
inline constexpr QStringView worksheet = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
inline constexpr QStringView styles = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr QStringView sharedStrings = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
inline constexpr QStringView settings = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr QStringView fontTable = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr QStringView footer = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
} // namespace RelType

/**
 * An Open Packaging Conventions container (.pptx, .xlsx, .docx) being assembled:
 * parts with their content types and relationships, zipped with KArchive.
 *
 * The package writes [Content_Types].xml and every relationships part itself, from
 * what was added, so a part can never lack a content type and a relationship
 * can never be written without its source part being listed.
 */
class OoxmlPackage
{
    Q_DECLARE_TR_FUNCTIONS(Dz::OoxmlPackage)

public:
    /// Parts ending in @p extension get @p contentType unless overridden.
    void addDefault(const QString &extension, const QString &contentType);
    /// @p name without a leading '/', e.g. "ppt/slides/slide1.xml"; an empty
    /// @p contentType leaves it to the extension's default.
    void addPart(const QString &name, const QString &contentType, const QByteArray &data);
    bool hasPart(const QString &name) const;

    /**
     * Adds a relationship from @p source ("" for the package itself) and
     * returns its id: @p id if given (a name the source part already uses,
     * such as "rIdFooter"), else "rId1", "rId2", … in order per source.
     * @p target is relative to the source part's folder, as the rels file
     * stores it.
     */
    QString addRelationship(const QString &source, QStringView type, const QString &target, const QString &id = QString());

    /// The time stamped on every entry and in the document properties.
    void setCreated(const QDateTime &created);
    QDateTime created() const
    {
        return m_created;
    }

    /// The zipped package; [Content_Types].xml comes first, as Office writes it.
    Result<QByteArray> toBytes() const;

private:
    struct Part {
        QString name;
        QString contentType;
        QByteArray data;
    };
    struct Relationship {
        QString id;
        QString type;
        QString target;
        bool numbered = true; ///< an "rIdN" the package gave, not a name the caller chose
    };

    QByteArray contentTypesXml() const;
    static QByteArray relationshipsXml(const QList<Relationship> &relationships);
    /// "ppt/slides/slide1.xml" → "ppt/slides/_rels/slide1.xml.rels"; "" → "_rels/.rels".
    static QString relationshipsPartName(const QString &source);

    QList<Part> m_parts;
    QMap<QString, QString> m_defaults;
    QMap<QString, QList<Relationship>> m_relationships;
    QDateTime m_created = QDateTime::currentDateTimeUtc();
};

} // namespace Dz::Internal
