#pragma once

#include "weaknesses/weaknessscan.h"

namespace Dz::Internal
{

/// Whether scoreClauses() scores the themes of the clauses that admit something.
enum class ClauseThemes { Scored, Omitted };

/**
 * Reads every clause of @p scan: its terms, whether it is excluded (success,
 * plan, conceded) and, when it admits something, the themes it scores, with
 * a clause that has no topic of its own taking the previous clause's. With
 * ClauseThemes::Omitted no clause is scored (ScoredClause::scores and
 * WeaknessClauseReading::scores stay empty): for readers that compare terms only.
 */
QList<ScoredClause> scoreClauses(const WeaknessCatalog &catalog, const Scan &scan, ClauseThemes themes = ClauseThemes::Scored);

/// The theme with the highest score of at least @p threshold, other than @p excluded; -1 for none.
int bestTheme(const Scores &scores, double threshold, int excluded = -1);

} // namespace Dz::Internal
