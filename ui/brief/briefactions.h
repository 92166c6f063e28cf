#pragma once

#include "export/comparisonbrief.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace Dz
{

class AnalysisController;
class IndicatorTableModel;
class ProjectController;

/**
 * File → Export Brief…: the comparison on screen as a Word brief
 * (ComparisonBrief). The dialog asks for the title, the subtitle and how to
 * group the annotations, then where to save; the charts are drawn as the
 * Indicators view draws them, with a progress dialog that can cancel.
 *
 * The brief is written from what the views show: the comparison (the
 * analyst's corrections), the indicator table model (the analyst's values),
 * the controller's audit of the same reports (the Audit view's; audited now
 * if it has not finished) and the project's annotations of the compared reports.
 */
class BriefActions final : public QObject
{
    Q_OBJECT

public:
    BriefActions(AnalysisController *analysis, IndicatorTableModel *table, ProjectController *project, QWidget *window);

    QAction *exportAction() const
    {
        return m_export;
    }
    /// What a brief of the comparison on screen is written from.
    ComparisonBrief::Sources sources() const;
    /// The options for the comparison on screen: the analyst's last title,
    /// subtitle and grouping, else the defaults; in the interface's language.
    ComparisonBrief::Options options() const;
    /// Writes the brief to @p path (no dialog). @p progress is told of each
    /// chart drawn (done, count) and stops the export by returning false.
    Result<qint64> exportTo(const QString &path, const ComparisonBrief::Options &options, const std::function<bool(int, int)> &progress = {}) const;

    void updateEnabled();
    void retranslate();

Q_SIGNALS:
    /// A brief was written to @p path.
    void exported(const QString &path);

private:
    void chooseAndExport();

    AnalysisController *m_analysis;
    IndicatorTableModel *m_table;
    ProjectController *m_project;
    QWidget *m_window;
    QAction *m_export = nullptr;
    QString m_title;
    QString m_subtitle;
    ComparisonBrief::Grouping m_grouping = ComparisonBrief::Grouping::ByTheme;
};

} // namespace Dz
