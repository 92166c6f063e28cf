#include "outline/outlineparser.h"

#include "base/chinesenumerals.h"
#include "base/datereader.h"
#include "base/widthfolding.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutline, "dz.core.outline", QtWarningMsg)

namespace Dz
{

namespace
{

// Longest title an unmarked line may have to be taken as a heading.
constexpr qsizetype MaxUnmarkedHeadingLength = 40;
// A numbered line longer than this without a full stop is a paragraph.
constexpr qsizetype MaxNumberedHeadingLength = 50;

struct Line {
    qsizetype start = 0; ///< line start in the text
    qsizetype end = 0; ///< before the '\n'
    qsizetype contentStart = 0; ///< first non-space character
    qsizetype contentEnd = 0; ///< after the last non-space character
    bool runOn = false; ///< a piece of a run-on paragraph (splitRunOn)

    bool isEmpty() const
    {
        return contentStart >= contentEnd;
    }
    qsizetype contentLength() const
    {
        return contentEnd - contentStart;
    }
};

enum class MarkerStyle {
    None,
    ChineseComma, ///< 一、
    ChineseParen, ///< （一）
    ArabicDot, ///< 1. 1、 1．
    ArabicParen, ///< （1）
};

struct Candidate {
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

int styleLevel(MarkerStyle style)
{
    switch (style) {
    case MarkerStyle::ChineseComma:
        return 1;
    case MarkerStyle::ChineseParen:
        return 2;
    case MarkerStyle::ArabicDot:
        return 3;
    case MarkerStyle::ArabicParen:
        return 4;
    case MarkerStyle::None:
        break;
    }
    return 0;
}

bool isTrailingPunctuation(QChar c)
{
    return QStringView(u"，,：:；;、").contains(c) || isLayoutSpace(c);
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Dz::OutlineParser)

public:
    Parser(const QString &text, const QString &matchText)
        : m_text(text)
        , m_folded(matchText)
    {
    }

    Outline run()
    {
        splitLines();
        findMarkedCandidates();
        findTitleBlock();
        findSignatureAndDate();
        repairMissingFirstTopHeading();
        repairMissingFirstSubHeadings();
        findOwnLineEnumerations();
        assignLevels();
        computeSpans();
        addPreamble();
        std::sort(m_outline.blocks.begin(), m_outline.blocks.end(), [](const Block &a, const Block &b) {
            return a.span.start < b.span.start;
        });
        return std::move(m_outline);
    }

private:
    QStringView folded(qsizetype from, qsizetype to) const
    {
        return QStringView(m_folded).mid(from, to - from);
    }

    void splitLines()
    {
        qsizetype start = 0;
        while (start <= m_folded.size()) {
            qsizetype end = m_folded.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = m_folded.size();
            Line line {start, end, start, end};
            while (line.contentStart < end && (isLayoutSpace(m_folded.at(line.contentStart)) || m_folded.at(line.contentStart).isSpace()))
                ++line.contentStart;
            while (line.contentEnd > line.contentStart && (isLayoutSpace(m_folded.at(line.contentEnd - 1)) || m_folded.at(line.contentEnd - 1).isSpace()))
                --line.contentEnd;
            splitRunOn(line);
            start = end + 1;
        }
    }

