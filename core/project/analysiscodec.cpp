#include "project/analysiscodec.h"

#include "base/widthfolding.h"
#include "reading/furnituredetector.h"

#include <QJsonArray>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// One list of fields per type, read and written by the same function
// (fields(archive, value)), so the two directions cannot drift apart.

class Writer
{
public:
    QJsonArray out;

    void operator()(const QString &v)
    {
        out.append(v);
    }
    void operator()(const QStringList &v)
    {
        out.append(QJsonArray::fromStringList(v));
    }
    void operator()(bool v)
    {
        out.append(v);
    }
    void operator()(int v)
    {
        out.append(v);
    }
    void operator()(qsizetype v)
    {
        out.append(double(v));
    }
    void operator()(double v)
    {
        out.append(v);
    }
    void operator()(const Decimal &v)
    {
        out.append(v.toString());
    }
    void operator()(const std::optional<Decimal> &v)
    {
        out.append(v ? QJsonValue(v->toString()) : QJsonValue(QJsonValue::Null));
    }
    template<typename E>
    std::enable_if_t<std::is_enum_v<E>> operator()(const E &v)
    {
        out.append(int(v));
    }
    template<typename T>
    void operator()(const QList<T> &list)
    {
        QJsonArray array;
        for (const T &item : list)
            array.append(nested(item));
        out.append(array);
    }
    template<typename T>
    std::enable_if_t<std::is_class_v<T>> operator()(const T &v)
    {
        out.append(nested(v));
    }

private:
    template<typename T>
    static QJsonArray nested(const T &v);
};

class Reader
{
public:
    explicit Reader(QJsonArray in)
        : m_in(std::move(in))
    {
    }

    bool ok = true;

    bool finished() const
    {
        return ok && m_next == m_in.size();
    }

    void operator()(QString &v)
    {
        const QJsonValue value = take();
        ok = ok && value.isString();
        v = value.toString();
    }
    void operator()(QStringList &v)
    {
        const QJsonValue value = take();
        ok = ok && value.isArray();
        v.clear();
        for (const QJsonValue &s : value.toArray())
            v.append(s.toString());
    }
    void operator()(bool &v)
    {
        const QJsonValue value = take();
        ok = ok && value.isBool();
        v = value.toBool();
    }
    void operator()(int &v)
    {
        const QJsonValue value = take();
        ok = ok && value.isDouble();
        v = value.toInt();
    }
    void operator()(qsizetype &v)
    {
        const QJsonValue value = take();
        ok = ok && value.isDouble();
        v = qsizetype(value.toDouble());
    }
    void operator()(double &v)
    {
        const QJsonValue value = take();
        ok = ok && value.isDouble();
        v = value.toDouble();
    }
    void operator()(Decimal &v)
    {
        const auto parsed = Decimal::fromString(take().toString());
        ok = ok && parsed.has_value();
        v = parsed.value_or(Decimal());
    }
    void operator()(std::optional<Decimal> &v)
    {
        const QJsonValue value = take();
        if (value.isNull()) {
            v.reset();
            return;
        }
        v = Decimal::fromString(value.toString());
        ok = ok && v.has_value();
    }
    template<typename E>
    std::enable_if_t<std::is_enum_v<E>> operator()(E &v)
    {
        const QJsonValue value = take();
        ok = ok && value.isDouble();
        v = E(value.toInt());
    }
    template<typename T>
    void operator()(QList<T> &list)
    {
        const QJsonValue value = take();
        ok = ok && value.isArray();
        list.clear();
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue &item : array) {
            T t;
            ok = ok && nested(item, t);
            list.append(std::move(t));
        }
    }
    template<typename T>
    std::enable_if_t<std::is_class_v<T>> operator()(T &v)
    {
        ok = ok && nested(take(), v);
    }

private:
    QJsonValue take()
    {
        if (m_next >= m_in.size()) {
            ok = false;
            return {};
        }
        return m_in.at(m_next++);
    }
    template<typename T>
    static bool nested(const QJsonValue &value, T &v);

    QJsonArray m_in;
    qsizetype m_next = 0;
};

template<typename A>
void fields(A &a, TextSpan &v)
{
    a(v.start);
    a(v.end);
}

template<typename A>
void fields(A &a, Block &v)
{
    a(v.kind);
    a(v.span);
}

template<typename A>
void fields(A &a, EnumerationItem &v)
{
    a(v.marker);
    a(v.ordinal);
    a(v.title);
    a(v.span);
}

template<typename A>
void fields(A &a, Section &v)
{
    a(v.level);
    a(v.ordinal);
    a(v.marker);
    a(v.title);
    a(v.kind);
    a(v.span);
    a(v.headingSpan);
    a(v.titleSpan);
    a(v.bodySpan);
    a(v.repaired);
    a(v.parent);
    a(v.enumeration);
}

template<typename A>
void fields(A &a, MetadataField &v)
{
    a(v.value);
    a(v.span);
    a(v.origin);
}

template<typename A>
void fields(A &a, ReportMetadata &v)
{
    a(v.district);
    a(v.issuer);
    a(v.year);
    a(v.published);
    a(v.source);
    a(v.region);
    a(v.regionCode);
    a(v.level);
    a(v.regionChain);
    a(v.regionNote);
    a(v.agency);
    a(v.agencyLabel);
    a(v.signedOn);
    a(v.parentBody);
    a(v.issuerChain);
    a(v.inferredNote);
    a(v.title);
}

template<typename A>
void fields(A &a, ClassificationEvidence &v)
{
    a(v.source);
    a(v.nodeId);
    a(v.term);
    a(v.count);
    a(v.weight);
}

