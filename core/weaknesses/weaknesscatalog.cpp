#include "weaknesses/weaknesscatalog.h"

#include "base/jsonvalidator.h"
#include "base/widthfolding.h"
#include "weaknesses/weaknesses_debug.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

constexpr auto Format = u"duizhao-weaknesses";

// Reads and checks the parts of a catalog; the first problem found is kept.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(Dz::WeaknessCatalog)

public:
    Internal::JsonValidator v;

    // Terms as matched: width folded (互联网＋ is 互联网+ in the folded text), trimmed.
    QStringList terms(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        const QStringList raw = v.strings(o, key, where);
        QStringList result;
        QSet<QString> seen;
        for (const QString &term : raw) {
            const QString folded = foldWidth(term);
            if (seen.contains(folded)) {
                v.fail(tr("%1: the term “%2” is listed twice in \"%3\"").arg(where, term, key));
                break;
            }
            seen.insert(folded);
            result.append(folded);
        }
        if (required && result.isEmpty())
            v.fail(tr("%1: \"%2\" must list at least one term").arg(where, key));
        return result;
    }

    // An array of concepts: {"concept", "terms", "weight"?, "with"?, "generic"?, "standalone"?}.
    QList<WeaknessConcept> concepts(const QJsonObject &o, const QString &key, const QString &where, bool required, bool weighted)
    {
        QList<WeaknessConcept> result;
        const QJsonValue value = o.value(key);
        if (value.isUndefined() && !required)
            return result;
        if (!value.isArray()) {
            v.fail(tr("%1: \"%2\" must be an array of concepts {\"concept\", \"terms\"}").arg(where, key));
            return result;
        }
        QSet<QString> ids;
        QSet<QString> allTerms;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && v.ok(); ++i) {
            const QJsonObject c = array.at(i).toObject();
            WeaknessConcept entry;
            entry.id = c.value(u"concept"_s).toString().trimmed();
            if (entry.id.isEmpty() || ids.contains(entry.id)) {
                v.fail(tr("%1: concept %2 of \"%3\" needs a \"concept\" name of its own").arg(where).arg(i + 1).arg(key));
                break;
            }
            ids.insert(entry.id);
            const QString conceptWhere = tr("%1, concept “%2”").arg(where, entry.id);
            entry.patterns = v.strings(c, u"patterns"_s, conceptWhere);
            for (const QString &pattern : std::as_const(entry.patterns)) {
                const QRegularExpression re(pattern);
                if (!re.isValid())
                    v.fail(tr("%1: the pattern “%2” is not a valid regular expression: %3").arg(conceptWhere, pattern, re.errorString()));
            }
            entry.terms = terms(c, u"terms"_s, conceptWhere, entry.patterns.isEmpty());
            for (const QString &term : std::as_const(entry.terms)) {
                if (allTerms.contains(term)) {
                    v.fail(tr("%1: the term “%2” is in two concepts of \"%3\"").arg(conceptWhere, term, key));
                    break;
                }
                allTerms.insert(term);
            }
            const QJsonValue weight = c.value(u"weight"_s);
            if (weighted) {
                entry.weight = weight.toDouble();
                if (!weight.isDouble() || entry.weight <= 0 || entry.weight > 100)
                    v.fail(tr("%1: needs a positive numeric \"weight\" (at most 100)").arg(conceptWhere));
            }
            entry.with = v.strings(c, u"with"_s, conceptWhere);
            entry.attribute = c.value(u"attribute"_s).toBool(false);
            entry.people = c.value(u"people"_s).toBool(false);
            entry.generic = entry.attribute || c.value(u"generic"_s).toBool(false);
            entry.standalone = c.value(u"standalone"_s).toBool(false);
            entry.precedes = c.value(u"precedes"_s).toBool(false);
            result.append(entry);
        }
        if (required && result.isEmpty())
            v.fail(tr("%1: \"%2\" must list at least one concept").arg(where, key));
        return result;
    }

    // The weights and thresholds of "settings", each checked for its range.
    void readSettings(const QJsonObject &root, WeaknessSettings &settings)
    {
        const QJsonObject s = root.value(u"settings"_s).toObject();
        settings.themeThreshold = s.value(u"themeThreshold"_s).toDouble(settings.themeThreshold);
        settings.restWeight = s.value(u"restWeight"_s).toDouble(settings.restWeight);
        settings.detailWeight = s.value(u"detailWeight"_s).toDouble(settings.detailWeight);
        settings.headBonus = s.value(u"headBonus"_s).toDouble(settings.headBonus);
        settings.modifierShare = s.value(u"modifierShare"_s).toDouble(settings.modifierShare);
        settings.carryOver = s.value(u"carryOver"_s).toDouble(settings.carryOver);
        settings.secondShare = s.value(u"secondShare"_s).toDouble(settings.secondShare);
        // A count: what is not a whole number is refused below (as 0).
        const QJsonValue secondTopics = s.value(u"secondTopics"_s);
        if (!secondTopics.isUndefined())
            settings.secondTopics = secondTopics.isDouble() && secondTopics.toDouble() == std::trunc(secondTopics.toDouble()) ? secondTopics.toInt() : 0;
        const auto share = [](double x) {
            return x >= 0 && x <= 1;
        };
        if (settings.themeThreshold <= 0)
            v.fail(tr("\"themeThreshold\" must be positive"));
        else if (!share(settings.restWeight) || !share(settings.detailWeight) || !share(settings.carryOver) || !share(settings.secondShare)
            || !share(settings.modifierShare))
            v.fail(tr("\"restWeight\", \"detailWeight\", \"carryOver\", \"secondShare\" and \"modifierShare\" must be between 0 and 1"));
        else if (settings.headBonus < 0 || settings.headBonus > 10)
            v.fail(tr("\"headBonus\" must be between 0 and 10"));
        else if (settings.secondTopics < 1 || settings.secondTopics > 10)
            v.fail(tr("\"secondTopics\" must be a whole number from 1 to 10"));
    }

    // The themes, each with an id of its own (collected in @p ids), up to the first problem.
    QList<WeaknessTheme> themes(const QJsonObject &root, QSet<QString> &ids)
    {
        QList<WeaknessTheme> result;
        const QJsonArray themes = root.value(u"themes"_s).toArray();
        if (v.ok() && themes.isEmpty())
            v.fail(tr("\"themes\" must be a non-empty array"));
        for (qsizetype i = 0; i < themes.size() && v.ok(); ++i) {
            const QJsonObject o = themes.at(i).toObject();
            WeaknessTheme theme;
            theme.id = o.value(u"id"_s).toString().trimmed();
            if (theme.id.isEmpty() || ids.contains(theme.id)) {
                v.fail(tr("theme %1 needs an \"id\" of its own").arg(i + 1));
                break;
            }
            ids.insert(theme.id);
            const QString where = tr("theme %1").arg(theme.id);
            theme.label = v.label(o.value(u"label"_s), where);
            if (o.contains(u"definition"_s))
                theme.definition = v.label(o.value(u"definition"_s), tr("%1, definition").arg(where));
            theme.topics = concepts(o, u"topics"_s, where, true, true);
            theme.deficiencies = concepts(o, u"deficiencies"_s, where, false, true);
            theme.dominates = v.strings(o, u"dominates"_s, where);
            theme.general = o.value(u"general"_s).toBool(false);
            result.append(theme);
        }
        return result;
    }

    // References: dominated themes and the deficiency concepts a topic needs.
    void checkReferences(const QList<WeaknessConcept> &deficiencies, const QList<WeaknessTheme> &themes, const QSet<QString> &ids)
    {
        QSet<QString> deficiencyIds;
        for (const WeaknessConcept &c : deficiencies)
            deficiencyIds.insert(c.id);
        for (const WeaknessTheme &theme : themes) {
            for (const WeaknessConcept &c : theme.deficiencies)
                deficiencyIds.insert(c.id);
        }
        for (const WeaknessTheme &theme : themes) {
            if (!v.ok())
                break;
            for (const QString &other : theme.dominates) {
                if (other == theme.id || !ids.contains(other))
                    v.fail(tr("theme %1: \"dominates\" names “%2”, which is not another theme of the file").arg(theme.id, other));
            }
            for (const WeaknessConcept &c : theme.topics) {
                for (const QString &needed : c.with) {
                    if (!deficiencyIds.contains(needed))
                        v.fail(tr("theme %1, concept “%2”: \"with\" names “%3”, which is no deficiency concept of the file").arg(theme.id, c.id, needed));
                }
            }
        }
    }
};