    // A report copied from a web page as one paragraph (…报告如下。 一、主要举措
    // 和成效 （一）深化改革。…（二）…): where at least two top-level markers
    // follow a sentence end or a space, every marker that does so starts a
    // line of its own, and the space after a heading ends its title.
    void splitRunOn(Line line)
    {
        static const QRegularExpression marker(
            u"(?<=[。；;：:!！?？ \\x{3000}])\\s*(?=(?:[一二三四五六七八九十]{1,3}、|\\(\\s*[一二三四五六七八九十]{1,3}\\s*\\)|\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}[.、](?!\\d)))"_s);
        static const QRegularExpression topMarker(u"^[一二三四五六七八九十]{1,3}、"_s);
        QList<qsizetype> cuts;
        int tops = 0;
        if (line.contentLength() > 200) {
            auto it = marker.globalMatchView(folded(line.contentStart, line.contentEnd));
            while (it.hasNext()) {
                const auto m = it.next();
                const qsizetype at = line.contentStart + m.capturedEnd();
                cuts.append(at);
                if (topMarker.matchView(folded(at, qMin(at + 5, line.contentEnd))).hasMatch())
                    ++tops;
            }
        }
        if (tops < 2) {
            m_lines.append(line);
            return;
        }
        qsizetype from = line.contentStart;
        cuts.append(line.contentEnd);
        for (const qsizetype cut : std::as_const(cuts)) {
            Line part {from, cut, from, cut};
            while (part.contentEnd > part.contentStart && (isLayoutSpace(m_folded.at(part.contentEnd - 1)) || m_folded.at(part.contentEnd - 1).isSpace()))
                --part.contentEnd;
            part.runOn = true;
            if (!part.isEmpty())
                m_lines.append(part);
            from = cut;
        }
    }

    // Sets title and inline-body fields from the text after the marker.
    void setTitle(Candidate &c, qsizetype from) const
    {
        const Line &line = m_lines.at(c.line);
        while (from < line.contentEnd && isLayoutSpace(m_folded.at(from)))
            ++from;
        c.titleStart = from;
        // Within the line: searching on to the text's end for every heading
        // without a full stop made a report of many headings quadratic.
        qsizetype stop = QStringView(m_folded).first(line.contentEnd).indexOf(u'。', from);
        if (line.runOn) {
            // In a run-on paragraph the space after a heading ends it.
            for (qsizetype i = from + 2; i < line.contentEnd && (stop < 0 || i < stop); ++i) {
                if (m_folded.at(i) == u' ' || m_folded.at(i) == u'\x3000') {
                    stop = i;
                    break;
                }
            }
        }
        if (stop >= 0 && stop < line.contentEnd) {
            c.titleEnd = stop;
            c.inlineBody = stop + 1 < line.contentEnd;
        } else {
            c.titleEnd = line.contentEnd;
            c.inlineBody = false;
        }
        while (c.titleEnd > c.titleStart && isTrailingPunctuation(m_folded.at(c.titleEnd - 1)))
            --c.titleEnd;
    }

    void findMarkedCandidates()
    {
        static const QRegularExpression chineseComma(u"^([一二三四五六七八九十]{1,3})\\s*[、.,]"_s);
        static const QRegularExpression chineseParen(u"^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*[、.]?"_s);
        static const QRegularExpression arabicDot(u"^(\\d{1,3})\\s*[.、](?!\\d)"_s);
        // "25.12月中旬…": a number glued to a date is item 25 only when item 24 came before.
        static const QRegularExpression arabicDotBeforeDigit(u"^(\\d{1,3})\\s*[.、](?=\\d)"_s);
        static const QRegularExpression arabicParen(u"^\\(\\s*(\\d{1,3})\\s*\\)\\s*[、.]?"_s);
        static const QRegularExpression partWord(u"^第([一二三四五六七八九十]{1,3})(部分|章)"_s);

        const struct {
            const QRegularExpression *re;
            MarkerStyle style;
            bool chinese;
        } patterns[] = {
            {&chineseParen, MarkerStyle::ChineseParen, true},
            {&arabicParen, MarkerStyle::ArabicParen, false},
            {&chineseComma, MarkerStyle::ChineseComma, true},
            {&partWord, MarkerStyle::ChineseComma, true},
            {&arabicDot, MarkerStyle::ArabicDot, false},
            {&arabicDotBeforeDigit, MarkerStyle::ArabicDot, false},
        };

        for (int i = 0; i < m_lines.size(); ++i) {
            const Line &line = m_lines.at(i);
            if (line.isEmpty())
                continue;
            const QStringView content = folded(line.contentStart, line.contentEnd);
            for (const auto &p : patterns) {
                const auto m = p.re->matchView(content);
                if (!m.hasMatch())
                    continue;
                const int number = p.chinese ? chineseNumeralValue(m.capturedView(1)) : m.capturedView(1).toInt();
                if (number <= 0)
                    continue;
                if (p.re == &arabicDotBeforeDigit && number != previousArabicNumber() + 1)
                    continue;
                Candidate c;
                c.line = i;
                c.style = p.style;
                c.number = number;
                c.markerStart = line.contentStart;
                c.markerEnd = line.contentStart + m.capturedEnd();
                setTitle(c, c.markerEnd);
                if (c.titleEnd <= c.titleStart)
                    break; // a bare marker is no heading
                m_candidates.append(c);
                break;
            }
        }
    }

