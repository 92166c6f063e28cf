#pragma once

#include "base/textspan.h"
#include "weaknesses/weaknessterms.h"
#include "weaknesses/wordsegmenter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <utility>

namespace Dz
{

/// The catalog made ready for reading: its terms and markers by text, its patterns, the words they add.
struct WeaknessClassifier::Data {
    WordSegmenter words;
    QString blob; // every term, marker and phrase; the hashes hold views into it
    QHash<QStringView, QList<Internal::TermRef>> terms;
    QHash<QStringView, int> markers;
    /// Every beginning of a term or marker (the whole of it too): where the
    /// text's next characters begin none, no term or marker starts there.
    QSet<QStringView> beginnings;
    QList<std::pair<QRegularExpression, Internal::TermRef>> patterns;
    int maxLength = 1;
};

namespace Internal
{

// A statement read: the folded text, the terms that stand as words (overlaps
// resolved, longest first), the markers, and the clauses.
struct Scan {
    QString text;
    QList<Occurrence> hits; // in text order
    QList<MarkerHit> markers;
    QList<TextSpan> clauses;
    QList<int> sentenceOf; // per clause
    QList<qsizetype> wordEnds; // where the words of text end (WordSegmenter::boundaries)
};

/// Reads @p input (width-folded first): its terms as words, its markers, its clauses.
Scan scanStatement(const WeaknessClassifier::Data &d, QStringView input);

} // namespace Internal

} // namespace Dz
