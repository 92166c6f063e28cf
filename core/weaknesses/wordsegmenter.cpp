#include "weaknesses/wordsegmenter.h"

#include "weaknesses/words_debug.h"

#include <QFile>
#include <QSet>

#include <cmath>
#include <limits>

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
    return c.isDigit() || (c.unicode() < 0x80 && c.isLetter()) || c == u'.' || c == u'%';
}

} // namespace

// The list as one string and a hash of views into it: one allocation for
// 80,000 words.
struct WordSegmenter::Data {
    QString blob;
    /// Every word with its log frequency, and every beginning of a word
    /// (two characters or more) that is no word itself with NaN: a text
    /// whose next characters are in neither has no longer word there, so
    /// boundaries() stops looking (jieba's prefix dictionary).
    QHash<QStringView, float> logFrequencies;
    qsizetype words = 0;
    double logTotal = 0;
    int maxLength = 1;
};

struct WordSegmenter::Added {
    QString blob;
    QHash<QStringView, float> logFrequencies;
    /// Every beginning of an added word (the whole word too), so that
    /// boundaries() stops where neither list has a longer word.
    QSet<QStringView> beginnings;
    int maxLength = 0;
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
    auto data = std::make_shared<Data>();
    // Words first into the blob, then the views (the blob must not move).
    QList<std::pair<qsizetype, qsizetype>> spans;
    QList<double> frequencies;
    data->blob.reserve(all.size() / 2);
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
        if (word == u"total") {
            total = frequency;
            continue;
        }
        spans.append({data->blob.size(), word.size()});
        frequencies.append(frequency);
        data->blob += word;
        data->maxLength = std::max(data->maxLength, int(word.size()));
    }
    if (spans.isEmpty())
        return failure(tr("it lists no words"));
    if (total <= 0)
        return failure(tr("it has no “total” line"));
    data->logTotal = std::log(total);
    data->logFrequencies.reserve(spans.size() * 2);
    for (qsizetype i = 0; i < spans.size(); ++i)
        data->logFrequencies.insert(QStringView(data->blob).mid(spans.at(i).first, spans.at(i).second), float(std::log(frequencies.at(i))));
    data->words = data->logFrequencies.size();
    for (const auto &[start, length] : std::as_const(spans)) {
        for (qsizetype prefix = 2; prefix < length; ++prefix) {
            const QStringView beginning = QStringView(data->blob).mid(start, prefix);
            if (!data->logFrequencies.contains(beginning))
                data->logFrequencies.insert(beginning, std::numeric_limits<float>::quiet_NaN());
        }
    }
    WordSegmenter segmenter;
    segmenter.d = std::move(data);
    return segmenter;
}

qsizetype WordSegmenter::wordCount() const
{
    return d ? d->words : 0;
}

WordSegmenter WordSegmenter::withWords(const QStringList &words) const
{
    WordSegmenter copy = *this;
    if (!d)
        return copy;
    auto added = std::make_shared<Added>();
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        spans.append({added->blob.size(), word.size()});
        added->blob += word;
        added->maxLength = std::max(added->maxLength, int(word.size()));
    }
    const float common = float(std::log(AddedFrequency));
    for (const auto &[start, length] : spans) {
        const QStringView word = QStringView(added->blob).mid(start, length);
        added->logFrequencies.insert(word, std::max(common, d->logFrequencies.value(word, common)));
        for (qsizetype prefix = 2; prefix <= length; ++prefix)
            added->beginnings.insert(word.left(prefix));
    }
    copy.m_added = std::move(added);
    return copy;
}

bool WordSegmenter::isAddedWord(QStringView word) const
{
    return m_added && m_added->logFrequencies.contains(word);
}

double WordSegmenter::logFrequency(QStringView word) const
{
    if (m_added) {
        const auto it = m_added->logFrequencies.constFind(word);
        if (it != m_added->logFrequencies.cend())
            return *it;
    }
    const auto it = d->logFrequencies.constFind(word);
    return it != d->logFrequencies.cend() ? double(*it) : std::numeric_limits<double>::quiet_NaN();
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
    const int maxLength = std::max(d->maxLength, m_added ? m_added->maxLength : 0);
    // best[i]: the log probability of the best cutting of text[i, n); next[i]: where its first word ends.
    QList<double> best(n + 1, 0.0);
    QList<qsizetype> next(n + 1, n);
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
        // A character on its own is always possible, at its own frequency or the least.
        const double single = logFrequency(text.mid(i, 1));
        best[i] = (std::isnan(single) ? 0.0 : single) - d->logTotal + best[i + 1];
        next[i] = i + 1;
        for (int length = 2; length <= maxLength && i + length <= n; ++length) {
            const QStringView word = text.mid(i, length);
            const bool added = m_added && length <= m_added->maxLength && m_added->beginnings.contains(word);
            const auto it = d->logFrequencies.constFind(word);
            // Neither a word nor the beginning of one in either list: no longer word starts here.
            if (!added && it == d->logFrequencies.cend())
                break;
            // An added word at its own frequency, else the list's (NaN for a mere beginning).
            double f = it != d->logFrequencies.cend() ? double(*it) : std::numeric_limits<double>::quiet_NaN();
            if (added) {
                const auto own = m_added->logFrequencies.constFind(word);
                if (own != m_added->logFrequencies.cend())
                    f = double(*own);
            }
            if (std::isnan(f))
                continue;
            const double score = f - d->logTotal + best[i + length];
            if (score > best[i]) {
                best[i] = score;
                next[i] = i + length;
            }
        }
    }
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
