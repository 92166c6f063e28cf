#include "compare/cellstatusstyle.h"

using namespace Qt::StringLiterals;

namespace Dz
{

CellStatusStyle CellStatusStyle::of(AlignmentTreeModel::CellStatus status)
{
    switch (status) {
    case AlignmentTreeModel::CellStatus::Present:
        return {QColor(0xdf, 0xf1, 0xe1), QColor(0x1e, 0x6b, 0x34), u"●"_s};
    case AlignmentTreeModel::CellStatus::LowConfidence:
        return {QColor(0xfd, 0xf1, 0xd6), QColor(0x8a, 0x5a, 0x00), u"?"_s};
    case AlignmentTreeModel::CellStatus::Missing:
        return {QColor(0xfd, 0xe0, 0xdd), QColor(0xa3, 0x1f, 0x1a), u"✕"_s};
    case AlignmentTreeModel::CellStatus::Empty:
        break;
    }
    return {QColor(), QColor(0x9a, 0x9a, 0x9a), u"·"_s};
}

} // namespace Dz
