#include "compare/comparetoolbar.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Dz
{

CompareToolBar::CompareToolBar(QWidget *parent)
    : QToolBar(parent)
    , m_searchBox(new QLineEdit)
{
    setObjectName(u"compareTools"_s);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_sync = new QAction(QIcon::fromTheme(u"link"_s), QString(), this);
    m_sync->setObjectName(u"syncAction"_s);
    m_sync->setCheckable(true);
    m_sync->setChecked(true);

    m_next = new QAction(QIcon::fromTheme(u"go-down"_s), QString(), this);
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_next, &QAction::triggered, this, [this] {
        Q_EMIT stepRequested(1);
    });
    m_previous = new QAction(QIcon::fromTheme(u"go-up"_s), QString(), this);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previous, &QAction::triggered, this, [this] {
        Q_EMIT stepRequested(-1);
    });

    m_searchBox->setObjectName(u"searchBox"_s);
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(320);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        Q_EMIT searchRequested(m_searchBox->text());
    });
    m_find = new QAction(QIcon::fromTheme(u"edit-find"_s), QString(), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_searchBox, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });

    addAction(m_previous);
    addAction(m_next);
    addAction(m_sync);
    addSeparator();
    addWidget(m_searchBox);
    retranslate();
}

void CompareToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void CompareToolBar::retranslate()
{
    m_sync->setText(tr("Synchronised Scrolling"));
    m_sync->setToolTip(tr("Scrolling one column keeps the others at the same section"));
    m_next->setText(tr("Next Section"));
    m_previous->setText(tr("Previous Section"));
    m_find->setText(tr("&Find in Reports…"));
    setWindowTitle(tr("Compare"));
    m_searchBox->setPlaceholderText(tr("Search all reports…"));
}

} // namespace Dz
