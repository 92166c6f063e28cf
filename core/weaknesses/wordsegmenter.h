#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Dz
{

/**
 * Chinese word segmentation by the most probable path through a word list
 * (jieba's method without its model of unknown words): every way of cutting
 * a text into listed words (or single characters) is scored by the product
 * of the words' relative frequencies, and the best one wins.
 *
 * The word list is resources/weaknesses/words.txt, generated from the
 * dictionary of Debian's python3-jieba by generate-words.py. Callers add
 * words of their own (a catalog's terms), so that the terms they look for
 * are units where the text allows it.
 *
 * It answers one question for the classifier: does a term found in a text
 * stand as a word there, or inside a longer word with another meaning
 * (系统 in 系统性, 未 in 未来, 法制 across 依法|制定)?
 *
 * Immutable and cheap to copy (the list is shared); safe to use from
 * several threads. A default-constructed segmenter is invalid.
 */
class WordSegmenter
{
    Q_DECLARE_TR_FUNCTIONS(Dz::WordSegmenter)

public:
    static constexpr auto BuiltInPath = u":/duizhao/weaknesses/words.txt";

    /// The built-in list, read once on first use.
    static Result<WordSegmenter> builtIn();
    static Result<WordSegmenter> loadFile(const QString &path);
    /// Parses a word list (lines "word<TAB>frequency", a "total" line, # comments).
    static Result<WordSegmenter> fromText(const QByteArray &text, const QString &origin);

    bool isValid() const
    {
        return d != nullptr;
    }
    qsizetype wordCount() const;

    /// A copy that also knows @p words and @p units (each counted as a common
    /// word of its length): the caller's terms, and words that should be units
    /// where the text allows it (执法终端, 违法建筑). Both are added words: a
    /// term may cut one (案卷 in 案卷评查) where it may not cut a listed word.
    WordSegmenter withWords(const QStringList &words, const QStringList &units = {}) const;
    /// True when @p word is one of the words added with withWords().
    bool isAddedWord(QStringView word) const;

    /**
     * Where the words of @p text end, in order: 0 < b₁ < … < text.size().
     * A run of digits or Latin letters is one word, any other character not
     * in a listed word a word of its own.
     */
    QList<qsizetype> boundaries(QStringView text) const;
    /// The words of @p text (boundaries() as strings).
    QStringList words(QStringView text) const;

private:
    struct Data;
    struct Added;

    std::shared_ptr<const Data> d;
    std::shared_ptr<const Added> m_added;
};

} // namespace Dz
