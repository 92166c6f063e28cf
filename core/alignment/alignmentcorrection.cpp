#include "alignment/alignmentcorrection.h"

using namespace Qt::StringLiterals;

namespace Dz
{

AlignmentCorrection AlignmentCorrection::reassign(const SectionRef &section, const QString &node)
{
    AlignmentCorrection c;
    c.kind = Kind::Reassign;
    c.section = section;
    c.node = node;
    return c;
}

AlignmentCorrection AlignmentCorrection::correspond(const SectionRef &section, const SectionRef &other)
{
    AlignmentCorrection c;
    c.kind = Kind::Correspond;
    c.section = section;
    c.other = other;
    return c;
}

QJsonObject AlignmentCorrection::toJson() const
{
    QJsonObject o;
    o.insert(u"kind"_s, kind == Kind::Reassign ? u"reassign"_s : u"correspond"_s);
    o.insert(u"section"_s, section.toJson());
    if (kind == Kind::Reassign)
        o.insert(u"node"_s, node);
    else
        o.insert(u"other"_s, other.toJson());
    return o;
}

Result<AlignmentCorrection> AlignmentCorrection::fromJson(const QJsonObject &object)
{
    AlignmentCorrection c;
    const QString kind = object.value(u"kind"_s).toString();
    if (kind == u"reassign")
        c.kind = Kind::Reassign;
    else if (kind == u"correspond")
        c.kind = Kind::Correspond;
    else
        return Result<AlignmentCorrection>::failure(tr("Unknown correction kind “%1”.").arg(kind));
    const auto section = SectionRef::fromJson(object.value(u"section"_s).toObject());
    if (!section)
        return Result<AlignmentCorrection>::failure(tr("A correction names no section (report, title, level)."));
    c.section = *section;
    if (c.kind == Kind::Reassign) {
        c.node = object.value(u"node"_s).toString();
        if (c.node.isEmpty())
            return Result<AlignmentCorrection>::failure(tr("A reassignment names no node."));
    } else {
        const auto other = SectionRef::fromJson(object.value(u"other"_s).toObject());
        if (!other)
            return Result<AlignmentCorrection>::failure(tr("A correspondence names no second section."));
        c.other = *other;
    }
    return c;
}

QJsonArray AlignmentCorrection::listToJson(const QList<AlignmentCorrection> &corrections)
{
    QJsonArray array;
    for (const AlignmentCorrection &c : corrections)
        array.append(c.toJson());
    return array;
}

Result<QList<AlignmentCorrection>> AlignmentCorrection::listFromJson(const QJsonArray &array)
{
    QList<AlignmentCorrection> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto c = fromJson(array.at(i).toObject());
        if (!c)
            return Result<QList<AlignmentCorrection>>::failure(tr("Correction %1: %2").arg(i + 1).arg(c.error()));
        list.append(c.value());
    }
    return list;
}

} // namespace Dz
