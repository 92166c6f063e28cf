#include "reading/report.h"

#include "base/textformatting.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dz
{

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
