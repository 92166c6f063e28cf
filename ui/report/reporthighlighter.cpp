#include "report/reporthighlighter.h"

#include "common/workbench_debug.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportHighlighter::ReportHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setTheme(repository().themeForPalette(QGuiApplication::palette()));
    setDefinition(reportDefinition());
}

KSyntaxHighlighting::Repository &ReportHighlighter::repository()
{
    // Loading every definition takes a moment: do it once per process.
    static KSyntaxHighlighting::Repository repo;
    static const bool searchPathAdded = [] {
        repo.addCustomSearchPath(u":/duizhao"_s);
        return true;
    }();
    Q_UNUSED(searchPathAdded)
    return repo;
}

QString ReportHighlighter::definitionName()
{
    return u"Duizhao Report"_s;
}

KSyntaxHighlighting::Definition ReportHighlighter::reportDefinition()
{
    const auto definition = repository().definitionForName(definitionName());
    if (!definition.isValid())
        qCWarning(lcUi) << "syntax definition" << definitionName() << "not found under :/duizhao/syntax";
    return definition;
}

} // namespace Dz
