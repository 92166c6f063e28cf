#include "brief/briefdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dz
{

BriefDialog::BriefDialog(const QString &title, const QString &subtitle, ComparisonBrief::Grouping grouping, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(title))
    , m_subtitle(new QLineEdit(subtitle))
    , m_grouping(new QComboBox)
{
    setWindowTitle(tr("Export Brief"));
    m_title->setObjectName(QStringLiteral("briefTitle"));
    m_subtitle->setObjectName(QStringLiteral("briefSubtitle"));
    m_grouping->setObjectName(QStringLiteral("briefGrouping"));
    m_grouping->addItem(tr("By theme"), int(ComparisonBrief::Grouping::ByTheme));
    m_grouping->addItem(tr("By report"), int(ComparisonBrief::Grouping::ByReport));
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
    m_title->setMinimumWidth(420);

    auto *intro = new QLabel(tr("A Word document (.docx) of the reports compared: a summary of each section written from the figures, the indicator "
                                "table, the charts, the weakness matrix, the audit and your annotations, as the views show them."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    form->addRow(tr("&Annotations:"), m_grouping);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString BriefDialog::title() const
{
    return m_title->text().trimmed();
}

QString BriefDialog::subtitle() const
{
    return m_subtitle->text().trimmed();
}

ComparisonBrief::Grouping BriefDialog::grouping() const
{
    return ComparisonBrief::Grouping(m_grouping->currentData().toInt());
}

} // namespace Dz
