#pragma once

#include <QtGlobal>

#include <vector>

namespace Dz
{

/**
 * Values by 64-bit fingerprint (a hash of a text's piece), found by open
 * addressing in one flat array: a lookup reads one place where a hash of
 * nodes follows a pointer to another, and a copy search looks up every
 * fingerprint of every report three times.
 *
 * Values are kept apart, in the order they were added, and a value's index
 * stays what it is when the table grows: callers keep indices between
 * lookups.
 */
template<typename Value>
class FingerprintTable
{
public:
    static constexpr int None = -1;

    /// The index of @p key's value, or None.
    int find(quint64 key) const
    {
        if (m_slots.empty())
            return None;
        for (size_t slot = slotOf(key);; slot = (slot + 1) & (m_slots.size() - 1)) {
            const Slot &s = m_slots[slot];
            if (s.value == None || s.key == key)
                return s.value;
        }
    }
    /// The index of @p key's value, a default-made one added when it has none.
    int findOrAdd(quint64 key)
    {
        // At most half full: a probe stops soon at an empty slot.
        if (2 * (m_values.size() + 1) > m_slots.size())
            grow();
        size_t slot = slotOf(key);
        for (; m_slots[slot].value != None; slot = (slot + 1) & (m_slots.size() - 1)) {
            if (m_slots[slot].key == key)
                return m_slots[slot].value;
        }
        m_slots[slot] = {key, int(m_values.size())};
        m_values.emplace_back();
        return m_slots[slot].value;
    }
    Value &at(int index)
    {
        return m_values[size_t(index)];
    }
    const Value &at(int index) const
    {
        return m_values[size_t(index)];
    }
    qsizetype size() const
    {
        return qsizetype(m_values.size());
    }

private:
    struct Slot {
        quint64 key = 0;
        int value = None;
    };
    size_t slotOf(quint64 key) const
    {
        // Fibonacci hashing: spreads keys that differ only in a few bits.
        return size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
    }
    void grow()
    {
        int bits = 4;
        while ((size_t(1) << bits) < 4 * (m_values.size() + 1))
            ++bits;
        m_shift = 64 - bits;
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(size_t(1) << bits, Slot());
        for (const Slot &s : old) {
            if (s.value == None)
                continue;
            size_t slot = slotOf(s.key);
            while (m_slots[slot].value != None)
                slot = (slot + 1) & (m_slots.size() - 1);
            m_slots[slot] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<Value> m_values;
    int m_shift = 64;
};

} // namespace Dz