    int previousArabicNumber() const
    {
        for (auto it = m_candidates.crbegin(); it != m_candidates.crend(); ++it) {
            if (it->style == MarkerStyle::ArabicDot)
                return it->number;
        }
        return -1;
    }

    int firstCandidateLine() const
    {
        return m_candidates.isEmpty() ? int(m_lines.size()) : m_candidates.first().line;
    }

    bool isHeadingLike(const Line &line) const
    {
        if (line.isEmpty() || line.contentLength() > MaxUnmarkedHeadingLength)
            return false;
        const QStringView content = folded(line.contentStart, line.contentEnd);
        if (content.contains(u'。') || isTrailingPunctuation(content.back()))
            return false;
        return !isDateLine(line);
    }

    bool isDateLine(const Line &line) const
    {
        // A signature's date may stop at the month (二○二五年一月).
        return !line.isEmpty() && DateReader::readWhole(folded(line.contentStart, line.contentEnd), DateReader::Precision::Month).has_value();
    }

    // The title is the leading run of short lines up to the one naming the
    // document (…报告, …总结); a report that opens with its preamble has none.
    void findTitleBlock()
    {
        const int limit = firstCandidateLine();
        int checked = 0;
        int first = -1;
        for (int i = 0; i < limit && checked < 4; ++i) {
            const Line &line = m_lines.at(i);
            if (line.isEmpty())
                continue;
            ++checked;
            const QStringView content = folded(line.contentStart, line.contentEnd);
            if (line.contentLength() > 50 || content.contains(u'。') || content.endsWith(u':'))
                break;
            if (first < 0)
                first = i;
            if (content.contains(u"报告") || content.contains(u"总结")) {
                m_bodyStartLine = i + 1;
                m_outline.blocks.append({BlockKind::Title, {m_lines.at(first).contentStart, line.contentEnd}});
                return;
            }
        }
    }

    void findSignatureAndDate()
    {
        const int lastCandidate = m_candidates.isEmpty() ? -1 : m_candidates.last().line;
        int i = int(m_lines.size()) - 1;
        while (i > lastCandidate && m_lines.at(i).isEmpty())
            --i;
        if (i <= lastCandidate)
            return;
        int signatureLine = i;
        if (isDateLine(m_lines.at(i))) {
            m_outline.blocks.append({BlockKind::Date, {m_lines.at(i).contentStart, m_lines.at(i).contentEnd}});
            m_contentEndLine = i;
            signatureLine = i - 1;
            while (signatureLine > lastCandidate && m_lines.at(signatureLine).isEmpty())
                --signatureLine;
        } else if (!looksLikeIssuerName(m_lines.at(i))) {
            return;
        }
        if (signatureLine > lastCandidate && looksLikeIssuerName(m_lines.at(signatureLine))) {
            const Line &line = m_lines.at(signatureLine);
            m_outline.blocks.append({BlockKind::Signature, {line.contentStart, line.contentEnd}});
            m_contentEndLine = signatureLine;
        }
    }

    bool looksLikeIssuerName(const Line &line) const
    {
        static const QRegularExpression issuer(u"(委员会|委|局|厅|部|办公室|办|政府|中心|院|署|站|所)$"_s);
        return isHeadingLike(line) && line.contentLength() <= 30 && issuer.matchView(folded(line.contentStart, line.contentEnd)).hasMatch();
    }

