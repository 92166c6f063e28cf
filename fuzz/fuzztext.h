#pragma once

// What every fuzz target shares: the fuzzer's bytes as text, and a check
// that stops the run with a message when a promise is broken.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Dz::Fuzz
{

/// The bytes as UTF-8 text (invalid sequences become U+FFFD), as a report's
/// decoded text would be.
inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts (a finding) when @p ok is false.
inline void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
        std::abort();
    }
}

/// A span [start, end) inside a text of @p length.
inline bool inside(qsizetype start, qsizetype end, qsizetype length)
{
    return start >= 0 && start <= end && end <= length;
}

} // namespace Dz::Fuzz
