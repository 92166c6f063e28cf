#include "project/analystsession.h"

#include "project/changelog.h"
#include "project/projectstore.h"
#include "project/store_debug.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

Result<> failed(const QString &message)
{
    return Result<>::failure(message);
}

} // namespace

IndicatorFigure AnalystValue::figure(const QString &unit) const
{
    IndicatorFigure f;
    f.unit = unit;
    if (kind == Kind::NotReported)
        return f; // no value: the chart leaves a gap, the table says not reported
    f.value = value;
    f.qualifier = IndicatorQualifier::Exact;
    return f;
}

AnalystValue AnalystValue::sum(qint64 reportId, const QString &indicatorId, const QList<Part> &parts, const QString &note)
{
    Decimal total = Decimal::fromParts(0);
    for (const Part &part : parts)
        total = total + part.value;
    AnalystValue v {reportId, indicatorId, total, note, QDateTime::currentDateTimeUtc()};
    v.kind = Kind::Sum;
    v.parts = parts;
    return v;
}

QString AnalystValue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotReported:
        return u"not_reported"_s;
    case Kind::Sum:
        return u"sum"_s;
    case Kind::Value:
        break;
    }
    return u"value"_s;
}

std::optional<AnalystValue::Kind> AnalystValue::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Value, Kind::NotReported, Kind::Sum}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

namespace
{

QJsonArray partsJson(const QList<AnalystValue::Part> &parts)
{
    QJsonArray array;
    for (const AnalystValue::Part &p : parts)
        array.append(QJsonObject {{u"value"_s, p.value.toString()}, {u"evidence"_s, p.evidence}, {u"start"_s, p.span.start}, {u"end"_s, p.span.end}});
    return array;
}

QList<AnalystValue::Part> partsFrom(const QJsonArray &array)
{
    QList<AnalystValue::Part> parts;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const auto figure = Decimal::fromString(o.value(u"value"_s).toString());
        if (!figure)
            continue;
        parts.append({*figure, o.value(u"evidence"_s).toString(), {qsizetype(o.value(u"start"_s).toInteger(-1)), qsizetype(o.value(u"end"_s).toInteger(-1))}});
    }
    return parts;
}

// The project keeps the figure as text; it becomes a Decimal here, once.
// Nothing for a value this build cannot read (kept in the file: a later
// version may read it).
std::optional<AnalystValue> valueFrom(const IndicatorOverride &o)
{
    const auto kind = AnalystValue::kindFromName(o.kind);
    const auto value = Decimal::fromString(o.value);
    if (!kind || (!value && *kind != AnalystValue::Kind::NotReported))
        return std::nullopt;
    AnalystValue v {o.reportId, o.indicatorId, value.value_or(Decimal()), o.note, o.time};
    v.kind = *kind;
    v.parts = partsFrom(o.parts);
    return v;
}

} // namespace

AnalystSession::AnalystSession(QObject *parent)
    : QObject(parent)
{
}

AnalystSession::~AnalystSession() = default;

Result<> AnalystSession::load(ProjectStore *store)
{
    m_store = store;
    m_offline.clear();
    m_corrections.clear();
    m_values.clear();
    m_valueTexts.clear();
    m_conflict.reset();
    m_annotations.clear();
    m_identities.clear();
    m_comparisonSet.clear();
    m_deck = {};
    m_weaknessCatalog.reset();
    m_storedCatalog = {};
    const auto finish = [this](Result<> result) {
        Q_EMIT reloaded();
        return result;
    };
    if (!store)
        return finish({});
    const AnalystRecords &analyst = store->analystRecords();
    auto corrections = analyst.corrections();
    if (!corrections)
        return finish(failed(corrections.error()));
    m_corrections = std::move(corrections).value();
    auto overrides = analyst.indicatorOverrides();
    if (!overrides)
        return finish(failed(overrides.error()));
    for (const IndicatorOverride &o : std::as_const(overrides.value())) {
        if (auto v = valueFrom(o)) {
            m_values.insert({o.reportId, o.indicatorId}, *v);
            m_valueTexts.insert({o.reportId, o.indicatorId}, AnalystRecords::valueText(o));
        }
    }
    auto annotations = analyst.annotations();
    if (!annotations)
        return finish(failed(annotations.error()));
    for (const Annotation &a : std::as_const(annotations.value()))
        m_annotations[a.reportId].append(a);
    auto identities = store->reportRecords().metadataOverrides();
    if (!identities)
        return finish(failed(identities.error()));
    m_identities = std::move(identities).value();
    auto set = analyst.comparisonSet();
    if (!set)
        return finish(failed(set.error()));
    m_comparisonSet = std::move(set).value();
    auto deck = analyst.deck();
    if (!deck)
        return finish(failed(deck.error()));
    m_deck = std::move(deck).value();
    if (auto catalog = readCatalog(); !catalog)
        return finish(catalog);
    return finish({});
}

