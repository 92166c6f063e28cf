#include "report.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dz
{

QString Report::displayName() const
{
    if (metadata.district.isValid() && metadata.year.isValid())
        return metadata.district.value + u" · "_s + metadata.year.value;
    if (metadata.district.isValid())
        return metadata.district.value;
    return QFileInfo(filePath).fileName();
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
