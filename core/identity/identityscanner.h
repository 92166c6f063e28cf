#pragma once

#include "base/prefixtrie.h"
#include "base/textspan.h"
#include "identity/gazetteer.h"

#include <QList>

namespace Dz
{

/// A body or place named in a text: a chain of places from the gazetteer
/// (天津市滨海新区, 恩施州), a relative one (区卫健委), an agency, or both.
struct IdentityMention {
    TextSpan span; ///< places and agency together
    TextSpan placeSpan; ///< the places alone; invalid when none is named
    /// The deepest unit named, and every unit it can be when the name is
    /// shared (永定区: 福建 and 湖南); empty when no place is named.
    QList<int> places;
    int placeCount = 0; ///< units in the chain: 2 for 天津市滨海新区
    bool shortForm = false; ///< the deepest unit is written short (滨海卫健委)
    QString zone; ///< a development zone after the places (经济技术开发区), as written
    int agency = -1; ///< index into Gazetteer::agencies(); -1 when none follows
    TextSpan agencySpan;
    /// 省, 市, 区, 县, 镇, 乡, or 街 (街道) for a body named by level only (区卫健委, 镇人民政府)
    QChar relative;
    /// A unit after the agency (成都市公安局 + 武侯区分局): its span, the name
    /// before its suffix (武侯区), the kind (Gazetteer::units()), and the
    /// units the name is when it is a place; invalid span when none.
    TextSpan unitSpan;
    TextSpan unitNameSpan;
    int unitKind = -1;
    QList<int> unitPlaces;
    bool yearFollows = false; ///< 南通市海门区2024年…
    bool cited = false; ///< inside 《…》
};

/**
 * Finds every place and body a text names in one pass: at each offset one
 * walk of a trie of the gazetteer's names and one of the agencies' forms,
 * bounded by the longest name, so time is linear in the text.
 *
 * A place is only what the gazetteer lists; a two-character name (和县,
 * 城区, or a short form) directly after another Chinese character is part of
 * a word, not a place. A body may be followed by a unit of it (成都市公安局
 * 武侯区分局); a unit's name is at most a few characters before its suffix.
 */
class IdentityScanner
{
public:
    explicit IdentityScanner(const Gazetteer &gazetteer);
    /// A scanner over Gazetteer::builtIn(), built once.
    static const IdentityScanner &builtIn();

    const Gazetteer &gazetteer() const
    {
        return m_gazetteer;
    }

    /// Every mention in @p folded (a folded text), in text order, none overlapping.
    QList<IdentityMention> scan(QStringView folded) const;
    /// The longest agency form starting at @p pos: {agency index, length}, or {-1, 0}.
    std::pair<int, int> agencyAt(QStringView folded, qsizetype pos) const;
    /// Every place name in @p folded (full or short), as scan() reads them,
    /// with no agency needed: for counting the places a text names.
    QList<IdentityMention> places(QStringView folded) const;

private:
    // The steps of scan(), each reading one mention starting at @p at into
    // @p m; false when none starts there.
    bool readPlaceBody(QStringView text, qsizetype at, IdentityMention &m) const;
    bool readLevelBody(QStringView text, qsizetype at, IdentityMention &m) const;
    bool readAgencyBody(QStringView text, qsizetype at, IdentityMention &m) const;
    /// The places from @p at, the first @p length long with @p ids, and
    /// the deeper ones that continue the chain; the end of the last.
    qsizetype readPlaceChain(QStringView text, qsizetype at, int length, const std::vector<int> &ids, IdentityMention &m) const;
    /// The longest place name at @p pos: its length, and its ids in @p ids (left alone when none).
    int longestPlace(QStringView text, qsizetype pos, const std::vector<int> *&ids) const;
    /// The unit written at @p pos after a body (武侯区分局, 交通管理支队), into @p m.
    void readUnit(QStringView text, qsizetype pos, IdentityMention &m) const;

    const Gazetteer &m_gazetteer;
    PrefixTrie m_places; ///< id = division * 2 + (short form ? 1 : 0)
    PrefixTrie m_agencies; ///< id = agency index * 2 + (an end form ? 1 : 0)
    PrefixTrie m_units; ///< id = unit kind index
    PrefixTrie m_zones; ///< id = zone pattern index
};

} // namespace Dz
