#include "project/analystcommands.h"

#include "alignment/sectionref.h"
#include "base/translationloader.h"
#include "export/deck.h"
#include "models/indicatortablemodel.h"
#include "project/identitydialog.h"
#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "window/analysiscontroller.h"

#include <QDateTime>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dz
{

AnalystCommands::AnalystCommands(ProjectController *project, const AnalysisController *analysis, const IndicatorTableModel *indicators, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_project(project)
    , m_analysis(analysis)
    , m_indicators(indicators)
    , m_dialogParent(dialogParent)
{
}

QString AnalystCommands::valueName(int report, const QString &indicator) const
{
    const Comparison &comparison = m_analysis->comparison();
    return m_indicators->indicatorLabel(indicator) + u" · "_s + comparison.reports.value(report).displayName();
}

void AnalystCommands::setNotReported(int report, const QString &indicator, const QString &reason)
{
    const qint64 id = m_analysis->comparison().keys.value(report);
    if (id == 0)
        return;
    AnalystValue value {id, indicator, Decimal(), reason, QDateTime::currentDateTimeUtc()};
    value.kind = AnalystValue::Kind::NotReported;
    ProjectCommand *command = ProjectCommand::setIndicatorOverride(m_project->commandContext(), value);
    command->setText(tr("Set %1 to not reported").arg(valueName(report, indicator)));
    m_project->undoStack()->push(command);
}

void AnalystCommands::setSum(int report, const QString &indicator, const QList<IndicatorPart> &parts, const QString &note)
{
    const qint64 id = m_analysis->comparison().keys.value(report);
    if (id == 0 || parts.isEmpty())
        return;
    const AnalystValue value = AnalystValue::sum(id, indicator, parts, note);
    ProjectCommand *command = ProjectCommand::setIndicatorOverride(m_project->commandContext(), value);
    command->setText(tr("Set %1 to the sum of %n statement(s), %2", nullptr, int(parts.size())).arg(valueName(report, indicator), value.value.toString()));
    m_project->undoStack()->push(command);
}

void AnalystCommands::editDeck(const Deck &deck, const QString &what)
{
    m_project->undoStack()->push(ProjectCommand::setDeck(m_project->commandContext(), deck.toJson(), what));
}

void AnalystCommands::setIndicatorValue(int report, const QString &indicator, const std::optional<Decimal> &value, const QString &note)
{
    const Comparison &comparison = m_analysis->comparison();
    const qint64 id = comparison.keys.value(report);
    if (id == 0)
        return;
    const QString what = valueName(report, indicator);
    ProjectCommand *command = value
        ? ProjectCommand::setIndicatorOverride(m_project->commandContext(), AnalystValue {id, indicator, *value, note, QDateTime::currentDateTimeUtc()})
        : ProjectCommand::removeIndicatorOverride(m_project->commandContext(), id, indicator);
    command->setText(value ? tr("Set %1 to %2").arg(what, value->toString()) : tr("Reset %1").arg(what));
    m_project->undoStack()->push(command);
}

void AnalystCommands::editIdentity(int row)
{
    const auto stored = m_project->store() ? m_project->store()->reportRecords().report(m_project->reportId(row)) : Result<StoredReport>::failure({});
    IdentityDialog dialog(stored ? stored->summary : ReportSummary(), m_dialogParent);
    if (!stored || dialog.exec() != QDialog::Accepted || dialog.overrides() == stored->summary.overrides)
        return;
    // The session's identityChanged() rereads the list, after the change and after its undo.
    m_project->undoStack()->push(ProjectCommand::setIdentity(m_project->commandContext(), stored->summary.id, dialog.overrides()));
}

void AnalystCommands::assignSection(int report, int section, const QString &node)
{
    const Comparison &comparison = m_analysis->comparison();
    if (report < 0 || report >= comparison.reports.size())
        return;
    const Report &r = comparison.reports.at(report);
    const Section &s = r.sections.at(section);
    auto *command = ProjectCommand::addCorrection(m_project->commandContext(), AlignmentCorrection::reassign(SectionRef::of(r, section), node));
    // The node with its name: analysts read words, not codes.
    QString nodeName = node;
    for (const AlignmentRow &row : comparison.alignment.rows()) {
        if (row.node == node)
            nodeName = node + u' ' + (TranslationLoader::instance()->showsChinese() ? row.label.zh : row.label.en);
    }
    command->setText(tr("Assign “%1” to %2").arg(QString(s.marker + s.title).simplified(), nodeName));
    m_project->undoStack()->push(command);
}

} // namespace Dz
