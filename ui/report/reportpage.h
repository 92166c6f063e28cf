#pragma once

#include <QWidget>

class QLabel;

namespace Dz
{

struct Report;
class ReportView;

/**
 * The Report tab: one report's text (a ReportView) under a header that says
 * who issued it, for which year and when, with where each value was read
 * from in its tool tip so that the analyst can check it.
 */
class ReportPage final : public QWidget
{
    Q_OBJECT

public:
    /// Takes @p view into the page.
    explicit ReportPage(ReportView *view, QWidget *parent = nullptr);

    /// Shows @p report's header; an empty report says none is selected.
    void setHeaderOf(const Report &report);
    QLabel *header() const
    {
        return m_header;
    }

private:
    QLabel *m_header = nullptr;
};

} // namespace Dz
