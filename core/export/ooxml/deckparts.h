#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QXmlStreamWriter;

// The fixed parts of a deck: theme, slide master, layouts, presentation
// part and document properties. Slides are written by PptxDeck.
namespace Dz::Internal
{

/// 16:9 at PowerPoint's default widescreen size, 13.333 × 7.5 in, in EMU.
inline constexpr qint64 SlideWidth = 12192000;
inline constexpr qint64 SlideHeight = 6858000;

enum class SlideLayout {
    Title, ///< ppt/slideLayouts/slideLayout1.xml: centred title and subtitle
    TitleOnly, ///< ppt/slideLayouts/slideLayout2.xml: title at the top, free area below
};
inline constexpr int SlideLayoutCount = 2;

/// Slide master and layout ids share one range that starts at 2^31.
inline constexpr quint32 FirstMasterId = 2147483648u;
/// Slide ids start at 256, the lowest the format allows.
inline constexpr quint32 FirstSlideId = 256;

/// The namespaces every PresentationML part declares (a, r, p).
void declarePresentationNamespaces(QXmlStreamWriter &w);
/// Opens a part's shape tree (p:spTree) with the group's own properties;
/// the caller writes the shapes and closes it.
void writeGroupShapeStart(QXmlStreamWriter &w);

QByteArray themeXml();
/// @p layoutRelationships: the master's relationship ids of its layouts, in SlideLayout order.
QByteArray slideMasterXml(const QStringList &layoutRelationships);
QByteArray slideLayoutXml(SlideLayout layout);
/// @p masterRelationship and @p slideRelationships are the presentation part's relationship ids.
QByteArray presentationXml(const QString &masterRelationship, const QStringList &slideRelationships);
QByteArray presentationPropertiesXml();
QByteArray viewPropertiesXml();
QByteArray tableStylesXml();
QByteArray appPropertiesXml(int slides);
QByteArray corePropertiesXml(const QString &title, const QDateTime &created);

} // namespace Dz::Internal
