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
    const QString parent = overrides.value(u"parentBody").toString();
    if (!parent.isEmpty())
        parentBody = parent;
    if (!parent.isEmpty() || !overrides.value(u"issuer").toString().isEmpty()) {
        // The chain follows: the parent body, then the issuer, what the two
        // names share (the places, or the parent itself) said once:
        // 成都市公安局 › 武侯区分局.
        const QString &name = issuer.value;
        if (!parentBody.isEmpty() && !name.isEmpty()) {
            qsizetype common = 0;
            while (common < name.size() && common < parentBody.size() && name.at(common) == parentBody.at(common))
                ++common;
            issuerChain = {parentBody, common >= 2 && common < name.size() ? name.mid(common) : name};
        } else if (!name.isEmpty()) {
            issuerChain = {name};
        }
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
