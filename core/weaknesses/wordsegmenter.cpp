#include "weaknesses/wordsegmenter.h"

#include "weaknesses/words_debug.h"

#include <QFile>
#include <QVarLengthArray>
#include <QtAlgorithms>

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

/// A word list for the segmenter, which asks at every character for the
/// words that start there, one character longer each time. Every beginning
/// of a word is a node; a step from a node by one character is one place in
/// one hash table that holds the next node and the frequency of the word
/// ending there: one read from memory per step, where a trie's lists (the
/// node's children, then its frequency) take two or three. The list is
/// large (80,000 words) and read for every sentence: those reads are what a
/// reading of a sentence mostly waits for.
class WordList
{
public:
    using Node = qint32;
    static constexpr Node Root = 0;
    static constexpr Node None = -1;
    /// Where a step led: the node, and the log frequency of the word ending
    /// there (NaN for a mere beginning of longer words, or when the step led nowhere).
    struct Step {
        Node node = None;
        float value = std::numeric_limits<float>::quiet_NaN();
    };

    /// @p words with their log frequencies; a word given twice keeps its last value.
    explicit WordList(const QList<std::pair<QStringView, float>> &words)
    {
        grow();
        for (const auto &[word, value] : words) {
            if (word.isEmpty())
                continue;
            size_t slot = 0;
            Node node = Root;
            for (const QChar c : word) {
                slot = add(node, c);
                node = m_slots[slot].child;
            }
            if (std::isnan(m_slots[slot].value))
                ++m_words;
            m_slots[slot].value = value;
        }
    }
    Step start(QChar c) const
    {
        return next(Root, c);
    }
    /// The step from @p node by @p c ({} from None).
    Step next(Node node, QChar c) const
    {
        if (node < 0)
            return {};
        const Slot &slot = m_slots[slotOf(key(node, c))];
        return slot.child < 0 ? Step() : Step {slot.child, slot.value};
    }
    /// The steps of @p word from the root; its node and value.
    Step find(QStringView word) const
    {
        Step at {Root, std::numeric_limits<float>::quiet_NaN()};
        for (const QChar c : word)
            at = next(at.node, c);
        return word.isEmpty() ? Step() : at;
    }
    /// The log frequency of @p word, NaN when the list does not hold it.
    float value(QStringView word) const
    {
        return find(word).value;
    }
    qsizetype wordCount() const
    {
        return m_words;
    }

private:
    struct Slot {
        quint64 key = ~quint64(0);
        Node child = None;
        float value = std::numeric_limits<float>::quiet_NaN();
    };
    static quint64 key(Node node, QChar c)
    {
        return (quint64(quint32(node)) << 16) | c.unicode();
    }
    /// The slot holding @p k, or the empty one where it would go.
    size_t slotOf(quint64 k) const
    {
        size_t slot = size_t((k * 0x9E3779B97F4A7C15ull) >> m_shift);
        while (m_slots[slot].key != k && m_slots[slot].child != None)
            slot = (slot + 1) & (m_slots.size() - 1);
        return slot;
    }
    /// The slot of the step from @p node by @p c, made when new.
    size_t add(Node node, QChar c)
    {
        // At most half full, so that a step most often reads one place.
        if (2 * (size_t(m_nodes) + 1) >= m_slots.size())
            grow();
        const quint64 k = key(node, c);
        const size_t slot = slotOf(k);
        if (m_slots[slot].child == None)
            m_slots[slot] = {k, ++m_nodes, std::numeric_limits<float>::quiet_NaN()};
        return slot;
    }
    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(16, 2 * m_slots.size()));
        old.swap(m_slots);
        m_shift = 64 - int(qCountTrailingZeroBits(quint64(m_slots.size())));
        for (const Slot &slot : old) {
            if (slot.child != None)
                m_slots[slotOf(slot.key)] = slot;
        }
    }

    std::vector<Slot> m_slots; ///< a power of two of them
    int m_shift = 60;
    Node m_nodes = Root; ///< the last node made
    qsizetype m_words = 0;
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
    return d ? d->list.wordCount() : 0;
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
        WordList::Step inList = list.start(text.at(i));
        WordList::Step inAdded = added ? added->start(text.at(i)) : WordList::Step();
        // An added word at its own frequency, else the list's (NaN for a mere beginning).
        const auto frequency = [&] {
            return double(std::isnan(inAdded.value) ? inList.value : inAdded.value);
        };
        // A character on its own is always possible, at its own frequency or the least.
        const double single = frequency();
        best[i] = (std::isnan(single) ? 0.0 : single) - d->logTotal + best[i + 1];
        next[i] = i + 1;
        for (qsizetype end = i + 2; end <= n; ++end) {
            inList = list.next(inList.node, text.at(end - 1));
            inAdded = added ? added->next(inAdded.node, text.at(end - 1)) : WordList::Step();
            // Neither a word nor the beginning of one in either list: no longer word starts here.
            if (inList.node == WordList::None && inAdded.node == WordList::None)
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
