#pragma once

#include "alignment/scheme.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dz
{

/**
 * Terms that mean the same thing for the classifier, under one name: the
 * topic 执法力量 (执法力量, 人员力量, 人手, 编制 …) or the deficiency 短缺
 * (不足, 偏少, 短缺 …). Two statements that use different terms of one
 * concept say the same thing.
 */
struct WeaknessConcept {
    QString id; ///< the concept's name, unique within its list
    QStringList terms; ///< width-folded, as matched
    /// Regular expressions matched on the width-folded text, for forms a
    /// list cannot hold (重X轻Y, 以X代Y); validated at load.
    QStringList patterns;
    double weight = 1; ///< what a term of it counts (topics and a theme's own deficiencies)
    /// Topics: counts only beside a deficiency of one of these concepts
    /// (执法人员 is about staffing only beside 不足, 偏少 …). Empty: any.
    QStringList with;
    /// Topics: gives way to another theme's specific topic in the same clause
    /// (机制 in 信息共享机制不完善 is about sharing, W06, not W10).
    bool generic = false;
    /// Topics: a generic attribute (能力, 主动性, 覆盖面) that belongs to the
    /// theme of what it is said of, also across 的 (信息公开的主动性).
    bool attribute = false;
    /// Topics: names people (干部, 执法人员): an attribute said of them keeps
    /// its own theme (干部处置突发事件的能力 is competence, where 基层防灾减灾
    /// 的能力 is about disasters).
    bool people = false;
    /// A theme's own deficiency: names its theme even without a topic of it
    /// (多头执法, 不作为, 败诉); otherwise it only adds to a topic of its theme.
    bool standalone = false;
    /// Deficiencies: stands before what it is about (缺乏专业人才), so the
    /// topic after it is the head of the clause.
    bool precedes = false;

    friend bool operator==(const WeaknessConcept &a, const WeaknessConcept &b)
    {
        return a.id == b.id && a.terms == b.terms && a.patterns == b.patterns && a.weight == b.weight && a.with == b.with && a.generic == b.generic
            && a.attribute == b.attribute && a.people == b.people && a.standalone == b.standalone && a.precedes == b.precedes;
    }
};

/// A kind of weakness reports admit (W03 执法力量不足 …), what it covers, and its terms.
struct WeaknessTheme {
    QString id;
    SchemeLabel label;
    SchemeLabel definition;
    QList<WeaknessConcept> topics; ///< what the theme is about; the topic decides the theme
    QList<WeaknessConcept> deficiencies; ///< the theme's own ways of being deficient
    QStringList dominates; ///< themes whose score this one takes where its own topic stands
    /// A general theme (W08: progress, innovation) gives its score to another
    /// theme whose specific topic stands in the same clause (普法形式缺乏创新 is about 普法).
    bool general = false;

    /// Every topic term, in catalog order.
    QStringList topicTerms() const;

    friend bool operator==(const WeaknessTheme &a, const WeaknessTheme &b)
    {
        return a.id == b.id && a.label.zh == b.label.zh && a.label.en == b.label.en && a.definition.zh == b.definition.zh && a.definition.en == b.definition.en
            && a.topics == b.topics && a.deficiencies == b.deficiencies && a.dominates == b.dominates && a.general == b.general;
    }
};

/// The numbers the classifier reads a statement with.
struct WeaknessSettings {
    double themeThreshold = 1.0; ///< the least score a theme needs
    double restWeight = 0.8; ///< the rest of an item's first sentence, against its first clause
    double detailWeight = 0.5; ///< an item's explanation, against its first clause
    double headBonus = 0.5; ///< extra share for the topic nearest a deficiency (the head of the phrase)
    double modifierShare = 0.4; ///< a topic right before another (执法人员 in 执法人员专业素质) counts this share
    double carryOver = 0.8; ///< a clause with no topic of its own reads the previous clause's, at this share
    double secondShare = 0.5; ///< a second theme needs this share of the first one's score
    int secondTopics = 2; ///< and this many topic terms of its own
};

/**
 * The weakness themes (W01–W20) with their topic and deficiency terms, the
 * deficiency terms all themes share, the markers of success, plans,
 * contrast and recurrence, and the words that introduce lists of
 * shortcomings and causes. Read from a JSON file
 * (resources/weaknesses/lawgov-weaknesses.json, format version 2), an
 * analyst's file (--catalog) or a project, and validated: a catalog that
 * loads is one the classifier can use. A default-constructed catalog is
 * invalid.
 */
class WeaknessCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Dz::WeaknessCatalog)

