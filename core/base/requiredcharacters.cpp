#include "base/requiredcharacters.h"

#include <algorithm>

namespace Dz
{

namespace
{

// A character that stands for itself outside a class.
bool isLiteral(QChar c)
{
    if (c.unicode() >= 0x80)
        return !c.isSpace();
    return c.isLetterOrNumber();
}

// The end of the group or class opened at @p open (its closing character's
// index), or -1 when it never closes.
qsizetype closingOf(QStringView p, qsizetype open)
{
    int depth = 0;
    qsizetype classStart = -1; // the [ of the class we are in, or -1
    for (qsizetype i = open; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\') {
            ++i;
        } else if (classStart >= 0) {
            // A ] first in a class ([]…], [^]…]) is one of its characters.
            const bool first = i == classStart + 1 || (i == classStart + 2 && p.at(classStart + 1) == u'^');
            if (c == u']' && !first) {
                if (classStart == open)
                    return i;
                classStart = -1;
            }
        } else if (c == u'[') {
            classStart = i;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// The characters a group requires one of: each alternative one literal character; else empty.
QString oneOf(QStringView inner)
{
    QString set;
    for (QStringView alternative : inner.split(u'|')) {
        if (alternative.size() != 1 || !isLiteral(alternative.front()))
            return {};
        set += alternative.front();
    }
    return set;
}

// True when the quantifier at @p i (if any) lets the atom before it be absent.
bool optionalAt(QStringView p, qsizetype i)
{
    if (i >= p.size())
        return false;
    const QChar q = p.at(i);
    if (q == u'?' || q == u'*')
        return true;
    if (q == u'{') {
        qsizetype j = i + 1;
        while (j < p.size() && p.at(j).isSpace())
            ++j;
        return j < p.size() && (p.at(j) == u'0' || p.at(j) == u',');
    }
    return false;
}

} // namespace

QList<QString> requiredCharacters(QStringView p)
{
    // An inline option ((?i), (?x) …) changes what a character matches.
    for (qsizetype at = p.indexOf(u"(?"); at >= 0; at = p.indexOf(u"(?", at + 1)) {
        if (at + 2 < p.size() && (p.at(at + 2).isLetter() || p.at(at + 2) == u'-' || p.at(at + 2) == u'^'))
            return {};
    }
    QList<QString> required;
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p.at(i);
        QString atom;
        qsizetype next = i + 1;
        if (c == u'|') {
            return {}; // alternatives at the top: nothing every match needs
        } else if (c == u'\\') {
            next = i + 2; // an escape: a class (\d), an anchor or a character; none taken
            if (next <= p.size() && i + 1 < p.size() && (p.at(i + 1) == u'x' || p.at(i + 1) == u'p' || p.at(i + 1) == u'P') && next < p.size()
                && p.at(next) == u'{') {
                const qsizetype close = p.indexOf(u'}', next);
                if (close < 0)
                    return {};
                next = close + 1;
            }
        } else if (c == u'[' || c == u'(') {
            const qsizetype close = closingOf(p, i);
            if (close < 0)
                return {};
            next = close + 1;
            if (c == u'(') {
                QStringView inner = p.mid(i + 1, close - i - 1);
                if (inner.startsWith(u"?:"))
                    atom = oneOf(inner.mid(2));
                else if (!inner.startsWith(u'?'))
                    atom = oneOf(inner);
                // Lookarounds and other (?…) groups require nothing here.
            }
        } else if (isLiteral(c)) {
            atom = QString(c);
        }
        if (!atom.isEmpty() && !optionalAt(p, next))
            required.append(atom);
        // Skip the quantifier and its lazy or possessive mark.
        if (next < p.size() && (p.at(next) == u'?' || p.at(next) == u'*' || p.at(next) == u'+')) {
            ++next;
        } else if (next < p.size() && p.at(next) == u'{') {
            const qsizetype close = p.indexOf(u'}', next);
            next = close < 0 ? p.size() : close + 1;
        } else {
            i = next;
            continue;
        }
        if (next < p.size() && (p.at(next) == u'?' || p.at(next) == u'+'))
            ++next;
        i = next;
    }
    return required;
}

bool holdsRequiredCharacters(QStringView text, const QList<QString> &required)
{
    return std::all_of(required.cbegin(), required.cend(), [text](const QString &set) {
        return std::any_of(set.cbegin(), set.cend(), [text](QChar c) {
            return text.contains(c);
        });
    });
}

} // namespace Dz