    void insertUnmarked(int lineIndex, int level, const QString &why)
    {
        Candidate c;
        c.line = lineIndex;
        c.level = level;
        c.markerStart = m_lines.at(lineIndex).contentStart;
        c.markerEnd = c.markerStart;
        setTitle(c, c.markerStart);
        c.repaired = why;
        const auto at = std::lower_bound(m_candidates.begin(), m_candidates.end(), lineIndex, [](const Candidate &x, int l) {
            return x.line < l;
        });
        m_candidates.insert(at, c);
    }

    // 九龙坡 opens with its first top heading written without 一、: when the
    // first top-level marker is 二、, the heading-like line before the first
    // marked heading of any level is the missing 一、.
    void repairMissingFirstTopHeading()
    {
        const auto firstTop = std::find_if(m_candidates.cbegin(), m_candidates.cend(), [](const Candidate &c) {
            return c.style == MarkerStyle::ChineseComma;
        });
        if (firstTop == m_candidates.cend() || firstTop->number != 2)
            return;
        for (int i = m_bodyStartLine; i < firstCandidateLine(); ++i) {
            if (isHeadingLike(m_lines.at(i))) {
                insertUnmarked(i, 1, tr("No marker: read as 一、 because the next top-level heading is 二、."));
                return;
            }
        }
    }

    // Within each top-level scope, a first sub-heading （二） means the
    // paragraph before it is the unmarked （一）: its first sentence is the title.
    void repairMissingFirstSubHeadings()
    {
        for (int t = 0; t < m_candidates.size(); ++t) {
            const Candidate top = m_candidates.at(t);
            const bool isTop = top.style == MarkerStyle::ChineseComma || (top.style == MarkerStyle::None && top.level == 1);
            if (!isTop)
                continue;
            int next = t + 1;
            while (next < m_candidates.size() && m_candidates.at(next).style != MarkerStyle::ChineseComma
                && !(m_candidates.at(next).style == MarkerStyle::None && m_candidates.at(next).level == 1)) {
                if (m_candidates.at(next).style == MarkerStyle::ChineseParen)
                    break;
                ++next;
            }
            if (next >= m_candidates.size() || m_candidates.at(next).style != MarkerStyle::ChineseParen || m_candidates.at(next).number != 2)
                continue;
            for (int i = top.line + 1; i < m_candidates.at(next).line; ++i) {
                const Line &line = m_lines.at(i);
                if (line.isEmpty())
                    continue;
                if (isHeadingLike(line) || firstSentenceIsTitle(line))
                    insertUnmarked(i, 2, tr("No marker: read as （一） because the next sub-heading is （二）."));
                break;
            }
        }
    }

    bool firstSentenceIsTitle(const Line &line) const
    {
        const qsizetype stop = QStringView(m_folded).first(line.contentEnd).indexOf(u'。', line.contentStart);
        return stop > line.contentStart && stop < line.contentEnd && stop - line.contentStart <= MaxUnmarkedHeadingLength
            && !folded(line.contentStart, stop).contains(u'，');
    }

    // The number of an 一是…/二是… line short enough to be a title only
    // (一是强化组织领导。), or 0. A line that goes on past its first sentence
    // is a paragraph, read as an in-paragraph enumeration.
    int ownLineEnumeration(const Line &line, qsizetype *markerEnd = nullptr) const
    {
        static const QRegularExpression marker(u"^([一二三四五六七八九十]{1,3})是"_s);
        if (line.isEmpty() || line.runOn)
            return 0;
        const QStringView content = folded(line.contentStart, line.contentEnd);
        const auto m = marker.matchView(content);
        if (!m.hasMatch() || content.size() - m.capturedEnd() > MaxUnmarkedHeadingLength)
            return 0;
        QStringView title = content.mid(m.capturedEnd());
        while (!title.isEmpty() && (QStringView(u"。；;!！?？").contains(title.back()) || isTrailingPunctuation(title.back())))
            title.chop(1);
        if (title.size() < 2 || std::any_of(title.begin(), title.end(), [](QChar c) {
                return QStringView(u"。；;!！?？").contains(c);
            }))
            return 0;
        if (markerEnd)
            *markerEnd = line.contentStart + m.capturedEnd();
        return chineseNumeralValue(m.capturedView(1));
    }

