#include "outline/outlineformat.h"

#include "base/jsonvalues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QJsonObject fieldToJson(const MetadataField &field)
{
    QJsonObject o;
    o.insert(u"value", Internal::stringOrNull(field.value));
    o.insert(u"start", field.span.isValid() ? QJsonValue(field.span.start) : QJsonValue(QJsonValue::Null));
    o.insert(u"end", field.span.isValid() ? QJsonValue(field.span.end) : QJsonValue(QJsonValue::Null));
    o.insert(u"from", Internal::stringOrNull(field.origin));
    return o;
}

MetadataField fieldFromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    MetadataField field;
    field.value = o.value(u"value").toString();
    field.origin = o.value(u"from").toString();
    if (o.value(u"start").isDouble() && o.value(u"end").isDouble())
        field.span = {o.value(u"start").toInt(), o.value(u"end").toInt()};
    return field;
}

} // namespace

QString OutlineFormat::blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title:
        return u"title"_s;
    case BlockKind::Preamble:
        return u"preamble"_s;
    case BlockKind::Signature:
        return u"signature"_s;
    case BlockKind::Date:
        return u"date"_s;
    case BlockKind::Furniture:
        return u"furniture"_s;
    }
    return {};
}

QJsonObject OutlineFormat::metadataToJson(const ReportMetadata &m)
{
    QJsonObject metadata;
    metadata.insert(u"district", fieldToJson(m.district));
    metadata.insert(u"issuer", fieldToJson(m.issuer));
    metadata.insert(u"year", fieldToJson(m.year));
    metadata.insert(u"published", fieldToJson(m.published));
    metadata.insert(u"source", fieldToJson(m.source));
    metadata.insert(u"region", fieldToJson(m.region));
    metadata.insert(u"signed", fieldToJson(m.signedOn));
    metadata.insert(u"regionCode", Internal::stringOrNull(m.regionCode));
    metadata.insert(u"level", Internal::stringOrNull(m.level));
    metadata.insert(u"regionChain", QJsonArray::fromStringList(m.regionChain));
    metadata.insert(u"regionNote", Internal::stringOrNull(m.regionNote));
    metadata.insert(u"agency", Internal::stringOrNull(m.agency));
    metadata.insert(u"agencyLabel", Internal::stringOrNull(m.agencyLabel));
    metadata.insert(u"parentBody", Internal::stringOrNull(m.parentBody));
    metadata.insert(u"issuerChain", QJsonArray::fromStringList(m.issuerChain));
    metadata.insert(u"inferredNote", Internal::stringOrNull(m.inferredNote));
    metadata.insert(u"title", fieldToJson(m.title));
    return metadata;
}

ReportMetadata OutlineFormat::metadataFromJson(const QJsonObject &json)
{
    ReportMetadata m;
    m.district = fieldFromJson(json.value(u"district"));
    m.issuer = fieldFromJson(json.value(u"issuer"));
    m.year = fieldFromJson(json.value(u"year"));
    m.published = fieldFromJson(json.value(u"published"));
    m.source = fieldFromJson(json.value(u"source"));
    m.region = fieldFromJson(json.value(u"region"));
    m.signedOn = fieldFromJson(json.value(u"signed"));
    m.regionCode = json.value(u"regionCode").toString();
    m.level = json.value(u"level").toString();
    for (const QJsonValue &name : json.value(u"regionChain").toArray())
        m.regionChain.append(name.toString());
    m.regionNote = json.value(u"regionNote").toString();
    m.agency = json.value(u"agency").toString();
    m.agencyLabel = json.value(u"agencyLabel").toString();
    m.parentBody = json.value(u"parentBody").toString();
    for (const QJsonValue &name : json.value(u"issuerChain").toArray())
        m.issuerChain.append(name.toString());
    m.inferredNote = json.value(u"inferredNote").toString();
    m.title = fieldFromJson(json.value(u"title"));
    return m;
}

