#pragma once

#include <QtGlobal>

namespace Dz
{

/**
 * Whether reading @p items texts of @p characters in all is worth handing to
 * other cores (QtConcurrent). Handing work out costs about as much as
 * reading a few small reports: threads wake up, and their caches hold none
 * of the word lists and catalogs yet. Below two pairs of reports of usual
 * length (about 5,000 characters each), or for a single text, the calling
 * thread is done sooner on its own; above, the other cores shorten the wait.
 */
inline bool worthOtherCores(qsizetype items, qsizetype characters)
{
    constexpr qsizetype Grain = 20000;
    return items >= 2 && characters >= Grain;
}

} // namespace Dz
