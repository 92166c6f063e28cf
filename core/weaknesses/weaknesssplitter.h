#pragma once

#include "indicators/sectionscope.h"
#include "weaknesses/weaknessclassifier.h"
#include "weaknesses/weaknessitem.h"

namespace Dz
{

/**
 * Cuts a report's shortcomings part into items, each with its span:
 * sub-headings (（一）法治政府建设水平有待提高), in-paragraph items
 * (一是…二是…), the list after 主要表现在 (split at ；, or at ， when the list
 * has no ；), and causes after 原因在于 as items of their own. A part with
 * none of these gives its sentences that admit something (a deficiency such
 * as 不足 or 有待, in no sentence of success or plan).
 */
class WeaknessSplitter
{
public:
    explicit WeaknessSplitter(const WeaknessClassifier &classifier);

    /// The items of @p scopes that lie in the catalog's part, in text order,
    /// without theme (WeaknessClassifier gives that).
    QList<WeaknessItem> split(const Report &report, const QList<SectionScope> &scopes) const;

private:
    void addListed(const Report &report, const SectionScope &scope, QList<WeaknessItem> &items) const;
    void addCauses(const Report &report, TextSpan within, int section, QList<WeaknessItem> &items) const;
    void addSentences(const Report &report, const SectionScope &scope, TextSpan body, QList<WeaknessItem> &items) const;

    const WeaknessClassifier &m_classifier;
    const WeaknessCatalog &m_catalog;
};

} // namespace Dz
