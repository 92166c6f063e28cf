#pragma once

#include "export/comparisonbrief.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Dz
{

/// What the analyst sets before a brief is written: its title and subtitle,
/// and how the annotations are grouped.
class BriefDialog final : public QDialog
{
    Q_OBJECT

public:
    BriefDialog(const QString &title, const QString &subtitle, ComparisonBrief::Grouping grouping, QWidget *parent = nullptr);

    QString title() const;
    QString subtitle() const;
    ComparisonBrief::Grouping grouping() const;

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QComboBox *m_grouping = nullptr;
};

} // namespace Dz
