#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace Dz
{

/**
 * What every match of a regular expression must contain: a list of sets of
 * characters, one of each set (重[^，。]{1,5}轻程序 needs 重, 轻, 程 and 序;
 * (?:仅|只)有? needs 仅 or 只).
 *
 * A text that lacks one of them cannot match, and is answered without
 * running the expression: a catalog's few patterns are tried on every
 * sentence of every report. The reading is cautious: whatever it does not
 * understand (an alternation at the top, a class, an escape, a group of more
 * than single characters, an inline option) it takes to require nothing, so
 * that no match is ever lost; it may only find fewer requirements than there are.
 */
QList<QString> requiredCharacters(QStringView pattern);

/// True when @p text holds one character of each set of @p required.
bool holdsRequiredCharacters(QStringView text, const QList<QString> &required);

/**
 * A regular expression with the characters its every match needs
 * (requiredCharacters()): a text that lacks one is answered without running
 * the expression, which would make a match object for every text tried.
 */
class PrefilteredPattern
{
public:
    explicit PrefilteredPattern(const QRegularExpression &expression)
        : m_expression(expression)
        , m_required(requiredCharacters(expression.pattern()))
    {
    }
    const QRegularExpression &expression() const
    {
        return m_expression;
    }
    /// False when @p text cannot hold a match; true when it may.
    bool mayMatch(QStringView text) const
    {
        return holdsRequiredCharacters(text, m_required);
    }
    bool matches(QStringView text) const
    {
        return mayMatch(text) && m_expression.matchView(text).hasMatch();
    }

private:
    QRegularExpression m_expression;
    QList<QString> m_required;
};

} // namespace Dz
