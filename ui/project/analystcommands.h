#pragma once

#include "base/decimal.h"
#include "indicators/indicatorvalue.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class QWidget;

namespace Dz
{

class AnalysisController;
class Deck;
class IndicatorTableModel;
class ProjectController;

/**
 * The analyst's corrections of the comparison on screen, each an undoable
 * command on the project's stack: an indicator's value, a report's
 * identity, a section's place in the scheme. Views ask (by their signals);
 * this decides what the command is, names it for the Undo menu, and pushes
 * it. The window only wires.
 */
class AnalystCommands final : public QObject
{
    Q_OBJECT

public:
    AnalystCommands(ProjectController *project, const AnalysisController *analysis, const IndicatorTableModel *indicators, QWidget *dialogParent);

    /// Sets (or, with no @p value, resets) indicator @p indicator of compared report @p report.
    void setIndicatorValue(int report, const QString &indicator, const std::optional<Dz::Decimal> &value, const QString &note);
    /// Asks for the identity of the report in list row @p row (Edit Identity) and stores a change.
    void editIdentity(int row);
    /// Places section @p section of compared report @p report under scheme node @p node.
    void assignSection(int report, int section, const QString &node);
    /// Keeps @p deck as the project's deck; @p what names the change for Undo.
    void editDeck(const Dz::Deck &deck, const QString &what);
    /// Sets indicator @p indicator of compared report @p report to "not reported", @p reason saying why.
    void setNotReported(int report, const QString &indicator, const QString &reason);
    /// Sets indicator @p indicator of compared report @p report to the sum of @p parts, the statements chosen.
    void setSum(int report, const QString &indicator, const QList<Dz::IndicatorPart> &parts, const QString &note);

private:
    /// "处罚案件 · 滨海 · 2024": what a value command names.
    QString valueName(int report, const QString &indicator) const;

    ProjectController *m_project;
    const AnalysisController *m_analysis;
    const IndicatorTableModel *m_indicators;
    QWidget *m_dialogParent;
};

} // namespace Dz
