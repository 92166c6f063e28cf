#pragma once

#include <QDialog>

class QCheckBox;

namespace Dz
{

/**
 * What a first start shows: the three first steps (bring reports in,
 * compare them, correct and export) and a link to the user guide. Shown
 * until the analyst unticks "Show at start"; Help → Welcome shows it again.
 */
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    /// True until the welcome has been closed with "Show at start" unticked.
    static bool showsAtStart();
    static void setShowsAtStart(bool show);

    QCheckBox *showAtStart() const
    {
        return m_showAtStart;
    }

Q_SIGNALS:
    void guideRequested();

private:
    QCheckBox *m_showAtStart = nullptr;
};

} // namespace Dz
