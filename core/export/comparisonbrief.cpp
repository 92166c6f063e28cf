#include "export/comparisonbrief.h"

#include "analysis/comparison.h"
#include "models/indicatortablemodel.h"

#include <algorithm>

// The brief as a Word document: title page, contents, then the blocks that
// compose() writes (briefsections.cpp), wide tables on landscape pages.

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

/// The brief's document, block by block; wide tables get landscape pages.
class DocumentWriter
{
public:
    DocumentWriter(DocxDocument &document, const ComparisonBrief::PictureRenderer &picture)
        : m_document(document)
        , m_picture(picture)
    {
    }

    Result<> add(const BriefBlock &block)
    {
        switch (block.kind) {
        case BriefBlock::Kind::Heading:
            portrait();
            m_document.addHeading(block.text, block.level);
            return {};
        case BriefBlock::Kind::Paragraph:
            portrait();
            m_document.addParagraph(block.text);
            return {};
        case BriefBlock::Kind::Quote:
            portrait();
            m_document.addParagraph(block.text, DocxDocument::Style::Quote);
            return {};
        case BriefBlock::Kind::Table: {
            qsizetype columns = block.table.header.size();
            for (const QList<CellValue> &row : block.table.rows)
                columns = std::max(columns, row.size());
            m_document.setOrientation(
                columns > ComparisonBrief::MaxPortraitColumns ? DocxDocument::Orientation::Landscape : DocxDocument::Orientation::Portrait);
            return m_document.addTable(block.table);
        }
        case BriefBlock::Kind::Chart:
            return chart(block.chart);
        }
        return {};
    }

private:
    void portrait()
    {
        m_document.setOrientation(DocxDocument::Orientation::Portrait);
    }

    Result<> chart(const ChartData &chart)
    {
        portrait();
        if (const QString problem = chart.problem(); !problem.isEmpty())
            return Result<>::failure(problem);
        if (!m_picture)
            return Result<>::failure(ComparisonBrief::tr("The chart “%1” cannot be drawn here.").arg(chart.title));
        // The caption above, the note and source below are the document's text.
        ChartData drawn = chart;
        drawn.title.clear();
        drawn.note.clear();
        drawn.source.clear();
        m_document.addParagraph(chart.title, DocxDocument::Style::Caption);
        // A little narrower than the text, so two charts share a page.
        if (auto added = m_document.addPicture(m_picture(drawn, ComparisonBrief::pictureSize()), chart.title, 0.85); !added)
            return added;
        if (!chart.note.isEmpty())
            m_document.addParagraph(chart.note, DocxDocument::Style::Note);
        if (!chart.source.isEmpty())
            m_document.addParagraph(chart.source, DocxDocument::Style::Source);
        return {};
    }

    DocxDocument &m_document;
    const ComparisonBrief::PictureRenderer &m_picture;
};

} // namespace

QSize ComparisonBrief::pictureSize()
{
    return {960, 480};
}

QString ComparisonBrief::defaultTitle()
{
    return tr("Rule-of-law reports compared");
}

QString ComparisonBrief::defaultSubtitle(const Comparison &comparison, QDate date)
{
    return tr("%n report(s) compared · %1", nullptr, int(comparison.reports.size())).arg(date.toString(Qt::ISODate));
}

Result<DocxDocument> ComparisonBrief::document(const QList<BriefBlock> &blocks, const Options &options, const PictureRenderer &picture)
{
    DocxDocument document;
    document.setTitle(options.title);
    document.addParagraph(options.title, DocxDocument::Style::Title);
    document.addParagraph(options.subtitle, DocxDocument::Style::Subtitle);
    document.addTableOfContents(tr("Contents"));
    document.addPageBreak();
    DocumentWriter writer(document, picture);
    for (const BriefBlock &block : blocks) {
        if (auto added = writer.add(block); !added)
            return Failure(added.error());
    }
    return document;
}

Result<DocxDocument> ComparisonBrief::build(const Sources &sources, const Options &options, const PictureRenderer &picture)
{
    Options named = options;
    if (named.title.trimmed().isEmpty())
        named.title = defaultTitle();
    if (named.subtitle.trimmed().isEmpty() && sources.table)
        named.subtitle = defaultSubtitle(sources.table->comparison(), options.date);
    return document(compose(sources, named), named, picture);
}

} // namespace Dz
