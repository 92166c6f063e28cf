// The quantity scanner on any text: quantities in text order, none
// overlapping, every span inside the text, and the same from scanFolded on
// the folded text as from scan on the text as published.

#include "base/widthfolding.h"
#include "fuzztext.h"
#include "quantities/quantityscanner.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Dz::Fuzz::inside;
    using Dz::Fuzz::require;
    const QString text = Dz::Fuzz::textOf(data, size);
    const Dz::QuantityScanner &scanner = Dz::QuantityScanner::builtIn();
    const QList<Dz::Quantity> quantities = scanner.scan(text);
    qsizetype last = 0;
    for (const Dz::Quantity &q : quantities) {
        require(inside(q.span.start, q.span.end, text.size()), "quantity inside the text");
        require(q.span.start >= last, "in text order, none overlapping");
        require(!q.numberSpan.isValid() || (q.numberSpan.start >= q.span.start && q.numberSpan.end <= q.span.end), "number inside its quantity");
        last = q.span.end;
    }
    const QList<Dz::Quantity> folded = scanner.scanFolded(Dz::foldWidth(text));
    require(folded.size() == quantities.size(), "scan and scanFolded agree");
    return 0;
}
