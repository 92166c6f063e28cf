#include "alignment/sectionref.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

QString normalizedTitle(QStringView title)
{
    QString out;
    out.reserve(title.size());
    for (QChar c : title) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

SectionRef SectionRef::of(const Report &report, int section)
{
    SectionRef ref;
    if (section < 0 || section >= report.sections.size())
        return ref;
    const Section &s = report.sections.at(section);
    ref.report = fileNameOf(report.filePath);
    ref.title = normalizedTitle(s.title);
    ref.level = s.level;
    for (int i = 0; i < section; ++i) {
        const Section &o = report.sections.at(i);
        if (o.level == s.level && normalizedTitle(o.title) == ref.title)
            ++ref.occurrence;
    }
    return ref;
}

bool SectionRef::matchesReport(const Report &candidate) const
{
    return fileNameOf(candidate.filePath) == report;
}

int SectionRef::resolve(const Report &candidate) const
{
    if (!matchesReport(candidate) || title.isEmpty())
        return -1;
    const Report &r = candidate;
    // Exact title and level first; then the title alone, since a repaired
    // marker may have moved the heading to another level.
    for (int pass = 0; pass < 2; ++pass) {
        int seen = 0;
        int last = -1;
        for (int i = 0; i < r.sections.size(); ++i) {
            const Section &s = r.sections.at(i);
            if ((pass == 0 && s.level != level) || normalizedTitle(s.title) != title)
                continue;
            if (seen == occurrence)
                return i;
            last = i;
            ++seen;
        }
        if (pass == 1 && last >= 0)
            return last;
    }
    return -1;
}

QJsonObject SectionRef::toJson() const
{
    QJsonObject o;
    o.insert(u"report"_s, report);
    o.insert(u"title"_s, title);
    o.insert(u"level"_s, level);
    if (occurrence != 0)
        o.insert(u"occurrence"_s, occurrence);
    return o;
}

std::optional<SectionRef> SectionRef::fromJson(const QJsonObject &object)
{
    SectionRef ref;
    ref.report = object.value(u"report"_s).toString();
    ref.title = normalizedTitle(object.value(u"title"_s).toString());
    ref.level = object.value(u"level"_s).toInt();
    ref.occurrence = object.value(u"occurrence"_s).toInt();
    if (ref.report.isEmpty() || ref.title.isEmpty() || ref.occurrence < 0)
        return std::nullopt;
    return ref;
}

} // namespace Dz
