#pragma once

#include "base/textspan.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dz
{

/// Parts of a report that are not content sections.
enum class BlockKind {
    Title, ///< the title line(s), e.g. 天津市滨海新区卫生健康委2024年度 / 法治政府建设情况报告
    Preamble, ///< 导语: the paragraph(s) before the first heading
    Signature, ///< 落款: the issuing body at the end
    Date, ///< the signing date at the end
    Furniture, ///< conversion or web-page residue set aside (来源/发布时间, [bookmark: …], 分享/打印)
};

struct Block {
    BlockKind kind = BlockKind::Furniture;
    TextSpan span;
};

/// An in-paragraph enumeration item: 一是…, 第二，…, ③…
struct EnumerationItem {
    QString marker; ///< as written, e.g. "一是"
    int ordinal = 0;
    QString title; ///< the item's first clause
    TextSpan span; ///< from the marker to the start of the next item or the paragraph's end
};

enum class SectionKind {
    Heading, ///< a heading line, possibly followed by its body on the same line
    NumberedParagraph, ///< a long numbered paragraph (滨海's 1.…41.): its first clause is its title
};

struct Section {
    int level = 0; ///< 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
    int ordinal = 0; ///< position among its siblings, after repair (1-based)
    QString marker; ///< as written, empty when the report omits it
    QString title;
    SectionKind kind = SectionKind::Heading;
    TextSpan span; ///< from the heading to the next heading of the same or a higher level
    TextSpan headingSpan; ///< marker and title
    TextSpan titleSpan;
    /// Its own text: after the title up to its first sub-heading (or its end).
    TextSpan bodySpan;
    QString repaired; ///< why the marker was read differently from how it is written; empty if not
    int parent = -1; ///< index into Report::sections, -1 at the top
    QList<EnumerationItem> enumeration;
};

/// One metadata value and where it came from, so the UI can show why.
struct MetadataField {
    QString value;
    TextSpan span; ///< the text it was read from; invalid when derived
    QString origin; ///< e.g. "title", "preamble", "signature", "web header", "《》 title"

    bool isValid() const
    {
        return !value.isEmpty();
    }
};

struct ReportMetadata {
    MetadataField district; ///< short name: 滨海, 蓟州, 海门, 九龙坡, 湖滨
    MetadataField issuer; ///< the issuing body's fullest name found
    MetadataField year; ///< the year reported on (not the publish year)
    MetadataField published; ///< publish or signing date, ISO 8601 (yyyy-MM-dd)
    MetadataField source; ///< the publishing site's "来源", if the page header carries one
    /// The region in full from the province down (天津市滨海新区); its span is
    /// the place name as written. Empty when no place is named.
    MetadataField region;
    QString regionCode; ///< GB/T 2260 code of the unit; empty when unknown or open
    QString level; ///< province, prefecture, county, zone or township; empty when unknown
    QStringList regionChain; ///< names from the province down: 天津市, 滨海新区
    QString regionNote; ///< why the region is left open (a name shared by two places)
    QString agency; ///< the issuing agency's full name: 卫生健康委员会
    QString agencyLabel; ///< the form labels use: 卫健委; for a unit, its name too (交通管理支队)
    MetadataField signedOn; ///< the date under the signature, ISO 8601
    /// The body the issuer belongs to, when the report names it: 成都市公安局
    /// (成都市公安局武侯区分局), 苏州市姑苏区人民政府 (…人民政府平江街道办事处).
    QString parentBody;
    /// Who wrote it, from the places above down to the unit: 成都市 › 公安局 ›
    /// 武侯区分局; 苏州市 › 姑苏区 › 平江街道办事处; 南川区 › 水江镇人民政府.
    QStringList issuerChain;
    /// What was inferred rather than read, and from what (a body that names
    /// only its level: 市市场监管局 → the city the text names most); empty
    /// when the region and issuer are stated. Inferred values rank below any
    /// stated one.
    QString inferredNote;
    /// The title as written, its lines joined by a space: what names a
    /// report whose body is unknown (never its file name).
    MetadataField title;

    /// The fields an analyst can set (Edit Identity), by the names a project
    /// stores them under: district, issuer, year, published, source.
    QList<std::pair<QString, MetadataField *>> editableFields();
    /// Puts the analyst's values ({"district": "滨海", "year": "2024"}) in
    /// place of those found, with "analyst" as their origin, and the parent
    /// body at the head of the issuer's chain; false when @p overrides set
    /// nothing. A region code (a 街道 chosen in Edit Identity) needs the
    /// gazetteer: IdentityOverrides::apply() sets it and calls this.
    bool applyOverrides(const QJsonObject &overrides);
};

/// A report as read: its text and what was found in it.
struct Report {
    QString filePath; ///< as given by the caller
    QString text; ///< the stored text, line ends normalised; all spans index into it
    /// What matching code reads: @c text folded to half width (foldWidth())
    /// with furniture blanked out. Same length as @c text, so positions
    /// found in it are positions in @c text. Made once, when the report is read.
    QString matchText;
    QString encoding;
    /// The format it was read from ("text", "html", "docx", "pdf", "ofd", "doc"…).
    QString format = QStringLiteral("text");
    /// The web address it was fetched from; empty for files.
    QString address;
    ReportMetadata metadata;
    QList<Block> blocks;
    QList<Section> sections; ///< flat, in document order

    /// The label a comparison gives it (ReportLabels); empty outside one.
    QString label;

    /// The comparison's label, else "滨海 · 2024", or the file name when the metadata is missing.
    QString displayName() const;
    int year() const;
    QStringView textOf(TextSpan span) const
    {
        return span.isValid() ? QStringView(text).mid(span.start, span.length()) : QStringView();
    }
    /// Indexes of the sections whose parent is @p parent (-1 for top level).
    QList<int> childrenOf(int parent) const;
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::Report)