    // 一是…/二是… standing on lines of their own, each followed by its body,
    // are headings one level below the heading they stand under. All such
    // lines under one heading qualify together or not at all: numbered
    // 一, 二, … in order, at least two, each with body text after it, else
    // they are a list and stay body.
    void findOwnLineEnumerations()
    {
        const int stop = m_contentEndLine >= 0 ? m_contentEndLine : int(m_lines.size());
        QList<Candidate> found;
        QList<Candidate> group;
        bool groupOk = true;
        int scope = -1;
        auto closeGroup = [&] {
            if (groupOk && group.size() >= 2)
                found.append(group);
            group.clear();
            groupOk = true;
        };
        int next = 0; // the first candidate after the line
        for (int i = m_bodyStartLine; i < stop; ++i) {
            while (next < m_candidates.size() && m_candidates.at(next).line < i)
                ++next;
            if (next < m_candidates.size() && m_candidates.at(next).line == i)
                continue;
            if (next - 1 != scope) {
                closeGroup();
                scope = next - 1;
            }
            qsizetype markerEnd = 0;
            const int number = ownLineEnumeration(m_lines.at(i), &markerEnd);
            if (number <= 0 || scope < 0)
                continue;
            int body = i + 1;
            while (body < stop && m_lines.at(body).isEmpty())
                ++body;
            const bool candidateLine = next < m_candidates.size() && m_candidates.at(next).line == body;
            const bool hasBody = body < stop && !candidateLine && ownLineEnumeration(m_lines.at(body)) == 0;
            groupOk = groupOk && hasBody && number == int(group.size()) + 1;
            Candidate c;
            c.line = i;
            c.number = number;
            c.enumerated = true;
            c.markerStart = m_lines.at(i).contentStart;
            c.markerEnd = markerEnd;
            setTitle(c, markerEnd);
            group.append(c);
        }
        closeGroup();
        for (const Candidate &c : std::as_const(found)) {
            const auto at = std::lower_bound(m_candidates.begin(), m_candidates.end(), c.line, [](const Candidate &x, int l) {
                return x.line < l;
            });
            m_candidates.insert(at, c);
        }
    }

    QString markerText(const Candidate &c) const
    {
        return QStringView(m_text).mid(c.markerStart, c.markerEnd - c.markerStart).trimmed().toString();
    }

