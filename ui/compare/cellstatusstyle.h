#pragma once

#include "models/alignmenttreemodel.h"

#include <QColor>
#include <QString>

namespace Dz
{

/// How the navigator and the matrix show what a report has for a node: one
/// colour and one symbol per status, the same in both views.
struct CellStatusStyle {
    QColor fill;
    QColor text;
    QString symbol;

    static CellStatusStyle of(AlignmentTreeModel::CellStatus status);
};

} // namespace Dz
