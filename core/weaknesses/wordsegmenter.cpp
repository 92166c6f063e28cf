#include "weaknesses/wordsegmenter.h"

#include "weaknesses/words_debug.h"

#include "base/prefixtrie.h"

#include <QFile>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// What a word added by a caller counts, when the list does not know it
// better: a common word (jieba's words of two to four characters have a
// median frequency of about 60; 1,000 puts a term ahead of chance splits).
constexpr double AddedFrequency = 1000;

bool isRunCharacter(QChar c)
{
    // Most characters read are Han, never a digit: answered without asking Unicode's tables.
    if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
        return false;
    return c.isDigit() || (c.unicode() < 0x80 && c.isLetter()) || c == u'.' || c == u'%';
}

} // namespace

/// A word list as a trie (base/prefixtrie.h): the segmenter asks, at every
/// character, for the words that start there, one character longer each
/// time, and a walk down the trie answers each step with one lookup.
class WordList
{
public:
    /// @p words with their log frequencies; a word given twice keeps its last value.
    explicit WordList(const QList<std::pair<QStringView, float>> &words)
    {
        for (int i = 0; i < words.size(); ++i)
            m_trie.insert(words.at(i).first, i);
        m_trie.freeze();
        // Each node's value at hand (a word given twice: its last), NaN for a mere beginning.
        m_values.assign(size_t(m_trie.nodeCount()), std::numeric_limits<float>::quiet_NaN());
        for (const auto &[word, value] : words)
            m_values[size_t(m_trie.find(word))] = value;
    }
    const PrefixTrie &trie() const
    {
        return m_trie;
    }
    /// The log frequency of the word that ends at @p node, NaN for a mere beginning of longer words (or None).
    float value(PrefixTrie::Node node) const
    {
        return node < 0 ? std::numeric_limits<float>::quiet_NaN() : m_values[size_t(node)];
    }
    float value(QStringView word) const
    {
        return value(m_trie.find(word));
    }

private:
    PrefixTrie m_trie;
    std::vector<float> m_values; ///< by node
};

// The list, read once and shared by every copy of the segmenter.
struct WordSegmenter::Data {
    Data(const QList<std::pair<QStringView, float>> &words, double total)
        : list(words)
        , logTotal(std::log(total))
    {
    }
    WordList list;
    double logTotal = 0;
};

/// A caller's words: a list of their own, walked beside the shared one.
struct WordSegmenter::Added {
    explicit Added(const QList<std::pair<QStringView, float>> &words)
        : list(words)
    {
    }
    WordList list;
};

Result<WordSegmenter> WordSegmenter::builtIn()
{
    static const Result<WordSegmenter> list = loadFile(QString(QStringView(BuiltInPath)));
    return list;
}

Result<WordSegmenter> WordSegmenter::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<WordSegmenter>::failure(tr("Cannot read the word list %1: %2").arg(path, file.errorString()));
    return fromText(file.readAll(), path);
}

Result<WordSegmenter> WordSegmenter::fromText(const QByteArray &text, const QString &origin)
{
    const auto failure = [&origin](const QString &problem) {
        qCWarning(lcWordSegmenter) << "rejected word list" << origin << problem;
        return Result<WordSegmenter>::failure(tr("The word list %1 is not valid: %2").arg(origin, problem));
    };
    const QString all = QString::fromUtf8(text);
    QList<std::pair<QStringView, float>> words;
    double total = 0;
    qsizetype lineNumber = 0;
    for (QStringView line : QStringView(all).split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        bool ok = false;
        const double frequency = tab > 0 ? line.mid(tab + 1).toDouble(&ok) : 0;
        if (!ok || frequency <= 0)
            return failure(tr("line %1 is not “word<TAB>frequency”").arg(lineNumber));
        const QStringView word = line.left(tab);
        if (word == u"total")
            total = frequency;
        else
            words.append({word, float(std::log(frequency))});
    }
    if (words.isEmpty())
        return failure(tr("it lists no words"));
    if (total <= 0)
        return failure(tr("it has no “total” line"));
    WordSegmenter segmenter;
    segmenter.d = std::make_shared<const Data>(words, total);
    return segmenter;
}

