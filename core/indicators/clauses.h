#pragma once

#include "base/textspan.h"

#include <QString>

namespace Dz
{

/// True for the characters that end a sentence: 。！？；and line breaks
/// (folded text: ; ! ? too). A report's paragraphs are lines.
bool isSentenceEnd(QChar c);

/// How far a sentence reaches either side of a position: past it, text
/// without an end mark is cut (a real sentence is a few hundred characters).
constexpr qsizetype MaxSentenceReach = 1000;

/// The sentence around @p pos, within @p scope: from after the previous
/// sentence end to its own end mark (included), at most MaxSentenceReach
/// characters either side of @p pos.
TextSpan sentenceAt(QStringView text, qsizetype pos, TextSpan scope);

/**
 * Where the clause holding @p pos starts, not before @p floor: after the
 * nearest ，；：。 or line break, or after an opening bracket that is still
 * open at @p pos, so `共计罚款18万元（其中没收6万元）` gives `其中没收6万元`
 * for the second figure while `投诉（咨询）事项7540件` stays one clause.
 */
qsizetype clauseStart(QStringView text, qsizetype pos, qsizetype floor);

/// A sentence as evidence: trimmed, line breaks and runs of layout space collapsed.
QString evidenceText(QStringView sentence);

} // namespace Dz
