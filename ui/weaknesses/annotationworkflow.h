#pragma once

#include "base/textspan.h"
#include "project/annotation.h"

#include <QObject>

namespace Dz
{

class AnalysisController;
class AnnotationsPane;
class CompareView;
class ProjectController;
class WeaknessBoard;
class WeaknessMatrixModel;

/**
 * The analyst's annotations on the compared reports.
 *
 * Shows them where they belong (marks in the compare columns, the
 * Annotations list with each one's weakness theme, notes on the weakness
 * board) and turns what the analyst asks for in those views (annotate a
 * selection, edit, remove, place again) into undoable project commands.
 * The session's annotationsChanged() and a new comparison call show().
 */
class AnnotationWorkflow : public QObject
{
    Q_OBJECT

public:
    AnnotationWorkflow(AnalysisController *analysis, ProjectController *project, CompareView *compare, AnnotationsPane *pane, WeaknessBoard *board,
        const WeaknessMatrixModel *weaknesses, QWidget *dialogParent);

    /// Shows the compared reports' annotations as the session holds them.
    void show();
    /// Annotates @p span of compared report @p report with @p what's note,
    /// tags, severity and status (undoable).
    void add(int report, TextSpan span, const Annotation &what);
    /// Asks for a note on @p span of compared report @p report, then adds it.
    void annotate(int report, TextSpan span);
    void edit(const Annotation &annotation);
    /// Anchors @p annotation again at the selection in its report's column.
    void place(const Annotation &annotation);

Q_SIGNALS:
    /// An annotation was added: the list should be in sight.
    void added();

private:
    QStringList tags() const;

    AnalysisController *m_analysis;
    ProjectController *m_project;
    CompareView *m_compare;
    AnnotationsPane *m_pane;
    WeaknessBoard *m_board;
    const WeaknessMatrixModel *m_weaknesses;
    QWidget *m_dialogParent;
};

} // namespace Dz
