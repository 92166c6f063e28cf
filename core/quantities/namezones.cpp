#include "quantities/namezones.h"

#include <algorithm>

namespace Dz
{

namespace Internal
{

// Quoted names (“663”行动计划), book titles (《…(2020-2025年)》) and the
// year brackets of document numbers (〔2020〕255号): numbers inside are
// never quantities. A quote counts only when it closes soon on the same
// line; an unbalanced mark must not swallow the rest of a paragraph.
QList<NameZone> nameZones(QStringView text)
{
    struct Pair {
        char16_t open;
        char16_t close;
        int maxLength;
        bool stopAtSentence;
    };
    static constexpr Pair pairs[] = {
        {u'“', u'”', 40, true},
        {u'‘', u'’', 40, true},
        {u'「', u'」', 40, true},
        {u'『', u'』', 40, true},
        {u'"', u'"', 40, true},
        {u'《', u'》', 120, false},
        {u'〈', u'〉', 60, false},
        {u'〔', u'〕', 12, true},
        {u'[', u']', 24, true},
        {u'【', u'】', 24, true},
        {u'〖', u'〗', 12, true},
    };
    QList<NameZone> zones;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        // Most characters open nothing: every opening mark is '"', '[' or in
        // one of two small ranges (‘ to “, 〈 to 〖).
        if (c != u'"' && c != u'[' && !(c >= u'‘' && c <= u'“') && !(c >= u'〈' && c <= u'〖'))
            continue;
        for (const Pair &p : pairs) {
            if (c != p.open)
                continue;
            for (qsizetype j = i + 1; j < text.size() && j - i <= p.maxLength; ++j) {
                const char16_t d = text.at(j).unicode();
                if (d == u'\n' || (p.stopAtSentence && d == u'。'))
                    break;
                if (d == p.close) {
                    zones.append({i, j + 1});
                    if (p.open == p.close)
                        i = j; // a symmetric quote closes here, it does not open the next
                    break;
                }
                if (d == p.open && p.open != p.close)
                    break; // another opening first: this one is unbalanced
            }
            break;
        }
    }
    std::sort(zones.begin(), zones.end(), [](const NameZone &a, const NameZone &b) {
        return a.start < b.start;
    });
    return zones;
}

} // namespace Internal

} // namespace Dz