template<typename A>
void fields(A &a, ThemeScore &v)
{
    a(v.id);
    a(v.score);
}

template<typename A>
void fields(A &a, SectionClassification &v)
{
    a(v.part);
    a(v.itemsPart);
    a(v.theme);
    a(v.themes);
    a(v.confidence);
    a(v.partConfidence);
    a(v.themeConfidence);
    a(v.isPartHeading);
    a(v.introSpan);
    a(v.itemsSpan);
    a(v.evidence);
}

template<typename A>
void fields(A &a, ReportClassification &v)
{
    a(v.schemeId);
    a(v.sections);
    a(v.missingParts);
}

template<typename A>
void fields(A &a, IndicatorFigure &v)
{
    a(v.value);
    a(v.unit);
    a(v.qualifier);
    a(v.lower);
    a(v.upper);
}

template<typename A>
void fields(A &a, IndicatorCandidate &v)
{
    a(v.figure);
    a(v.role);
    a(v.numberSpan);
    a(v.evidenceSpan);
    a(v.evidence);
    a(v.section);
    a(v.sectionHeading);
    a(v.node);
    a(v.confidence);
}

template<typename A>
void fields(A &a, IndicatorValue &v)
{
    a(v.id);
    a(v.labelZh);
    a(v.labelEn);
    a(v.figure);
    a(v.numberSpan);
    a(v.evidenceSpan);
    a(v.evidence);
    a(v.section);
    a(v.sectionHeading);
    a(v.node);
    a(v.confidence);
    a(v.candidates);
    a(v.participants);
    a(v.participantsLabelZh);
    a(v.participantsLabelEn);
    a(v.participantsSpan);
}

template<typename A>
void fields(A &a, ReportIndicators &v)
{
    a(v.filePath);
    a(v.district);
    a(v.year);
    a(v.values);
}

template<typename A>
void fields(A &a, WeaknessThemeMatch &v)
{
    a(v.theme);
    a(v.score);
    a(v.topics);
    a(v.deficiencies);
}

template<typename A>
void fields(A &a, WeaknessItem &v)
{
    a(v.text);
    a(v.kind);
    a(v.span);
    a(v.headlineSpan);
    a(v.section);
    a(v.theme);
    a(v.confidence);
    a(v.cues);
    a(v.themes);
}

template<typename A>
void fields(A &a, ReportWeaknesses &v)
{
    a(v.filePath);
    a(v.district);
    a(v.year);
    a(v.missing);
    a(v.items);
}

// The part of a Report the outline record keeps.
struct OutlinePart {
    ReportMetadata *metadata;
    QList<Block> *blocks;
    QList<Section> *sections;
};

template<typename A>
void fields(A &a, OutlinePart &v)
{
    a(*v.metadata);
    a(*v.blocks);
    a(*v.sections);
}

template<typename T>
QJsonArray Writer::nested(const T &v)
{
    Writer w;
    fields(w, const_cast<T &>(v)); // the writer only reads
    return w.out;
}

template<typename T>
bool Reader::nested(const QJsonValue &value, T &v)
{
    if (!value.isArray())
        return false;
    Reader r(value.toArray());
    fields(r, v);
    return r.finished();
}

const auto VersionKey = u"v";
const auto DataKey = u"d";

template<typename T>
QJsonObject encode(const T &v)
{
    Writer w;
    fields(w, const_cast<T &>(v));
    return {{QString::fromUtf16(VersionKey), AnalysisCodec::Version}, {QString::fromUtf16(DataKey), w.out}};
}

template<typename T>
bool decode(const QJsonObject &json, T &v)
{
    if (json.value(QStringView(VersionKey)).toInt() != AnalysisCodec::Version || !json.value(QStringView(DataKey)).isArray())
        return false;
    Reader r(json.value(QStringView(DataKey)).toArray());
    fields(r, v);
    return r.finished();
}

} // namespace

QJsonObject AnalysisCodec::encodeOutline(const Report &report)
{
    Report &r = const_cast<Report &>(report); // read only
    return encode(OutlinePart {&r.metadata, &r.blocks, &r.sections});
}

bool AnalysisCodec::decodeOutline(const QJsonObject &json, Report &report)
{
    OutlinePart part {&report.metadata, &report.blocks, &report.sections};
    if (!decode(json, part))
        return false;
    // What the matchers read is made from the text, as ReportPipeline::readText() makes it.
    QList<Block> furniture;
    for (const Block &block : std::as_const(report.blocks)) {
        if (block.kind == BlockKind::Furniture)
            furniture.append(block);
    }
    report.matchText = FurnitureDetector::masked(foldWidth(report.text), furniture);
    return true;
}

QJsonObject AnalysisCodec::encodeClassification(const ReportClassification &classification)
{
    return encode(classification);
}

bool AnalysisCodec::decodeClassification(const QJsonObject &json, ReportClassification &classification)
{
    return decode(json, classification);
}

QJsonObject AnalysisCodec::encodeIndicators(const ReportIndicators &indicators)
{
    return encode(indicators);
}

bool AnalysisCodec::decodeIndicators(const QJsonObject &json, ReportIndicators &indicators)
{
    return decode(json, indicators);
}

QJsonObject AnalysisCodec::encodeWeaknesses(const ReportWeaknesses &weaknesses)
{
    return encode(weaknesses);
}

bool AnalysisCodec::decodeWeaknesses(const QJsonObject &json, ReportWeaknesses &weaknesses)
{
    return decode(json, weaknesses);
}

} // namespace Dz
