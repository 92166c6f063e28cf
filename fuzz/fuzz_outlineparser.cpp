// The outline parser on any text: every span lies inside the text, parents
// come before their children, and levels are the four of GB/T 9704.

#include "base/widthfolding.h"
#include "fuzztext.h"
#include "outline/outlineparser.h"
#include "reading/furnituredetector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Dz::Fuzz::inside;
    using Dz::Fuzz::require;
    const QString text = Dz::Fuzz::textOf(data, size);
    const QString folded = Dz::foldWidth(text);
    require(folded.size() == text.size(), "folding keeps the length");
    const Dz::FurnitureScan furniture = Dz::FurnitureDetector::scan(folded);
    const QString matchText = Dz::FurnitureDetector::masked(folded, furniture.blocks);
    require(matchText.size() == text.size(), "masking keeps the length");
    const Dz::Outline outline = Dz::OutlineParser::parse(text, matchText);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < outline.sections.size(); ++i) {
        const Dz::Section &s = outline.sections.at(i);
        require(s.level >= 1 && s.level <= 4, "a level is 1 to 4");
        require(s.parent < i, "a parent comes before its child");
        require(s.parent < 0 || outline.sections.at(s.parent).level < s.level, "a parent is a level above");
        require(inside(s.span.start, s.span.end, n), "section span inside the text");
        require(inside(s.headingSpan.start, s.headingSpan.end, n), "heading span inside the text");
        require(!s.bodySpan.isValid() || inside(s.bodySpan.start, s.bodySpan.end, n), "body span inside the text");
        for (const Dz::EnumerationItem &item : s.enumeration)
            require(inside(item.span.start, item.span.end, n), "enumeration item inside the text");
    }
    for (const Dz::Block &block : outline.blocks + furniture.blocks)
        require(inside(block.span.start, block.span.end, n), "block inside the text");
    return 0;
}
