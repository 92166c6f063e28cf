#pragma once

#include "export/ooxml/ooxmlwriting.h"
#include "export/ooxml/slidegeometry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Dz::Internal
{

struct RunStyle;
struct TablePage;

/// Each slide relates to its layout first and to its chart or picture second.
inline constexpr QStringView LayoutRelationship = u"rId1";
inline constexpr QStringView AttachmentRelationship = u"rId2";

/**
 * Writes one slide's shape tree in the deck's look (colours, sizes, the
 * title band and the foot of slidegeometry.h); shape ids are unique within
 * the slide. PptxDeck decides what goes on which slide.
 */
class SlideWriter
{
public:
    SlideWriter();

    /// The slide's title in the title band, as large as fits.
    void title(const QString &title);
    /// A title slide's centred title: 36 pt in two lines at most, else smaller.
    void centredTitle(const QString &title);
    /// A title slide's subtitle (which reports, when) as large as its box allows, cut with "…" beyond.
    void subtitle(const QString &subtitle);
    /// The note and the source line at the foot.
    void footer(const Footer &footer);
    /// The chart of the slide's attachment (relationship AttachmentRelationship) in @p rect.
    void chart(const Rect &rect, const QString &description);
    /// The picture of the slide's attachment (relationship AttachmentRelationship) in @p rect.
    void picture(const Rect &rect, const QString &description);
    /// One page of a table (TableLayout): its rows at their heights, the
    /// header on a dark band, figures right-aligned (@p numeric: by table row
    /// and column, header excluded).
    void table(qint64 x, qint64 y, const TablePage &page, bool hasHeader, const QList<QList<bool>> &numeric);
    /// Closes the shape tree; the slide's XML.
    QByteArray finish();

private:
    /// A placeholder of the layout ("title", "ctrTitle", "subTitle"), placed
    /// explicitly too so the slide looks right even where layouts are ignored.
    void placeholder(const QString &type, const QString &index, const QString &text, const Rect &rect, const RunStyle &style, const QString &align);
    /// A text box without insets that shrinks long text rather than let it run off the slide.
    void textBox(const QString &name, const QString &text, const Rect &rect, const RunStyle &style);
    int nextId();

    XmlPart m_part;
    int m_lastId = 1; // 1 is the shape tree itself
};

} // namespace Dz::Internal
