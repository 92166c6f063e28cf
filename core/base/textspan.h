#pragma once

#include <QtGlobal>

namespace Dz
{

/// A half-open range [start, end) of UTF-16 positions (QString indexes) into a
/// report's stored text, so a view can highlight exactly what was meant.
struct TextSpan {
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const
    {
        return start >= 0 && end >= start;
    }
    qsizetype length() const
    {
        return isValid() ? end - start : 0;
    }
    bool contains(qsizetype pos) const
    {
        return isValid() && pos >= start && pos < end;
    }
    friend bool operator==(const TextSpan &a, const TextSpan &b)
    {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const TextSpan &a, const TextSpan &b)
    {
        return !(a == b);
    }
};

} // namespace Dz
