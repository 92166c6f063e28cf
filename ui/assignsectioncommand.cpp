#include "assignsectioncommand.h"

#include "analysiscontroller.h"

namespace Dz
{

AssignSectionCommand::AssignSectionCommand(AnalysisController *controller, const AlignmentCorrection &correction, const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_correction(correction)
{
}

void AssignSectionCommand::redo()
{
    m_replaced.reset();
    for (const AlignmentCorrection &c : m_controller->corrections()) {
        if (c.kind == m_correction.kind && c.section == m_correction.section)
            m_replaced = c;
    }
    m_controller->addCorrection(m_correction);
}

void AssignSectionCommand::undo()
{
    if (m_replaced)
        m_controller->addCorrection(*m_replaced);
    else
        m_controller->removeCorrection(m_correction);
}

} // namespace Dz
