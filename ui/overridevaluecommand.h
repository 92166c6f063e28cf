#pragma once

#include "indicatortablemodel.h"

#include <QUndoCommand>

#include <optional>

namespace Dz
{

class AnalysisController;

/// Setting or resetting an analyst's value for one indicator of one report,
/// undoable: undo restores what was there (the extracted value or an earlier override).
class OverrideValueCommand final : public QUndoCommand
{
public:
    /// @p value nullopt resets to the extracted value.
    OverrideValueCommand(
        AnalysisController *controller, const QString &reportFile, const QString &indicator, const std::optional<ValueOverride> &value, const QString &text);

    void redo() override;
    void undo() override;

private:
    AnalysisController *m_controller;
    QString m_reportFile;
    QString m_indicator;
    std::optional<ValueOverride> m_value;
    std::optional<ValueOverride> m_previous;
};

} // namespace Dz
