#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace KSyntaxHighlighting
{
class Definition;
class Repository;
} // namespace KSyntaxHighlighting

namespace Dz
{

/**
 * Highlights a report's text with Duizhao's own syntax definition
 * (resources/syntax/duizhao-report.xml): heading markers by level, numbers
 * with their measure words, dates, 《titles》 and cue words.
 */
class ReportHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ReportHighlighter(QTextDocument *document);

    /// The repository shared by every highlighter: KDE's definitions and themes
    /// plus ours, embedded under :/duizhao/syntax.
    static KSyntaxHighlighting::Repository &repository();
    /// Duizhao's report definition; invalid if the embedded XML failed to load.
    static KSyntaxHighlighting::Definition reportDefinition();

    /// The name the XML declares: <language name="Duizhao Report">.
    static QString definitionName();
};

} // namespace Dz
