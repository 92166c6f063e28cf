#include "alignment/cueindex.h"

#include "alignment/scheme.h"
#include "base/widthfolding.h"

#include <algorithm>

namespace Dz
{

namespace Internal
{

CueIndex CueIndex::fromScheme(const Scheme &scheme)
{
    CueIndex index;
    for (qsizetype p = 0; p < scheme.parts().size(); ++p) {
        const SchemePart &part = scheme.parts().at(p);
        for (const SchemeCue &cue : part.headingCues)
            index.add(cue.term, cue.weight, int(p), CueKind::PartHeading);
        for (const SchemeCue &cue : part.bodyCues)
            index.add(cue.term, cue.weight, int(p), CueKind::PartBody);
    }
    for (qsizetype t = 0; t < scheme.themes().size(); ++t) {
        for (const SchemeCue &cue : scheme.themes().at(t).cues)
            index.add(cue.term, cue.weight, int(t), CueKind::Theme);
    }
    for (const QString &connector : scheme.connectors())
        index.connectors.append(foldWidth(connector));
    return index;
}

void CueIndex::add(const QString &term, double weight, int node, CueKind kind)
{
    Cue cue {foldWidth(term), weight, node, kind};
    const int index = int(cues.size());
    cues.append(cue);
    maxLength = std::max(maxLength, cue.term.size());
    const char16_t c0 = cue.term.at(0).unicode();
    firstUnit.set(c0);
    if (cue.term.size() == 1)
        single[c0].append(index);
    else
        byPrefix[(quint32(c0) << 16) | cue.term.at(1).unicode()].append(index);
}

QList<CueMatch> CueIndex::scan(QStringView text, bool heading) const
{
    QList<CueMatch> matches;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c0 = text.at(i).unicode();
        if (!firstUnit.test(c0))
            continue;
        const auto consider = [&](int index) {
            const Cue &cue = cues.at(index);
            if (heading ? cue.kind == CueKind::PartBody : cue.kind == CueKind::PartHeading)
                return;
            if (text.mid(i).startsWith(cue.term))
                matches.append(CueMatch {index, i, i + cue.term.size()});
        };
        if (auto it = single.constFind(c0); it != single.cend()) {
            for (int index : it.value())
                consider(index);
        }
        if (i + 1 < n) {
            if (auto it = byPrefix.constFind((quint32(c0) << 16) | text.at(i + 1).unicode()); it != byPrefix.cend()) {
                for (int index : it.value())
                    consider(index);
            }
        }
    }
    // Matches are sorted by start; drop those strictly inside another.
    // Only matches starting at most maxLength earlier can contain one.
    QList<CueMatch> kept;
    kept.reserve(matches.size());
    for (qsizetype a = 0; a < matches.size(); ++a) {
        const CueMatch &m = matches.at(a);
        const auto contains = [&m](const CueMatch &o) {
            return o.start <= m.start && o.end >= m.end && (o.end - o.start) > (m.end - m.start);
        };
        bool inside = false;
        for (qsizetype b = a - 1; b >= 0 && !inside && matches.at(b).start >= m.start - maxLength; --b)
            inside = contains(matches.at(b));
        for (qsizetype b = a + 1; b < matches.size() && !inside && matches.at(b).start == m.start; ++b)
            inside = contains(matches.at(b));
        if (!inside)
            kept.append(m);
    }
    return kept;
}

} // namespace Internal

} // namespace Dz
