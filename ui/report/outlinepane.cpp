#include "report/outlinepane.h"

#include "outline/outlinemodel.h"

#include <QEvent>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

OutlinePane::OutlinePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutlineModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(u"outlineTree"_s);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_view);

    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        handleCurrentChanged(current);
    });
    // A click on the current item again still jumps back to it.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT sectionChosen(index.data(OutlineModel::SectionIndexRole).toInt());
    });
}

void OutlinePane::setReport(const Report &report)
{
    m_model->setReport(report);
    m_view->expandToDepth(0);
}

void OutlinePane::selectPosition(qsizetype position)
{
    const QModelIndex index = m_model->indexAtPosition(position);
    if (index == m_view->currentIndex())
        return;
    m_following = true;
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_following = false;
}

bool OutlinePane::eventFilter(QObject *watched, QEvent *event)
{
    // A view without a current item makes its first item current when it
    // gets focus; that must not count as choosing it (the text would jump).
    if (watched == m_view && event->type() == QEvent::FocusIn && !m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_following = true;
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
        m_following = false;
    }
    return QWidget::eventFilter(watched, event);
}

void OutlinePane::handleCurrentChanged(const QModelIndex &current)
{
    if (m_following || !current.isValid())
        return;
    Q_EMIT sectionChosen(current.data(OutlineModel::SectionIndexRole).toInt());
}

} // namespace Dz
