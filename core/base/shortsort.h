#pragma once

#include <algorithm>
#include <iterator>
#include <utility>

namespace Dz
{

/**
 * std::stable_sort for the short lists a statement's reading sorts (its
 * terms, their overlaps, the themes a clause scores): an insertion sort in
 * place, where std::stable_sort asks the heap for a buffer every time. The
 * same order as std::stable_sort; a long range is handed to it.
 */
template<typename Iterator, typename Less>
void stableSortShort(Iterator begin, Iterator end, Less less)
{
    constexpr auto Short = 32;
    if (std::distance(begin, end) > Short) {
        std::stable_sort(begin, end, less);
        return;
    }
    for (Iterator i = begin; i != end; ++i) {
        auto value = std::move(*i);
        Iterator hole = i;
        // Moved past only what it strictly precedes: equal elements keep their order.
        for (Iterator before = hole; hole != begin && less(value, *--before); hole = before)
            *hole = std::move(*before);
        *hole = std::move(value);
    }
}

} // namespace Dz