Result<> AnalystSession::setWeaknessCatalog(const WeaknessCatalog &catalog)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    const QJsonObject json = catalog.isValid() ? catalog.toJson() : QJsonObject();
    m_conflict.reset();
    if (auto set = m_store->analystRecords().setWeaknessCatalog(json, m_storedCatalog, &m_conflict); !set) {
        // Another analyst changed the themes since: theirs are shown, nothing of ours written.
        if (m_conflict && readCatalog())
            Q_EMIT weaknessCatalogChanged();
        return set;
    }
    m_storedCatalog = json;
    if (catalog.isValid())
        m_weaknessCatalog = catalog;
    else
        m_weaknessCatalog.reset();
    Q_EMIT weaknessCatalogChanged();
    return {};
}

Result<> AnalystSession::readCatalog()
{
    auto stored = m_store->analystRecords().weaknessCatalog();
    if (!stored)
        return failed(stored.error());
    m_weaknessCatalog.reset();
    m_storedCatalog = stored->value_or(QJsonObject());
    if (stored->has_value()) {
        // A catalog this build cannot read stays in the project; the built-in themes serve meanwhile.
        if (auto read = WeaknessCatalog::fromJson(**stored, m_store->database().path()))
            m_weaknessCatalog = std::move(read).value();
        else
            qCWarning(lcStore).noquote() << read.error();
    }
    return {};
}

Result<> AnalystSession::checkStore() const
{
    if (!m_store)
        return failed(tr("No project is open."));
    if (!m_offline.isEmpty())
        return failed(notSaved(m_offline));
    return {};
}

QString AnalystSession::notSaved(const QString &reason)
{
    return tr("Not saved: %1 Duizhao connects again by itself; make the change again when the window says it is online.").arg(reason);
}

void AnalystSession::setOffline(const QString &reason)
{
    m_offline = reason;
}

QList<AlignmentCorrection> AnalystSession::corrections() const
{
    QList<AlignmentCorrection> list;
    list.reserve(m_corrections.size());
    for (const StoredCorrection &c : m_corrections)
        list.append(c.correction);
    return list;
}

Result<qint64> AnalystSession::addCorrection(const StoredCorrection &correction)
{
    if (auto ok = checkStore(); !ok)
        return Failure(ok.error());
    auto id = m_store->analystRecords().addCorrection(correction);
    if (!id)
        return id;
    StoredCorrection stored = correction;
    stored.id = id.value();
    // Kept in the store's order (by id), which is the order they apply in.
    auto at = std::find_if(m_corrections.begin(), m_corrections.end(), [&](const StoredCorrection &c) {
        return c.id > stored.id;
    });
    m_corrections.insert(at, stored);
    Q_EMIT correctionsChanged();
    return id;
}

Result<> AnalystSession::removeCorrection(qint64 id)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    if (auto removed = m_store->analystRecords().removeCorrection(id); !removed)
        return removed;
    m_corrections.removeIf([id](const StoredCorrection &c) {
        return c.id == id;
    });
    Q_EMIT correctionsChanged();
    return {};
}

const AnalystValue *AnalystSession::value(qint64 reportId, const QString &indicatorId) const
{
    const auto it = m_values.constFind({reportId, indicatorId});
    return it == m_values.cend() ? nullptr : &it.value();
}

QList<AnalystValue> AnalystSession::values() const
{
    QList<AnalystValue> list = m_values.values();
    std::sort(list.begin(), list.end(), [](const AnalystValue &a, const AnalystValue &b) {
        return std::pair(a.reportId, a.indicatorId) < std::pair(b.reportId, b.indicatorId);
    });
    return list;
}

