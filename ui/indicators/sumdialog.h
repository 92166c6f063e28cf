#pragma once

#include "indicators/indicatorvalue.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Dz
{

/**
 * "Sum Statements": for a report that lists what it did (three trainings,
 * five lectures) without a total, the analyst ticks the statements that
 * make the whole, sees their sum, and says why. The statements chosen are
 * kept with the value as its evidence.
 */
class SumDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p what names the value ("普法活动次数 · 滨海 · 2024"); @p candidates are the statements found, @p unit the indicator's.
    SumDialog(const QString &what, const QList<IndicatorCandidate> &candidates, const QString &unit, QWidget *parent = nullptr);

    /// Ticks statement @p index (of those with a figure, in order).
    void setChecked(int index, bool checked);
    /// The statements ticked, as the parts of the sum.
    QList<IndicatorPart> parts() const;
    Decimal total() const;
    QString note() const;

private:
    void update();

    QList<IndicatorCandidate> m_candidates; ///< those with a figure
    QString m_unit;
    QListWidget *m_list = nullptr;
    QLabel *m_total = nullptr;
    QLineEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dz