QJsonObject labelJson(const SchemeLabel &label)
{
    return {{u"zh"_s, label.zh}, {u"en"_s, label.en}};
}

QJsonArray conceptsJson(const QList<WeaknessConcept> &concepts, bool weighted)
{
    QJsonArray array;
    for (const WeaknessConcept &c : concepts) {
        QJsonObject o {{u"concept"_s, c.id}};
        if (weighted)
            o.insert(u"weight"_s, c.weight);
        if (!c.with.isEmpty())
            o.insert(u"with"_s, QJsonArray::fromStringList(c.with));
        if (c.attribute)
            o.insert(u"attribute"_s, true);
        else if (c.generic)
            o.insert(u"generic"_s, true);
        if (c.people)
            o.insert(u"people"_s, true);
        if (c.standalone)
            o.insert(u"standalone"_s, true);
        if (c.precedes)
            o.insert(u"precedes"_s, true);
        if (!c.patterns.isEmpty())
            o.insert(u"patterns"_s, QJsonArray::fromStringList(c.patterns));
        o.insert(u"terms"_s, QJsonArray::fromStringList(c.terms));
        array.append(o);
    }
    return array;
}

} // namespace

QStringList WeaknessTheme::topicTerms() const
{
    QStringList terms;
    for (const WeaknessConcept &c : topics)
        terms += c.terms;
    return terms;
}