Result<> AnalystSession::setValue(const AnalystValue &value)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    if (!value.value.isValid() && value.kind != AnalystValue::Kind::NotReported)
        return failed(tr("The value is not a number."));
    IndicatorOverride stored {
        0, value.reportId, value.indicatorId, value.kind == AnalystValue::Kind::NotReported ? QString() : value.value.toString(), value.note, value.time};
    stored.kind = AnalystValue::kindName(value.kind);
    stored.parts = partsJson(value.parts);
    const std::pair key(value.reportId, value.indicatorId);
    m_conflict.reset();
    auto id = m_store->analystRecords().setIndicatorOverride(stored, m_valueTexts.value(key), &m_conflict);
    if (!id) {
        if (m_conflict)
            rereadValue(value.reportId, value.indicatorId);
        return failed(id.error());
    }
    m_values.insert(key, value);
    m_valueTexts.insert(key, AnalystRecords::valueText(stored));
    Q_EMIT valueChanged(value.reportId, value.indicatorId);
    return {};
}

Result<> AnalystSession::removeValue(qint64 reportId, const QString &indicatorId)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    const std::pair key(reportId, indicatorId);
    m_conflict.reset();
    if (auto removed = m_store->analystRecords().removeIndicatorOverride(reportId, indicatorId, m_valueTexts.value(key), &m_conflict); !removed) {
        if (m_conflict)
            rereadValue(reportId, indicatorId);
        return removed;
    }
    m_values.remove(key);
    m_valueTexts.remove(key);
    Q_EMIT valueChanged(reportId, indicatorId);
    return {};
}

Result<> AnalystSession::rereadValue(qint64 reportId, const QString &indicatorId)
{
    const std::pair key(reportId, indicatorId);
    auto stored = m_store->analystRecords().indicatorOverride(reportId, indicatorId);
    if (!stored)
        return failed(stored.error());
    const std::optional<AnalystValue> value = stored->has_value() ? valueFrom(**stored) : std::nullopt;
    if (value) {
        m_values.insert(key, *value);
        m_valueTexts.insert(key, AnalystRecords::valueText(**stored));
    } else {
        m_values.remove(key);
        // A value this build cannot read is still what a write starts from.
        if (stored->has_value())
            m_valueTexts.insert(key, AnalystRecords::valueText(**stored));
        else
            m_valueTexts.remove(key);
    }
    Q_EMIT valueChanged(reportId, indicatorId);
    return {};
}

ReportIndicators AnalystSession::applied(ReportIndicators indicators, qint64 reportId) const
{
    for (IndicatorValue &v : indicators.values) {
        if (const AnalystValue *own = value(reportId, v.id)) {
            v.extracted = v.figure;
            v.figure = own->figure(v.figure.unit);
            v.analystNote = own->note;
            v.analystKind = AnalystValue::kindName(own->kind);
            v.analystParts = own->parts;
        }
    }
    return indicators;
}

QList<Annotation> AnalystSession::annotations(qint64 reportId) const
{
    return m_annotations.value(reportId);
}

bool AnalystSession::hasAnnotations() const
{
    for (const QList<Annotation> &list : m_annotations) {
        if (!list.isEmpty())
            return true;
    }
    return false;
}

Result<> AnalystSession::rereadAnnotations(qint64 reportId)
{
    // The store's order and tags are the truth: read the report's back.
    auto stored = m_store->analystRecords().annotations(reportId);
    if (!stored)
        return failed(stored.error());
    if (stored->isEmpty())
        m_annotations.remove(reportId);
    else
        m_annotations.insert(reportId, stored.value());
    Q_EMIT annotationsChanged(reportId);
    return {};
}

Result<qint64> AnalystSession::addAnnotation(const Annotation &annotation)
{
    if (auto ok = checkStore(); !ok)
        return Failure(ok.error());
    auto id = m_store->analystRecords().addAnnotation(annotation);
    if (!id)
        return id;
    if (auto reread = rereadAnnotations(annotation.reportId); !reread)
        return Failure(reread.error());
    return id;
}

QString AnalystSession::annotationText(qint64 reportId, qint64 id) const
{
    for (const Annotation &a : m_annotations.value(reportId)) {
        if (a.id == id)
            return AnalystRecords::annotationText(a);
    }
    return {};
}

Result<> AnalystSession::updateAnnotation(const Annotation &annotation)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    m_conflict.reset();
    if (auto updated = m_store->analystRecords().updateAnnotation(annotation, annotationText(annotation.reportId, annotation.id), &m_conflict); !updated) {
        if (m_conflict)
            rereadAnnotations(annotation.reportId);
        return updated;
    }
    return rereadAnnotations(annotation.reportId);
}