    void assignLevels()
    {
        QList<int> open; // indexes into m_outline.sections, innermost last
        for (Candidate &c : m_candidates) {
            const int written = styleLevel(c.style);
            int level = c.style == MarkerStyle::None ? c.level : written;
            QString repaired = c.repaired;
            const int topCount = countChildren(-1, 1);
            if (c.enumerated) {
                // One level below the heading it stands under, not below an 一是 before it.
                const auto enclosing = std::find_if(open.crbegin(), open.crend(), [&](int s) {
                    return !m_sectionEnumerated.at(s);
                });
                if (enclosing == open.crend())
                    continue;
                level = m_outline.sections.at(*enclosing).level + 1;
            }

            if (c.style == MarkerStyle::ArabicDot && topCount > 0 && c.number == topCount + 1 && !c.inlineBody
                && c.titleEnd - c.titleStart <= MaxUnmarkedHeadingLength) {
                const int parent = innermost(open, 2) >= 0 ? innermost(open, 2) : innermost(open, 1);
                const int expectedItem = countChildren(parent, 3) + 1;
                const bool continuesItems = lastItemNumber() + 1 == c.number;
                if (c.number != expectedItem && !continuesItems) {
                    level = 1;
                    repaired = tr("Marker “%1” is written with an Arabic numeral, but by position it is the top-level heading %2、 (after %3、).")
                                   .arg(markerText(c), chineseNumeral(c.number), chineseNumeral(topCount));
                }
            }
            if (c.style == MarkerStyle::ArabicParen && c.number != 1 && innermost(open, 3) < 0 && innermost(open, 2) >= 0) {
                const int previous = innermost(open, 2);
                const int ordinal = countChildren(m_outline.sections.at(previous).parent, 2) + 1;
                level = 2;
                repaired = tr("Marker “%1” is a fourth-level marker with no 1. item above it; by position it is the second-level heading （%2） (after %3).")
                               .arg(markerText(c), chineseNumeral(ordinal), m_outline.sections.at(previous).marker);
            }

            while (!open.isEmpty() && m_outline.sections.at(open.last()).level >= level)
                open.removeLast();
            Section s;
            s.level = level;
            s.parent = open.isEmpty() ? -1 : open.last();
            s.ordinal = countChildren(s.parent, level) + 1;
            s.marker = markerText(c);
            s.kind =
                (level == 3 && (c.inlineBody || c.titleEnd - c.titleStart > MaxNumberedHeadingLength)) ? SectionKind::NumberedParagraph : SectionKind::Heading;
            s.titleSpan = {c.titleStart, c.titleEnd};
            s.title = m_text.mid(c.titleStart, c.titleEnd - c.titleStart);
            s.headingSpan = {c.markerStart, c.titleEnd};
            if (repaired.isEmpty() && c.style != MarkerStyle::None && level <= 2 && c.number != s.ordinal) {
                repaired = tr("Numbered %1 but it is heading %2 at its level.").arg(s.marker).arg(s.ordinal);
            }
            s.repaired = repaired;
            if (!repaired.isEmpty())
                qCDebug(lcOutline) << "repaired" << s.marker << s.title << repaired;
            m_sectionLines.append(c.line);
            m_sectionNumbers.append(c.number);
            m_sectionEnumerated.append(c.enumerated);
            ++m_childCounts[childKey(s.parent, s.level)];
            if (s.level == 3 && !c.enumerated)
                m_lastItemNumber = c.number;
            m_outline.sections.append(s);
            open.append(int(m_outline.sections.size()) - 1);
        }
    }

    static qint64 childKey(int parent, int level)
    {
        return (qint64(parent) + 1) * 8 + level;
    }

    // Counted as sections are made: counting them again for each section
    // would make a report of many sections quadratic.
    int countChildren(int parent, int level) const
    {
        return m_childCounts.value(childKey(parent, level));
    }

    // The innermost open section of @p level, or -1.
    int innermost(const QList<int> &open, int level) const
    {
        for (auto it = open.crbegin(); it != open.crend(); ++it) {
            if (m_outline.sections.at(*it).level == level)
                return *it;
        }
        return -1;
    }

    // The number written on the last level-3 item, wherever it stands:
    // 滨海 numbers its items 1.…41. across sub-headings.
    int lastItemNumber() const
    {
        return m_lastItemNumber;
    }

    qsizetype contentEnd() const
    {
        if (m_contentEndLine >= 0)
            return m_lines.at(m_contentEndLine).start;
        return m_text.size();
    }

    qsizetype trimBack(qsizetype from, qsizetype to) const
    {
        while (to > from && m_text.at(to - 1).isSpace())
            --to;
        return to;
    }

    void computeSpans()
    {
        auto &sections = m_outline.sections;
        for (int i = 0; i < sections.size(); ++i) {
            qsizetype end = contentEnd();
            for (int j = i + 1; j < sections.size(); ++j) {
                if (sections.at(j).level <= sections.at(i).level) {
                    end = sections.at(j).headingSpan.start;
                    break;
                }
            }
            sections[i].span = {sections.at(i).headingSpan.start, trimBack(sections.at(i).headingSpan.start, end)};
        }
        for (int i = 0; i < sections.size(); ++i) {
            qsizetype bodyEnd = sections.at(i).span.end;
            if (i + 1 < sections.size() && sections.at(i + 1).parent == i)
                bodyEnd = sections.at(i + 1).headingSpan.start;
            const qsizetype bodyStart = sections.at(i).titleSpan.end;
            sections[i].bodySpan = {bodyStart, qMax(bodyStart, trimBack(bodyStart, bodyEnd))};
            sections[i].enumeration = findEnumeration(bodyStart, bodyEnd);
        }
    }

