#include "reading/report.h"

#include "base/textformatting.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dz
{

QList<std::pair<QString, MetadataField *>> ReportMetadata::editableFields()
{
    return {
        {u"district"_s, &district},
        {u"issuer"_s, &issuer},
        {u"year"_s, &year},
        {u"published"_s, &published},
        {u"source"_s, &source},
    };
}

bool ReportMetadata::applyOverrides(const QJsonObject &overrides)
{
    bool changed = false;
    for (const auto &[name, field] : editableFields()) {
        const QString value = overrides.value(name).toString();
        if (value.isEmpty())
            continue;
        field->value = value;
        field->span = {};
        field->origin = u"analyst"_s;
        changed = true;
    }
    return changed;
}

QString Report::displayName() const
{
    if (!label.isEmpty())
        return label;
    return Internal::reportLabel(metadata.district.value, year(), filePath);
}

int Report::year() const
{
    return metadata.year.value.toInt();
}

QList<int> Report::childrenOf(int parent) const
{
    QList<int> children;
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).parent == parent)
            children.append(i);
    }
    return children;
}

} // namespace Dz
