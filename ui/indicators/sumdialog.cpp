#include "indicators/sumdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

SumDialog::SumDialog(const QString &what, const QList<IndicatorCandidate> &candidates, const QString &unit, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
    , m_list(new QListWidget)
    , m_total(new QLabel)
    , m_note(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Sum Statements"));
    m_list->setObjectName(u"sumStatements"_s);
    m_list->setWordWrap(true);
    m_total->setObjectName(u"sumTotal"_s);
    m_note->setObjectName(u"sumNote"_s);
    m_note->setPlaceholderText(tr("Why these statements make the whole (e.g. the report lists each training)"));
    for (const IndicatorCandidate &c : candidates) {
        if (!c.figure.value || c.figure.qualifier == IndicatorQualifier::Range)
            continue;
        m_candidates.append(c);
        auto *item = new QListWidgetItem(c.figure.toDisplayString() + c.figure.unit + u" — "_s + c.evidence, m_list);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(c.sectionHeading);
    }
    connect(m_list, &QListWidget::itemChanged, this, &SumDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(what);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(new QLabel(tr("Tick the statements that together make the value:")));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(640, 420);
    update();
}

void SumDialog::setChecked(int index, bool checked)
{
    if (QListWidgetItem *item = m_list->item(index))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<IndicatorPart> SumDialog::parts() const
{
    QList<IndicatorPart> parts;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const IndicatorCandidate &c = m_candidates.at(i);
        parts.append({*c.figure.value, c.evidence, c.numberSpan});
    }
    return parts;
}

Decimal SumDialog::total() const
{
    Decimal sum = Decimal::fromParts(0);
    for (const IndicatorPart &part : parts())
        sum = sum + part.value;
    return sum;
}

QString SumDialog::note() const
{
    return m_note->text().trimmed();
}

void SumDialog::update()
{
    const QList<IndicatorPart> chosen = parts();
    QStringList figures;
    for (const IndicatorPart &part : chosen)
        figures.append(part.value.toString());
    m_total->setText(chosen.isEmpty() ? tr("Nothing ticked yet.") : tr("Sum: %1 = %2 %3").arg(figures.join(u" + "_s), total().toString(), m_unit));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen.isEmpty() && total().isValid());
}

} // namespace Dz
