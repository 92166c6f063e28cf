#pragma once

#include <QString>

namespace Dz
{

/// What became of a plan in the next year's report.
enum class FollowUpStatus {
    Reported, ///< the next report says it did (most of) it
    Partly, ///< it says it did some of it
    NotReported, ///< it says nothing of it, or admits it as still wanting
};
QString followUpStatusKey(FollowUpStatus status); ///< "reported", "partly_reported", "not_reported"
QString followUpStatusName(FollowUpStatus status); ///< reported / partly reported / not reported, translated

} // namespace Dz
