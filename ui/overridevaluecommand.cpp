#include "overridevaluecommand.h"

#include "analysiscontroller.h"

namespace Dz
{

OverrideValueCommand::OverrideValueCommand(
    AnalysisController *controller, const QString &reportFile, const QString &indicator, const std::optional<ValueOverride> &value, const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_reportFile(reportFile)
    , m_indicator(indicator)
    , m_value(value)
{
}

void OverrideValueCommand::redo()
{
    m_previous = m_controller->valueOverride(m_reportFile, m_indicator);
    m_controller->setValueOverride(m_reportFile, m_indicator, m_value);
}

void OverrideValueCommand::undo()
{
    m_controller->setValueOverride(m_reportFile, m_indicator, m_previous);
}

} // namespace Dz
