#pragma once

#include "outline/outlinetext.h"

#include <QList>
#include <QString>

#include <optional>

namespace Dz
{

namespace Internal
{

enum class MarkerStyle {
    None,
    ChineseComma, ///< 一、
    ChineseParen, ///< （一）
    ArabicDot, ///< 1. 1、 1．
    ArabicParen, ///< （1）
};

/// The level a marker style has by GB/T 9704 (一、 1, （一） 2, 1. 3, （1） 4); 0 for none.
int styleLevel(MarkerStyle style);

/// A line that may be a heading, before levels are assigned.
struct HeadingCandidate {
    int line = 0;
    MarkerStyle style = MarkerStyle::None;
    int number = 0;
    qsizetype markerStart = 0;
    qsizetype markerEnd = 0; ///< after the marker, before any space
    qsizetype titleStart = 0;
    qsizetype titleEnd = 0;
    bool inlineBody = false; ///< the line goes on past the title's full stop
    bool enumerated = false; ///< 一是… on a line of its own: one level below the enclosing heading
    int level = 0; ///< assigned by the level pass (preset for unmarked headings)
    QString repaired;
};

/// Title and body on one line: the title runs from @p from (after the
/// marker) to the first full stop, or in a run-on paragraph to the first
/// space; the trailing punctuation is not part of it.
void setTitle(const OutlineText &text, HeadingCandidate *c, qsizetype from);

/// The marked heading line @p line starts with, if any: 一、 （一） 1. （1）
/// and 第一部分, in full or half width. A number glued to a date
/// (25.12月中旬) is item 25 only after item @p previousArabic 24; a bare
/// marker with no title is no heading.
std::optional<HeadingCandidate> readMarkedHeading(const OutlineText &text, int line, int previousArabic);

/// Every marked heading line, in text order.
QList<HeadingCandidate> findMarkedCandidates(const OutlineText &text);

/// An unmarked line read as a heading of @p level, saying why.
HeadingCandidate unmarkedCandidate(const OutlineText &text, int line, int level, const QString &why);

/// Inserts @p c among @p candidates in line order.
void insertCandidate(QList<HeadingCandidate> *candidates, const HeadingCandidate &c);

/// The first candidate's line, or the line count when there is none.
int firstCandidateLine(const OutlineText &text, const QList<HeadingCandidate> &candidates);

} // namespace Internal

} // namespace Dz
