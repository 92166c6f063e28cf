#pragma once

#include "base/result.h"
#include "base/tabledata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Dz
{

/**
 * A Word document (.docx) as government offices write them: A4 with the
 * margins of GB/T 9704 (37 mm top, 28 mm binding side, a 156 × 225 mm text
 * block), body text in 仿宋 at 三号 on a 28-point line, 黑体 and 楷体
 * headings, page numbers in the footer, and a table of contents of the
 * headings set in the heading styles (标题 1, 标题 2, with outline levels,
 * so Word's and WPS's navigation pane and their own tables of contents
 * find them too).
 *
 * Fonts are named as every Chinese Windows and WPS has them (仿宋, 黑体,
 * 楷体, 宋体), with their English names as alternatives in the font table
 * and the text marked zh-CN, so a system without them substitutes a Chinese
 * face of the same kind. Tables are real Word tables (the header row repeats
 * on every page, rows do not split); pictures are inline PNGs fitted to the
 * text width. Wide tables can go on landscape pages: a change of orientation
 * starts a new section.
 *
 * Every part is written with QXmlStreamWriter, so text from reports is
 * escaped by the writer, and zipped by OoxmlPackage (KArchive).
 */
class DocxDocument
{
    Q_DECLARE_TR_FUNCTIONS(Dz::DocxDocument)

public:
    enum class Style {
        Body, ///< 仿宋, indented two characters
        Title, ///< the brief's title, centred
        Subtitle, ///< under the title, centred
        Note, ///< a smaller grey line under a table or a picture (what ≥ means)
        Source, ///< where the figures come from, smaller still
        Caption, ///< a table's or a picture's title, centred, kept with it
        Quote, ///< a passage quoted from a report, in 楷体
    };
    enum class Orientation { Portrait, Landscape };

    /// A4 in twentieths of a point.
    static constexpr int PageWidth = 11906;
    static constexpr int PageHeight = 16838;

    /// Adds one paragraph per line of @p text.
    void addParagraph(const QString &text, Style style = Style::Body);
    /// Adds a heading (@p level 1 or 2, styles 标题 1 and 标题 2) that the
    /// table of contents lists.
    void addHeading(const QString &text, int level);
    /// The table of contents under @p title: every heading (wherever it is
    /// added) in the styles 目录 1 and 目录 2 (toc 1, toc 2), linked to it,
    /// its page a PAGEREF field that LibreOffice computes as it lays the
    /// pages out and Word updates on opening.
    void addTableOfContents(const QString &title);
    /**
     * Adds @p table as a Word table: its title as a caption above, its note
     * and source below, the header row repeated on each page, numbers right
     * aligned and gaps left empty. Fails, adding nothing, for a table
     * without columns.
     */
    Result<> addTable(const TableData &table);
    /**
     * Adds @p png as an inline picture, centred, @p width (a share of the
     * text's width) wide and never taller than half the text block,
     * @p description as its alternative text. Fails, adding nothing, for
     * bytes that are no PNG.
     */
    Result<> addPicture(const QByteArray &png, const QString &description, double width = 1.0);
    void addPageBreak();
    /// Pages from here on are @p orientation; a change starts a new section on a new page.
    void setOrientation(Orientation orientation);
    Orientation orientation() const
    {
        return m_orientation;
    }

    /// The text block's width in EMU (914400 per inch) for the current orientation.
    qint64 textWidthEmu() const;

    /// The title in the document properties.
    void setTitle(const QString &title);
    /// The time recorded in the document properties and on every zip entry
    /// (now, unless set): the same document with the same time gives the same bytes.
    void setCreated(const QDateTime &created);

    int headingCount() const;
    int tableCount() const;
    int pictureCount() const
    {
        return int(m_pictures.size());
    }

    /// The .docx file's bytes.
    Result<QByteArray> toBytes() const;
    /// Writes the .docx file, replacing @p path only when complete. Returns the size written.
    Result<qint64> write(const QString &path) const;

private:
    struct Block {
        enum class Kind { Paragraph, Heading, Contents, Table, Picture, PageBreak, Section };
        Kind kind = Kind::Paragraph;
        QString text;
        Style style = Style::Body;
        int level = 0; ///< headings: 1 or 2; pictures: the picture's number
        TableData table;
        /// Sections: the orientation of the section that ends here.
        Orientation orientation = Orientation::Portrait;
        qint64 width = 0; ///< pictures, in EMU
        qint64 height = 0;
    };

    QByteArray documentXml() const;

    QList<Block> m_blocks;
    QList<QByteArray> m_pictures;
    Orientation m_orientation = Orientation::Portrait;
    QString m_title;
    QDateTime m_created = QDateTime::currentDateTimeUtc();
};

} // namespace Dz
