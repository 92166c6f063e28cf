#pragma once

#include "base/prefixtrie.h"
#include "base/requiredcharacters.h"
#include "base/textspan.h"
#include "weaknesses/weaknessterms.h"
#include "weaknesses/wordsegmenter.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringView>

#include <utility>
#include <vector>

namespace Dz
{

/// The catalog made ready for reading: its terms and markers by text, its patterns, the words they add.
struct WeaknessClassifier::Data {
    /// What one written form stands for: the terms it is (a word may be a
    /// term of several concepts) and the kinds of marker it is (0 for none).
    struct Piece {
        QString text; ///< as written (width-folded)
        QList<Internal::TermRef> terms;
        int markers = 0;
    };
    WordSegmenter words;
    /// Every term, marker and neutral phrase as written, its id the index of its Piece:
    /// a walk from each character finds those that start there.
    PrefixTrie pieces;
    std::vector<Piece> pieceOf;
    /// A form a list cannot hold, with the characters its every match needs
    /// (a sentence without them is not searched).
    struct Pattern {
        PrefilteredPattern pattern;
        Internal::TermRef ref;
    };
    QList<Pattern> patterns;
    /// Per theme, where its topics start when every theme's topics are
    /// numbered in catalog order (WeaknessClassifier::possibleTerms); then the count.
    std::vector<int> topicOffsets {0};
    QHash<QString, int> topicIndex; ///< by key ("W06/平台"), as topicOffsets numbers them
    std::vector<WeaknessClassifier::CatalogTopic> topics; ///< by topicOffsets' numbers
    QHash<QString, int> themeIndex; ///< by id
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

/// The terms @p folded holds anywhere, as words or not, or whose patterns'
/// required characters it holds (topics numbered as topicOffsets says).
WeaknessClassifier::PossibleTerms possibleTerms(const WeaknessClassifier::Data &d, QStringView folded);

} // namespace Internal

} // namespace Dz
