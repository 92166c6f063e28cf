#pragma once

#include "alignment/sectionclassification.h"
#include "reading/report.h"
#include "weaknesses/weaknessclassifier.h"
#include "weaknesses/weaknessitem.h"

namespace Dz
{

/**
 * What a classified report admits: the items of its shortcomings part, each
 * a shortcoming or a cause, with a weakness theme. A report without that
 * part is reported as missing: saying nothing is a finding too.
 *
 * Immutable after construction; one extractor can serve several threads.
 */
class WeaknessExtractor
{
public:
    explicit WeaknessExtractor(WeaknessCatalog catalog);

    const WeaknessCatalog &catalog() const
    {
        return m_classifier.catalog();
    }

    ReportWeaknesses extract(const Report &report, const ReportClassification &classification) const;

private:
    WeaknessClassifier m_classifier;
};

} // namespace Dz