QJsonObject OutlineFormat::toJson(const Report &report)
{
    QJsonObject o;
    o.insert(u"file", report.filePath);
    // The name the workbench gives it in the same set (ReportLabels), when labelled.
    if (!report.label.isEmpty())
        o.insert(u"label", report.label);
    o.insert(u"encoding", report.encoding);
    o.insert(u"district", Internal::stringOrNull(report.metadata.district.value));
    o.insert(u"issuer", Internal::stringOrNull(report.metadata.issuer.value));
    o.insert(u"year", report.metadata.year.isValid() ? QJsonValue(report.year()) : QJsonValue(QJsonValue::Null));
    o.insert(u"published", Internal::stringOrNull(report.metadata.published.value));

    o.insert(u"metadata", metadataToJson(report.metadata));

    QJsonArray blocks;
    for (const Block &b : report.blocks) {
        blocks.append(QJsonObject {
            {u"kind"_s, blockKindName(b.kind)}, {u"start"_s, b.span.start}, {u"end"_s, b.span.end}, {u"text"_s, report.textOf(b.span).toString()}});
    }
    o.insert(u"blocks", blocks);

    QJsonArray sections;
    for (const Section &s : report.sections) {
        QJsonObject so;
        so.insert(u"level", s.level);
        so.insert(u"marker", s.marker);
        so.insert(u"title", s.title);
        so.insert(u"start", s.span.start);
        so.insert(u"end", s.span.end);
        so.insert(u"title_start", s.titleSpan.start);
        so.insert(u"title_end", s.titleSpan.end);
        so.insert(u"kind", s.kind == SectionKind::Heading ? u"heading"_s : u"numbered-paragraph"_s);
        so.insert(u"ordinal", s.ordinal);
        so.insert(u"parent", s.parent);
        so.insert(u"repaired", Internal::stringOrNull(s.repaired));
        QJsonArray items;
        for (const EnumerationItem &item : s.enumeration) {
            items.append(QJsonObject {
                {u"marker"_s, item.marker}, {u"ordinal"_s, item.ordinal}, {u"title"_s, item.title}, {u"start"_s, item.span.start}, {u"end"_s, item.span.end}});
        }
        so.insert(u"enumeration", items);
        sections.append(so);
    }
    o.insert(u"sections", sections);
    return o;
}

QJsonObject OutlineFormat::errorToJson(const QString &file, const QString &message)
{
    return QJsonObject {{u"file"_s, file}, {u"error"_s, message}};
}

QString OutlineFormat::toText(const Report &report)
{
    QString out;
    out += report.label.isEmpty() ? QString(report.filePath + u'\n') : QString(report.label + u"  ("_s + report.filePath + u")\n"_s);
    out += tr("  district: %1   issuer: %2   year: %3   published: %4")
               .arg(report.metadata.district.value, report.metadata.issuer.value, report.metadata.year.value,
                   report.metadata.published.value.isEmpty() ? tr("unknown") : report.metadata.published.value)
        + u'\n';
    if (report.metadata.region.isValid()) {
        out += tr("  region: %1   level: %2   code: %3")
                   .arg(report.metadata.region.value, report.metadata.level, report.metadata.regionCode.isEmpty() ? tr("open") : report.metadata.regionCode)
            + u'\n';
    }
    if (report.metadata.issuerChain.size() > 1)
        out += tr("  issuer: %1").arg(report.metadata.issuerChain.join(u" › "_s)) + u'\n';
    if (!report.metadata.regionNote.isEmpty())
        out += u"  "_s + report.metadata.regionNote + u'\n';
    if (!report.metadata.inferredNote.isEmpty())
        out += u"  "_s + report.metadata.inferredNote + u'\n';
    for (const Section &s : report.sections) {
        out += QString(s.level * 2, u' ') + (s.marker.isEmpty() ? tr("[no marker]") : s.marker) + u' ' + s.title;
        if (!s.enumeration.isEmpty())
            out += u"  ["_s + tr("%n item(s)", nullptr, int(s.enumeration.size())) + u']';
        out += u'\n';
        if (!s.repaired.isEmpty())
            out += QString(s.level * 2 + 4, u' ') + tr("repaired: %1").arg(s.repaired) + u'\n';
    }
    return out;
}

} // namespace Dz