    QList<EnumerationItem> findEnumeration(qsizetype from, qsizetype to) const
    {
        static const QRegularExpression marker(u"([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[,、])|([\\x{2460}-\\x{2473}])"_s);
        QList<EnumerationItem> items;
        if (to <= from)
            return items;
        int last = 0;
        auto it = marker.globalMatchView(folded(from, to));
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype at = from + m.capturedStart();
            const QChar before = at > 0 ? m_folded.at(at - 1) : QLatin1Char('\n');
            const bool lineStart = before == QLatin1Char('\n') || isLayoutSpace(before);
            if (!lineStart && !QStringView(u"。；;：:，,！!？?)").contains(before))
                continue;
            int n = 0;
            if (m.capturedLength(1) > 0)
                n = chineseNumeralValue(m.capturedView(1));
            else if (m.capturedLength(2) > 0)
                n = chineseNumeralValue(m.capturedView(2));
            else
                n = m.capturedView(3).at(0).unicode() - 0x2460 + 1;
            const bool follows = n == last + 1 || n == 1 || (lineStart && n > last && n <= last + 2);
            if (n <= 0 || !follows)
                continue;
            EnumerationItem item;
            item.marker = m_text.mid(at, m.capturedLength());
            item.ordinal = n;
            item.span = {at, to};
            if (!items.isEmpty())
                items.last().span.end = qMin(items.last().span.end, at);
            items.append(item);
            last = n;
        }
        for (EnumerationItem &item : items) {
            qsizetype lineEnd = m_folded.indexOf(QLatin1Char('\n'), item.span.start);
            if (lineEnd >= 0 && lineEnd < item.span.end)
                item.span.end = lineEnd;
            item.span.end = trimBack(item.span.start, item.span.end);
            qsizetype titleStart = item.span.start + item.marker.size();
            while (titleStart < item.span.end && isTrailingPunctuation(m_folded.at(titleStart)))
                ++titleStart;
            qsizetype titleEnd = titleStart;
            while (titleEnd < item.span.end && !QStringView(u"。；;").contains(m_folded.at(titleEnd)))
                ++titleEnd;
            while (titleEnd > titleStart && isTrailingPunctuation(m_folded.at(titleEnd - 1)))
                --titleEnd;
            item.title = m_text.mid(titleStart, titleEnd - titleStart);
        }
        return items;
    }

    void addPreamble()
    {
        const int stop = m_sectionLines.isEmpty() ? (m_contentEndLine >= 0 ? m_contentEndLine : int(m_lines.size())) : m_sectionLines.first();
        qsizetype start = -1;
        qsizetype end = -1;
        for (int i = m_bodyStartLine; i < stop; ++i) {
            const Line &line = m_lines.at(i);
            if (line.isEmpty())
                continue;
            if (start < 0)
                start = line.contentStart;
            end = line.contentEnd;
        }
        if (start >= 0)
            m_outline.blocks.append({BlockKind::Preamble, {start, end}});
    }

    const QString &m_text;
    const QString &m_folded;
    QList<Line> m_lines;
    QList<Candidate> m_candidates;
    QList<int> m_sectionLines; ///< per section: its heading's line
    QList<int> m_sectionNumbers; ///< per section: the number its marker carries (0 when unmarked)
    QList<bool> m_sectionEnumerated; ///< per section: an 一是… line of its own
    QHash<qint64, int> m_childCounts; ///< sections by parent and level (childKey())
    int m_lastItemNumber = 0; ///< the number of the last level-3 item, enumerations aside
    int m_bodyStartLine = 0;
    int m_contentEndLine = -1;
    Outline m_outline;
};

} // namespace

Outline OutlineParser::parse(const QString &text, const QString &matchText)
{
    Q_ASSERT(text.size() == matchText.size());
    return Parser(text, matchText).run();
}

} // namespace Dz
