#pragma once

#include "identity/identityrules.h"
#include "identity/identityscanner.h"
#include "outline/outlineparser.h"
#include "reading/furnituredetector.h"

#include <QList>
#include <QString>

#include <optional>

namespace Dz
{

namespace Internal
{

/// Where a name is written, in order of trust.
enum class ZoneKind { Title, Field, Preamble, Signature, Cited, Body };

struct Zone {
    TextSpan span;
    QString origin;
    ZoneKind kind;
};

/**
 * One run of MetadataExtractor::extract: the text, the mentions read from
 * it and what each step has found so far, so that each step is a short
 * function that reads the steps before it. run() lists the steps in order.
 *
 * Region steps, the title, the year and the dates are in
 * metadataextraction.cpp; the issuer's steps in issuerreading.cpp.
 *
 * The mentions found are pointed into, so an extraction is neither copied
 * nor moved.
 */
class MetadataExtraction
{
public:
    MetadataExtraction(const QString &text, const QString &folded, const Outline &outline, const FurnitureScan &furniture);
    Q_DISABLE_COPY_MOVE(MetadataExtraction)

    ReportMetadata run();

private:
    // The mentions and the zones (metadataextraction.cpp).
    void scanMentions();
    void collectZones();
    QList<IdentityMention> scanField(const MetadataField &field) const;
    QList<const IdentityMention *> mentionsIn(const Zone &zone) const;
    bool onTitleLine(const IdentityMention &m) const;

    // The region.
    void findRegionMention();
    std::optional<UnknownPlaceBody> unknownPlaceBodyIn(const Zone &zone, const QList<const IdentityMention *> &here) const;
    const IdentityMention *regionMentionIn(const Zone &zone, const QList<const IdentityMention *> &here) const;
    QString citedOrigin(const IdentityMention &m) const;
    void findRelativeBody();
    bool atIssuerPlace(const IdentityMention &m) const;
    void readSelfLevel();
    void collectPlacesEverywhere();
    void inferRegionFromLevel();
    void findInnerBody();
    void placesOfIssuer();
    void resolveRegion();
    QList<int> resolveSharedName(const QList<int> &candidates);

    // The issuer (issuerreading.cpp).
    void issuerOfUnknownPlace();
    void issuerFromZones();
    void readSelfKind();
    bool ofSelfKind(const IdentityMention &m) const;
    void issuerFromTitlePlace();
    void issuerFromRunningText();
    void composeIssuer();
    int composedAgency(const IdentityMention **unitOf, QString *why) const;
    void issuerFromFurniture();
    void issuerChain();
    struct NamedAgency {
        QString agency;
        QString label;
        QString unit;
    };
    NamedAgency unitAgency(const IdentityMention &m, bool inIssuerZone) const;
    qsizetype issuerEnd(const IdentityMention &m, bool inIssuerZone) const;
    bool sameUnit(const IdentityMention &m) const;
    void setIssuer(const IdentityMention &found, const QString &origin, bool inIssuerZone);

    // The title, the year and the dates (metadataextraction.cpp).
    void readTitle();
    void readYear();
    void readDates();

    const QString &m_text;
    const QString &m_folded;
    const Outline &m_outline;
    const FurnitureScan &m_furniture;
    const IdentityScanner &m_scanner;
    const Gazetteer &m_g;
    ReportMetadata m_meta;

    QList<IdentityMention> m_mentions;
    QList<IdentityMention> m_fieldMentions;
    QList<IdentityMention> m_bannerMentions;
    QList<IdentityMention> m_everywhere;
    QList<Zone> m_zones;
    QList<TextSpan> m_preambles;
    TextSpan m_titleSpan;
    qsizetype m_titleLineStart = -1;

    const IdentityMention *m_regionMention = nullptr;
    ZoneKind m_regionZone = ZoneKind::Body;
    QString m_regionOrigin;
    std::optional<UnknownPlaceBody> m_unknownBody;
    QString m_unknownOrigin;
    const IdentityMention *m_relativeBody = nullptr;
    QChar m_selfLevel;
    std::optional<IdentityMention> m_implied;
    const IdentityMention *m_innerBody = nullptr;
    QList<int> m_regionPlaces;
    TextSpan m_regionSpan;
    const IdentityMention *m_issuerMention = nullptr;
    QString m_selfKind;
};

} // namespace Internal

} // namespace Dz