Result<> AnalystSession::removeAnnotation(const Annotation &annotation)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    m_conflict.reset();
    if (auto removed = m_store->analystRecords().removeAnnotation(annotation.id, annotationText(annotation.reportId, annotation.id), &m_conflict); !removed) {
        if (m_conflict)
            rereadAnnotations(annotation.reportId);
        return removed;
    }
    return rereadAnnotations(annotation.reportId);
}

Result<> AnalystSession::setIdentity(qint64 reportId, const QJsonObject &overrides)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    m_conflict.reset();
    if (auto set = m_store->reportRecords().setMetadataOverrides(reportId, overrides, m_identities.value(reportId), &m_conflict); !set) {
        if (m_conflict)
            rereadIdentity(reportId);
        return set;
    }
    if (overrides.isEmpty())
        m_identities.remove(reportId);
    else
        m_identities.insert(reportId, overrides);
    Q_EMIT identityChanged(reportId);
    return {};
}

Result<> AnalystSession::rereadIdentity(qint64 reportId)
{
    auto stored = m_store->reportRecords().metadataOverrides(reportId);
    if (!stored)
        return failed(stored.error());
    if (stored->contains(reportId))
        m_identities.insert(reportId, stored->value(reportId));
    else
        m_identities.remove(reportId);
    Q_EMIT identityChanged(reportId);
    return {};
}

Result<> AnalystSession::setComparisonSet(const QList<qint64> &reportIds)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    if (reportIds == m_comparisonSet)
        return {};
    m_conflict.reset();
    if (auto set = m_store->analystRecords().setComparisonSet(reportIds, m_comparisonSet, &m_conflict); !set) {
        if (m_conflict)
            reread(m_store->analystRecords().comparisonSet(), m_comparisonSet, &AnalystSession::comparisonSetChanged);
        return set;
    }
    // Read back: the file drops repeated ids and keeps the order.
    auto stored = m_store->analystRecords().comparisonSet();
    if (!stored)
        return failed(stored.error());
    m_comparisonSet = std::move(stored).value();
    Q_EMIT comparisonSetChanged();
    return {};
}

Result<> AnalystSession::setDeck(const QJsonObject &deck)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    if (deck == m_deck)
        return {};
    m_conflict.reset();
    if (auto set = m_store->analystRecords().setDeck(deck, m_deck, &m_conflict); !set) {
        if (m_conflict)
            reread(m_store->analystRecords().deck(), m_deck, &AnalystSession::deckChanged);
        return set;
    }
    m_deck = deck;
    Q_EMIT deckChanged();
    return {};
}

template<typename T>
Result<> AnalystSession::reread(Result<T> stored, T &kept, void (AnalystSession::*changed)())
{
    if (!stored)
        return failed(stored.error());
    kept = std::move(stored).value();
    Q_EMIT(this->*changed)();
    return {};
}

Result<> AnalystSession::applyChange(const ProjectChange &change)
{
    if (auto ok = checkStore(); !ok)
        return ok;
    if (change.kind == ChangeLog::Value)
        return rereadValue(change.reportId, change.record);
    if (change.kind == ChangeLog::AnnotationKind)
        return rereadAnnotations(change.reportId);
    if (change.kind == ChangeLog::Correction)
        return reread(m_store->analystRecords().corrections(), m_corrections, &AnalystSession::correctionsChanged);
    if (change.kind == ChangeLog::Identity)
        return rereadIdentity(change.reportId);
    if (change.kind == ChangeLog::ComparisonSet)
        return reread(m_store->analystRecords().comparisonSet(), m_comparisonSet, &AnalystSession::comparisonSetChanged);
    if (change.kind == ChangeLog::Deck)
        return reread(m_store->analystRecords().deck(), m_deck, &AnalystSession::deckChanged);
    if (change.kind == ChangeLog::Catalog) {
        if (auto read = readCatalog(); !read)
            return read;
        Q_EMIT weaknessCatalogChanged();
        return {};
    }
    // A kind a later version writes: nothing of this session's changed.
    return {};
}

bool AnalystSession::isEmpty() const
{
    return m_corrections.isEmpty() && m_values.isEmpty() && !hasAnnotations() && m_comparisonSet.isEmpty() && m_deck.isEmpty() && !m_weaknessCatalog;
}

} // namespace Dz