qsizetype WordSegmenter::wordCount() const
{
    return d ? d->list.trie().wordCount() : 0;
}

WordSegmenter WordSegmenter::withWords(const QStringList &words, const QStringList &units) const
{
    WordSegmenter copy = *this;
    if (!d)
        return copy;
    const float common = float(std::log(AddedFrequency));
    QList<std::pair<QStringView, float>> added;
    const QStringList all = words + units;
    for (const QString &word : all) {
        if (word.isEmpty())
            continue;
        // A common word, or what the list says where it says more.
        const float listed = d->list.value(word);
        added.append({word, std::isnan(listed) ? common : std::max(common, listed)});
    }
    copy.m_added = std::make_shared<const Added>(added);
    return copy;
}

bool WordSegmenter::isAddedWord(QStringView word) const
{
    return m_added && !std::isnan(m_added->list.value(word));
}

QList<qsizetype> WordSegmenter::boundaries(QStringView text) const
{
    const qsizetype n = text.size();
    QList<qsizetype> result;
    if (n == 0)
        return result;
    if (!d) {
        for (qsizetype i = 1; i <= n; ++i)
            result.append(i);
        return result;
    }
    const WordList &list = d->list;
    const WordList *added = m_added ? &m_added->list : nullptr;
    // best[i]: the log probability of the best cutting of text[i, n); next[i]: where its first word ends.
    QVarLengthArray<double, 512> best(n + 1, 0.0);
    QVarLengthArray<qsizetype, 512> next(n + 1, n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        if (isRunCharacter(text.at(i))) {
            qsizetype end = i + 1;
            while (end < n && isRunCharacter(text.at(end)))
                ++end;
            // A run is one word, whatever precedes it.
            best[i] = -d->logTotal + best[end];
            next[i] = end;
            continue;
        }
        // The words that start here, one character longer at each step, in both lists at once.
        PrefixTrie::Node inList = list.trie().start(text.at(i));
        PrefixTrie::Node inAdded = added ? added->trie().start(text.at(i)) : PrefixTrie::None;
        // An added word at its own frequency, else the list's (NaN for a mere beginning).
        const auto frequency = [&] {
            const float own = added ? added->value(inAdded) : std::numeric_limits<float>::quiet_NaN();
            return double(std::isnan(own) ? list.value(inList) : own);
        };
        // A character on its own is always possible, at its own frequency or the least.
        const double single = frequency();
        best[i] = (std::isnan(single) ? 0.0 : single) - d->logTotal + best[i + 1];
        next[i] = i + 1;
        for (qsizetype end = i + 2; end <= n; ++end) {
            inList = list.trie().next(inList, text.at(end - 1));
            inAdded = added ? added->trie().next(inAdded, text.at(end - 1)) : PrefixTrie::None;
            // Neither a word nor the beginning of one in either list: no longer word starts here.
            if (inList == PrefixTrie::None && inAdded == PrefixTrie::None)
                break;
            const double f = frequency();
            if (std::isnan(f))
                continue;
            const double score = f - d->logTotal + best[end];
            if (score > best[i]) {
                best[i] = score;
                next[i] = end;
            }
        }
    }
    qsizetype words = 0;
    for (qsizetype i = 0; i < n; i = next[i])
        ++words;
    result.reserve(words);
    for (qsizetype i = 0; i < n; i = next[i])
        result.append(next[i]);
    return result;
}

QStringList WordSegmenter::words(QStringView text) const
{
    QStringList result;
    qsizetype start = 0;
    for (qsizetype end : boundaries(text)) {
        result.append(text.mid(start, end - start).toString());
        start = end;
    }
    return result;
}

} // namespace Dz
