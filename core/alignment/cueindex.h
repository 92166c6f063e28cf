#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>

namespace Dz
{

class Scheme;

namespace Internal
{

enum class CueKind : quint8 {
    PartHeading,
    PartBody,
    Theme,
};

struct Cue {
    QString term; ///< width-folded
    double weight = 0;
    int node = 0; ///< part or theme index
    CueKind kind = CueKind::Theme;
};

struct CueMatch {
    int cue = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

/**
 * All cue terms of a scheme, found in one pass over a text.
 *
 * A bitset on the first UTF-16 unit rejects most positions before the hash
 * lookup, which keeps classification linear in the text length and cheap
 * enough for thousands of reports.
 */
struct CueIndex {
    QList<Cue> cues;
    QHash<quint32, QList<int>> byPrefix; ///< first two units → cues of length ≥ 2
    QHash<char16_t, QList<int>> single; ///< one-unit cues
    std::bitset<65536> firstUnit;
    qsizetype maxLength = 0;
    QStringList connectors; ///< the scheme's connectors (和, 及, 、), folded like the cues

    /// The heading and body cues of every part, then the cues of every theme.
    static CueIndex fromScheme(const Scheme &scheme);

    void add(const QString &term, double weight, int node, CueKind kind);

    /// Matches of the cues a heading (@p heading) or a body may hold, in
    /// text order; a match inside a longer match is dropped, so 存在的不足
    /// does not count 不足 again and 整改措施 does not count as 措施.
    QList<CueMatch> scan(QStringView text, bool heading) const;
};

} // namespace Internal

} // namespace Dz