public:
    static constexpr auto BuiltInPath = u":/duizhao/weaknesses/lawgov-weaknesses.json";
    static constexpr int FormatVersion = 2;

    static Result<WeaknessCatalog> builtIn();
    static Result<WeaknessCatalog> loadFile(const QString &path);
    /// Parses and validates @p json; @p origin names the source in messages.
    static Result<WeaknessCatalog> fromJson(const QByteArray &json, const QString &origin);
    static Result<WeaknessCatalog> fromJson(const QJsonObject &json, const QString &origin);
    /// The catalog as a file of its format: fromJson(toJson()) gives it back.
    QJsonObject toJson() const;

    bool isValid() const
    {
        return !m_id.isEmpty();
    }
    QString id() const
    {
        return m_id;
    }
    /// Counts the catalog's editions; an analyst's edit raises it.
    int revision() const
    {
        return m_revision;
    }
    const SchemeLabel &label() const
    {
        return m_label;
    }
    const QList<WeaknessTheme> &themes() const
    {
        return m_themes;
    }
    /// nullptr when there is no such theme.
    const WeaknessTheme *theme(const QString &id) const;
    /// "W03 执法力量不足" (or the English label): how a theme is shown; @p id itself when unknown.
    QString themeName(const QString &id, bool chinese = true) const;
    /// The scheme part that holds shortcomings (P2).
    QString part() const
    {
        return m_part;
    }
    /// The deficiency concepts every theme shares (不足, 有待, 滞后 …).
    const QList<WeaknessConcept> &deficiencies() const
    {
        return m_deficiencies;
    }
    /// Every deficiency term, shared and the themes' own: what makes a sentence admit something.
    QStringList shortcomingCues() const;
    /// A sentence that reports success is not a shortcoming: 取得明显成效 …
    const QStringList &successMarkers() const
    {
        return m_successMarkers;
    }
    /// Nor one that plans: 将进一步, 下一步, 计划于 …
    const QStringList &planMarkers() const
    {
        return m_planMarkers;
    }
    /// Words that turn a sentence from what went well to what did not: 但, 然而 …
    const QStringList &contrastMarkers() const
    {
        return m_contrastMarkers;
    }
    /// Words that concede a clause the sentence then contrasts (虽然…，但…): the conceded part is not claimed.
    const QStringList &concessiveMarkers() const
    {
        return m_concessiveMarkers;
    }
    /// Words that compare (执法人员与监管对象不相适应): the topic before them is what the clause is about.
    const QStringList &comparisonMarkers() const
    {
        return m_comparisonMarkers;
    }
    /// Signs that a shortcoming is still there: 依然, 仍然存在, 尚未根本解决 …
    const QStringList &recurrenceMarkers() const
    {
        return m_recurrenceMarkers;
    }
    /// Phrases whose words are never terms (卫生监督 is an agency's trade, not oversight of power).
    const QStringList &neutralPhrases() const
    {
        return m_neutralPhrases;
    }
    /// Regular expressions for spans whose words are never terms: the standard
    /// a clause compares with (与先进地区相比 says nothing about 地区).
    const QStringList &neutralPatterns() const
    {
        return m_neutralPatterns;
    }
    /// Words after which a report lists its shortcomings: 主要表现在 …
    const QStringList &listCues() const
    {
        return m_listCues;
    }
    /// Words after which a report gives causes: 原因在于 …
    const QStringList &causeCues() const
    {
        return m_causeCues;
    }
    const WeaknessSettings &settings() const
    {
        return m_settings;
    }
    /// The least score a theme needs to be given to an item.
    double themeThreshold() const
    {
        return m_settings.themeThreshold;
    }

    // --- editing (the catalog editor; the result is validated like a file) ---
    /// The catalog with @p theme in place of the theme of its id, or added at the end.
    Result<WeaknessCatalog> withTheme(const WeaknessTheme &theme) const;
    /// The catalog without theme @p id (themes that dominate it forget it).
    Result<WeaknessCatalog> withoutTheme(const QString &id) const;

    /// Member by member: copies of one catalog share their lists, so comparing them costs next to nothing.
    friend bool operator==(const WeaknessCatalog &a, const WeaknessCatalog &b)
    {
        return a.equals(b);
    }
    friend bool operator!=(const WeaknessCatalog &a, const WeaknessCatalog &b)
    {
        return !(a == b);
    }

private:
    bool equals(const WeaknessCatalog &other) const;

    QString m_id;
    int m_revision = 1;
    SchemeLabel m_label;
    QString m_description;
    QList<WeaknessTheme> m_themes;
    QString m_part;
    QList<WeaknessConcept> m_deficiencies;
    QStringList m_successMarkers;
    QStringList m_planMarkers;
    QStringList m_contrastMarkers;
    QStringList m_concessiveMarkers;
    QStringList m_comparisonMarkers;
    QStringList m_recurrenceMarkers;
    QStringList m_neutralPhrases;
    QStringList m_neutralPatterns;
    QStringList m_listCues;
    QStringList m_causeCues;
    WeaknessSettings m_settings;
};

} // namespace Dz
