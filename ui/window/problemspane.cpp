#include "window/problemspane.h"

#include <QEvent>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

ProblemsPane::ProblemsPane(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_clear(new QPushButton)
{
    m_list->setObjectName(u"errorList"_s);
    m_list->setWordWrap(true);
    connect(m_clear, &QPushButton::clicked, this, &ProblemsPane::clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_clear, 0, Qt::AlignRight);
    retranslate();
}

void ProblemsPane::addProblems(const QStringList &problems)
{
    // A problem listed already (a damaged report met by every comparison) is not listed twice.
    const QStringList listed = this->problems();
    QStringList added;
    for (const QString &problem : problems) {
        if (!listed.contains(problem) && !added.contains(problem))
            added.append(problem);
    }
    if (added.isEmpty())
        return;
    m_list->addItems(added);
    Q_EMIT problemsAdded();
}

void ProblemsPane::clear()
{
    m_list->clear();
    Q_EMIT cleared();
}

QStringList ProblemsPane::problems() const
{
    QStringList problems;
    for (int i = 0; i < m_list->count(); ++i)
        problems.append(m_list->item(i)->text());
    return problems;
}

int ProblemsPane::count() const
{
    return m_list->count();
}

void ProblemsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPane::retranslate()
{
    m_clear->setText(tr("Clear"));
}

} // namespace Dz
