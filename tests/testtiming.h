#pragma once

// Waits in tests that depend on how fast the machine is. Under the
// sanitizers (bash .ci/duizhao sanitize sets DUIZHAO_SANITIZE=1) everything
// runs several times slower, so such a wait is stretched there.

#include <QtGlobal>

namespace Dz::Test
{

inline int scaledTimeout(int milliseconds)
{
    return qEnvironmentVariableIsSet("DUIZHAO_SANITIZE") ? milliseconds * 5 : milliseconds;
}

} // namespace Dz::Test
