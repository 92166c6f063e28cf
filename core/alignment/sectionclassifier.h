#pragma once

#include "alignment/scheme.h"
#include "alignment/sectionclassification.h"
#include "reading/report.h"

#include <QCoreApplication>

#include <memory>

namespace Dz
{

namespace Internal
{
struct CueIndex;
}

/**
 * Says which part and theme of a Scheme each section of a report belongs to.
 *
 * Evidence, strongest first: cue terms in the heading; the enclosing
 * section's part (a child of a P4 heading is P4); cue terms in the body when
 * the heading is generic; the section's place among the top-level headings.
 * A top-level heading that names a theme but no part is content (P1). A
 * heading naming two parts joined by 和/及/、 is split: its opening
 * paragraph belongs to the first, its items to the second.
 *
 * The classifier is immutable after construction and safe to share between
 * threads.
 */
class SectionClassifier
{
    Q_DECLARE_TR_FUNCTIONS(Dz::SectionClassifier)

public:
    explicit SectionClassifier(Scheme scheme);

    const Scheme &scheme() const
    {
        return m_scheme;
    }

    ReportClassification classify(const Report &report) const;

    /// Human-readable account of @p evidence, as put into SectionClassification::why.
    static QString explain(const QList<ClassificationEvidence> &evidence, const SectionClassification &result);

private:
    Scheme m_scheme;
    std::shared_ptr<const Internal::CueIndex> m_index;
};

} // namespace Dz
