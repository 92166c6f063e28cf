#include "weaknesses/annotationworkflow.h"

#include "base/translationloader.h"
#include "common/workbench_debug.h"
#include "compare/comparecolumn.h"
#include "compare/compareview.h"
#include "models/annotationtheme.h"
#include "models/weaknessmatrixmodel.h"
#include "project/projectcommand.h"
#include "project/projectcontroller.h"
#include "report/reportview.h"
#include "weaknesses/annotationdialog.h"
#include "weaknesses/annotationspane.h"
#include "weaknesses/weaknessboard.h"
#include "window/analysiscontroller.h"

#include <QMessageBox>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dz
{

AnnotationWorkflow::AnnotationWorkflow(AnalysisController *analysis, ProjectController *project, CompareView *compare, AnnotationsPane *pane,
    WeaknessBoard *board, const WeaknessMatrixModel *weaknesses, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_analysis(analysis)
    , m_project(project)
    , m_compare(compare)
    , m_pane(pane)
    , m_board(board)
    , m_weaknesses(weaknesses)
    , m_dialogParent(dialogParent)
{
    connect(m_pane, &AnnotationsPane::editRequested, this, &AnnotationWorkflow::edit);
    connect(m_pane, &AnnotationsPane::removeRequested, this, [this](const Annotation &annotation) {
        m_project->undoStack()->push(ProjectCommand::removeAnnotation(m_project->commandContext(), annotation));
    });
    connect(m_pane, &AnnotationsPane::placeRequested, this, &AnnotationWorkflow::place);
    connect(m_compare, &CompareView::annotateRequested, this, &AnnotationWorkflow::annotate);
    connect(m_board, &WeaknessBoard::annotateRequested, this, &AnnotationWorkflow::annotate);
}

void AnnotationWorkflow::show()
{
    const AnalystSession *session = m_project->session();
    const Comparison &comparison = m_analysis->comparison();
    const bool chinese = TranslationLoader::instance()->showsChinese();
    QList<ShownAnnotation> shown;
    QList<QList<std::pair<TextSpan, QString>>> notes(comparison.reports.size());
    for (int report = 0; report < comparison.reports.size(); ++report) {
        QList<TextMark> marks;
        for (const Annotation &a : session->annotations(comparison.keys.value(report))) {
            const QString theme = annotationTheme(comparison, report, a.span.start, *m_weaknesses, chinese);
            shown.append({report, comparison.reports.at(report).displayName(), a, theme});
            notes[report].append({a.span, a.note});
            const bool urgent = a.severity == Annotation::Severity::High || a.status == Annotation::Status::Flagged;
            QString tip = tr("Note: %1").arg(a.note.isEmpty() ? tr("(none)") : a.note);
            if (!a.tags.isEmpty())
                tip += u"\n"_s + tr("Tags: %1").arg(a.tags.join(u", "_s));
            tip += u"\n"_s + severityText(a.severity) + u" · "_s + statusText(a.status);
            if (!a.needsReanchoring)
                marks.append({a.span, urgent ? TextMark::Kind::UrgentAnnotation : TextMark::Kind::Annotation, tip});
        }
        m_compare->setAnnotationMarks(report, marks);
    }
    m_pane->setAnnotations(shown);
    m_board->setNotes(notes);
}

void AnnotationWorkflow::add(int report, TextSpan span, const Annotation &what)
{
    const Comparison &comparison = m_analysis->comparison();
    const qint64 id = comparison.keys.value(report);
    if (id == 0 || report >= comparison.reports.size() || !span.isValid() || span.length() == 0)
        return;
    Annotation annotation = Annotation::of(id, comparison.reports.at(report).text, span);
    annotation.note = what.note;
    annotation.tags = what.tags;
    annotation.severity = what.severity;
    annotation.status = what.status;
    m_project->undoStack()->push(ProjectCommand::addAnnotation(m_project->commandContext(), annotation));
    Q_EMIT added();
}

void AnnotationWorkflow::annotate(int report, TextSpan span)
{
    const Comparison &comparison = m_analysis->comparison();
    const qint64 id = comparison.keys.value(report);
    if (id == 0 || report >= comparison.reports.size() || span.length() == 0)
        return;
    const Annotation draft = Annotation::of(id, comparison.reports.at(report).text, span);
    AnnotationDialog dialog(draft, tags(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        add(report, span, dialog.result());
}

void AnnotationWorkflow::edit(const Annotation &annotation)
{
    AnnotationDialog dialog(annotation, tags(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && !(dialog.result() == annotation))
        m_project->undoStack()->push(ProjectCommand::editAnnotation(m_project->commandContext(), annotation, dialog.result()));
}

void AnnotationWorkflow::place(const Annotation &annotation)
{
    const Comparison &comparison = m_analysis->comparison();
    const int report = int(comparison.keys.indexOf(annotation.reportId));
    if (report < 0 || report >= m_compare->columns().size())
        return;
    const QTextCursor selection = m_compare->columns().at(report)->view()->textCursor();
    if (!selection.hasSelection()) {
        const QString message = tr("Select the passage in %1's column first.").arg(comparison.reports.at(report).displayName());
        qCInfo(lcUi).noquote() << message;
        QMessageBox::warning(m_dialogParent, tr("Place Annotation"), message);
        return;
    }
    m_project->undoStack()->push(ProjectCommand::placeAnnotation(
        m_project->commandContext(), annotation, comparison.reports.at(report).text, {selection.selectionStart(), selection.selectionEnd()}));
}

QStringList AnnotationWorkflow::tags() const
{
    const auto tags = m_project->store() ? m_project->store()->analystRecords().tags() : Result<QStringList>(QStringList());
    return tags ? tags.value() : QStringList();
}

} // namespace Dz
