#pragma once

// Private to core/audit: the steps of CopyIndex::prepare(), for copyindex.cpp
// and its tests. Never include this from a public header.

#include "audit/copyindex.h"

namespace Dz
{

namespace Internal
{

/// The letters and digits of @p matchText outside @p excluded, folded to
/// lower case, each with its place in the text (Prepared::normal and
/// Prepared::position); a CopyIndex::Boundary where a line ends or text is
/// left out. No fingerprints yet.
CopyIndex::Prepared copyText(QStringView matchText, const QList<TextSpan> &excluded);

/// The rolling hash of every k-gram of a normal text, and whether it runs across a boundary.
struct KGrams {
    std::vector<quint64> hashes; ///< at each k-gram's start
    std::vector<bool> crosses;
};
KGrams kGrams(const QString &normal, int k);

/// Winnowing (Schleimer, Wilkerson and Aiken): the rightmost minimum of each
/// window of @p window k-grams, each recorded once as (hash, position);
/// k-grams across a boundary are never chosen. Two texts that share a
/// stretch of k + window − 1 characters without a boundary share a fingerprint.
std::vector<std::pair<quint64, qint32>> winnow(KGrams grams, int window);

} // namespace Internal

} // namespace Dz
