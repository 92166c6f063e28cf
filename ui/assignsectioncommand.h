#pragma once

#include "alignmentcorrection.h"

#include <QUndoCommand>

#include <optional>

namespace Dz
{

class AnalysisController;

/// "Assign section to node" as an undoable step: redo places the section,
/// undo puts back what was there before (the automatic place or an earlier
/// correction).
class AssignSectionCommand final : public QUndoCommand
{
public:
    AssignSectionCommand(AnalysisController *controller, const AlignmentCorrection &correction, const QString &text);

    void redo() override;
    void undo() override;

private:
    AnalysisController *m_controller;
    AlignmentCorrection m_correction;
    std::optional<AlignmentCorrection> m_replaced;
};

} // namespace Dz