Result<WeaknessCatalog> WeaknessCatalog::builtIn()
{
    return loadFile(QString(QStringView(BuiltInPath)));
}

Result<WeaknessCatalog> WeaknessCatalog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<WeaknessCatalog>::failure(tr("Cannot read the weakness theme file %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<WeaknessCatalog> WeaknessCatalog::fromJson(const QByteArray &json, const QString &origin)
{
    Internal::JsonValidator v;
    const QJsonObject root = v.readRoot(json, Format, FormatVersion);
    if (!v.ok()) {
        qCWarning(lcWeaknessCatalog) << "rejected weakness themes" << origin << v.problem;
        return Result<WeaknessCatalog>::failure(tr("The weakness theme file %1 is not valid: %2").arg(origin, v.problem));
    }
    return fromJson(root, origin);
}

Result<WeaknessCatalog> WeaknessCatalog::fromJson(const QJsonObject &json, const QString &origin)
{
    CatalogReader r;
    Internal::JsonValidator &v = r.v;
    const QJsonObject root = v.checkRoot(json, Format, FormatVersion);
    WeaknessCatalog catalog;
    if (v.ok()) {
        catalog.m_id = root.value(u"id"_s).toString();
        if (catalog.m_id.isEmpty())
            v.fail(tr("the file has no \"id\""));
        catalog.m_revision = root.value(u"revision"_s).toInt(1);
        if (root.contains(u"label"_s))
            catalog.m_label = v.label(root.value(u"label"_s), tr("the catalog"));
        catalog.m_description = root.value(u"description"_s).toString();
        catalog.m_part = root.value(u"part"_s).toString();
        if (catalog.m_part.isEmpty())
            v.fail(tr("the file must name the \"part\" that holds shortcomings"));
    }
    const QString top = tr("the weakness themes");
    if (v.ok()) {
        catalog.m_listCues = r.terms(root, u"listCues"_s, top, true);
        catalog.m_causeCues = r.terms(root, u"causeCues"_s, top, true);
        catalog.m_successMarkers = r.terms(root, u"successMarkers"_s, top, false);
        catalog.m_planMarkers = r.terms(root, u"planMarkers"_s, top, false);
        catalog.m_contrastMarkers = r.terms(root, u"contrastMarkers"_s, top, false);
        catalog.m_concessiveMarkers = r.terms(root, u"concessiveMarkers"_s, top, false);
        catalog.m_comparisonMarkers = r.terms(root, u"comparisonMarkers"_s, top, false);
        catalog.m_recurrenceMarkers = r.terms(root, u"recurrenceMarkers"_s, top, false);
        catalog.m_neutralPhrases = r.terms(root, u"neutralPhrases"_s, top, false);
        catalog.m_neutralPatterns = v.strings(root, u"neutralPatterns"_s, top);
        for (const QString &pattern : std::as_const(catalog.m_neutralPatterns)) {
            const QRegularExpression re(pattern);
            if (!re.isValid())
                v.fail(tr("%1: the pattern “%2” is not a valid regular expression: %3").arg(top, pattern, re.errorString()));
        }
        catalog.m_deficiencies = r.concepts(root, u"deficiencies"_s, tr("the shared deficiencies"), true, false);
    }
    if (v.ok())
        r.readSettings(root, catalog.m_settings);
    QSet<QString> ids;
    catalog.m_themes = r.themes(root, ids);
    r.checkReferences(catalog.m_deficiencies, catalog.m_themes, ids);
    if (!v.ok()) {
        qCWarning(lcWeaknessCatalog) << "rejected weakness themes" << origin << v.problem;
        return Result<WeaknessCatalog>::failure(tr("The weakness theme file %1 is not valid: %2").arg(origin, v.problem));
    }
    return catalog;
}

bool WeaknessCatalog::equals(const WeaknessCatalog &o) const
{
    const auto sameSettings = [](const WeaknessSettings &a, const WeaknessSettings &b) {
        return a.themeThreshold == b.themeThreshold && a.restWeight == b.restWeight && a.detailWeight == b.detailWeight && a.headBonus == b.headBonus
            && a.modifierShare == b.modifierShare && a.carryOver == b.carryOver && a.secondShare == b.secondShare && a.secondTopics == b.secondTopics;
    };
    return m_id == o.m_id && m_revision == o.m_revision && m_label.zh == o.m_label.zh && m_label.en == o.m_label.en && m_description == o.m_description
        && m_part == o.m_part && m_themes == o.m_themes && m_deficiencies == o.m_deficiencies && m_successMarkers == o.m_successMarkers
        && m_planMarkers == o.m_planMarkers && m_contrastMarkers == o.m_contrastMarkers && m_concessiveMarkers == o.m_concessiveMarkers
        && m_comparisonMarkers == o.m_comparisonMarkers && m_recurrenceMarkers == o.m_recurrenceMarkers && m_neutralPhrases == o.m_neutralPhrases
        && m_neutralPatterns == o.m_neutralPatterns && m_listCues == o.m_listCues && m_causeCues == o.m_causeCues && sameSettings(m_settings, o.m_settings);
}

QJsonObject WeaknessCatalog::toJson() const
{
    QJsonArray themes;
    for (const WeaknessTheme &t : m_themes) {
        QJsonObject o {{u"id"_s, t.id}, {u"label"_s, labelJson(t.label)}};
        if (!t.definition.zh.isEmpty() || !t.definition.en.isEmpty())
            o.insert(u"definition"_s, labelJson(t.definition));
        if (!t.dominates.isEmpty())
            o.insert(u"dominates"_s, QJsonArray::fromStringList(t.dominates));
        if (t.general)
            o.insert(u"general"_s, true);
        o.insert(u"topics"_s, conceptsJson(t.topics, true));
        if (!t.deficiencies.isEmpty())
            o.insert(u"deficiencies"_s, conceptsJson(t.deficiencies, true));
        themes.append(o);
    }
    QJsonObject root {
        {u"format"_s, QString(QStringView(Format))},
        {u"version"_s, FormatVersion},
        {u"id"_s, m_id},
        {u"revision"_s, m_revision},
        {u"description"_s, m_description},
        {u"part"_s, m_part},
        {u"listCues"_s, QJsonArray::fromStringList(m_listCues)},
        {u"causeCues"_s, QJsonArray::fromStringList(m_causeCues)},
        {u"settings"_s,
            QJsonObject {
                {u"themeThreshold"_s, m_settings.themeThreshold},
                {u"detailWeight"_s, m_settings.detailWeight},
                {u"restWeight"_s, m_settings.restWeight},
                {u"headBonus"_s, m_settings.headBonus},
                {u"modifierShare"_s, m_settings.modifierShare},
                {u"carryOver"_s, m_settings.carryOver},
                {u"secondShare"_s, m_settings.secondShare},
                {u"secondTopics"_s, m_settings.secondTopics},
            }},
        {u"deficiencies"_s, conceptsJson(m_deficiencies, false)},
        {u"successMarkers"_s, QJsonArray::fromStringList(m_successMarkers)},
        {u"planMarkers"_s, QJsonArray::fromStringList(m_planMarkers)},
        {u"contrastMarkers"_s, QJsonArray::fromStringList(m_contrastMarkers)},
        {u"concessiveMarkers"_s, QJsonArray::fromStringList(m_concessiveMarkers)},
        {u"comparisonMarkers"_s, QJsonArray::fromStringList(m_comparisonMarkers)},
        {u"recurrenceMarkers"_s, QJsonArray::fromStringList(m_recurrenceMarkers)},
        {u"neutralPhrases"_s, QJsonArray::fromStringList(m_neutralPhrases)},
        {u"neutralPatterns"_s, QJsonArray::fromStringList(m_neutralPatterns)},
        {u"themes"_s, themes},
    };
    if (!m_label.zh.isEmpty())
        root.insert(u"label"_s, labelJson(m_label));
    return root;
}

const WeaknessTheme *WeaknessCatalog::theme(const QString &id) const
{
    for (const WeaknessTheme &t : m_themes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString WeaknessCatalog::themeName(const QString &id, bool chinese) const
{
    const WeaknessTheme *t = theme(id);
    if (!t)
        return id;
    return t->id + u' ' + (chinese ? t->label.zh : t->label.en);
}

QStringList WeaknessCatalog::shortcomingCues() const
{
    QStringList cues;
    for (const WeaknessConcept &c : m_deficiencies)
        cues += c.terms;
    for (const WeaknessTheme &t : m_themes) {
        for (const WeaknessConcept &c : t.deficiencies)
            cues += c.terms;
    }
    cues.removeDuplicates();
    return cues;
}

Result<WeaknessCatalog> WeaknessCatalog::withTheme(const WeaknessTheme &theme) const
{
    QJsonObject json = toJson();
    QJsonArray themes = json.value(u"themes"_s).toArray();
    WeaknessCatalog single;
    single.m_themes = {theme};
    const QJsonValue entry = single.toJson().value(u"themes"_s).toArray().at(0);
    bool replaced = false;
    for (qsizetype i = 0; i < themes.size(); ++i) {
        if (themes.at(i).toObject().value(u"id"_s).toString() == theme.id) {
            themes.replace(i, entry);
            replaced = true;
        }
    }
    if (!replaced)
        themes.append(entry);
    json.insert(u"themes"_s, themes);
    json.insert(u"revision"_s, m_revision + 1);
    return fromJson(json, tr("the edited catalog"));
}

Result<WeaknessCatalog> WeaknessCatalog::withoutTheme(const QString &id) const
{
    QJsonObject json = toJson();
    QJsonArray themes;
    for (const QJsonValue &t : json.value(u"themes"_s).toArray()) {
        QJsonObject o = t.toObject();
        if (o.value(u"id"_s).toString() == id)
            continue;
        QStringList dominates;
        for (const QJsonValue &d : o.value(u"dominates"_s).toArray()) {
            if (d.toString() != id)
                dominates.append(d.toString());
        }
        if (dominates.isEmpty())
            o.remove(u"dominates"_s);
        else
            o.insert(u"dominates"_s, QJsonArray::fromStringList(dominates));
        themes.append(o);
    }
    json.insert(u"themes"_s, themes);
    json.insert(u"revision"_s, m_revision + 1);
    return fromJson(json, tr("the edited catalog"));
}

} // namespace Dz
