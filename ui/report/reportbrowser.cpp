#include "report/reportbrowser.h"

#include "project/reportlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Reports compared stand out: bold, with their column number at the right.
class ComparedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ReportListModel::ComparedRole).toInt() > 0)
            option->font.setBold(true);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int column = index.data(ReportListModel::ComparedRole).toInt();
        QStyleOptionViewItem opt = option;
        if (column > 0)
            opt.rect.adjust(0, 0, -26, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        if (column <= 0)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF badge(option.rect.right() - 23, option.rect.center().y() - 9, 20, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x1f, 0x38, 0x64));
        painter->drawRoundedRect(badge, 9, 9);
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.8);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, QString::number(column));
        painter->restore();
    }
};

} // namespace

ReportBrowser::ReportBrowser(QListView *list, ReportListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_model(model)
{
    m_list->setItemDelegate(new ComparedDelegate(m_list));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ReportBrowser::showContextMenu);

    m_search = new QLineEdit;
    m_search->setObjectName(u"reportSearch"_s);
    m_search->setClearButtonEnabled(true);

    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(u"reportGroupBy"_s);
    for (const ReportGroupKey key : {ReportGroupKey::None, ReportGroupKey::Province, ReportGroupKey::City, ReportGroupKey::County, ReportGroupKey::Township,
             ReportGroupKey::Body, ReportGroupKey::Level, ReportGroupKey::Year})
        m_groupBy->addItem(QString(), int(key));
    m_group = new QComboBox;
    m_group->setObjectName(u"reportGroup"_s);
    m_group->setEnabled(false);

    m_compare = new QPushButton;
    m_compare->setObjectName(u"compareShown"_s);
    m_edit = new QPushButton;
    m_edit->setObjectName(u"editIdentity"_s);

    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_groupBy);
    groupRow->addWidget(m_group, 1);
    m_actionRow = new QWidget;
    auto *actionLayout = new QHBoxLayout(m_actionRow);
    actionLayout->setContentsMargins({});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(groupRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_actionRow);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ReportBrowser::applyFilter);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &ReportBrowser::refreshGroups);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ReportBrowser::applyFilter);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> rows = visibleRows();
        if (!rows.isEmpty())
            Q_EMIT compareShownRequested(rows);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_list->currentIndex().isValid())
            Q_EMIT editIdentityRequested(m_list->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
        // Marking the compared reports changes no group.
        if (roles != QList<int> {ReportListModel::ComparedRole})
            refreshGroups();
    });
    retranslate();
    refreshGroups();
}

void ReportBrowser::setComparisonActions(const QList<QAction *> &actions)
{
    m_comparisonActions = actions;
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    for (QAction *action : actions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_actionRow->layout()->addWidget(button);
        m_actionButtons.append(button);
    }
}

void ReportBrowser::showContextMenu(const QPoint &position)
{
    QMenu menu;
    menu.addActions(m_comparisonActions);
    menu.addSeparator();
    QAction *edit = menu.addAction(m_edit->text(), this, [this] {
        if (m_list->currentIndex().isValid())
            Q_EMIT editIdentityRequested(m_list->currentIndex().row());
    });
    edit->setEnabled(m_list->currentIndex().isValid());
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ReportBrowser::refreshGroups()
{
    const auto key = ReportGroupKey(m_groupBy->currentData().toInt());
    const QString current = m_group->currentData().toString();
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        if (key != ReportGroupKey::None) {
            for (const ReportGroup &g : ReportGrouping::groups(m_model->reports(), key))
                m_group->addItem(tr("%1 (%n report(s))", nullptr, int(g.rows.size())).arg(g.name), g.name);
            const int keep = m_group->findData(current);
            m_group->setCurrentIndex(keep >= 0 ? keep : 0);
        }
        m_group->setEnabled(key != ReportGroupKey::None);
    }
    applyFilter();
}

void ReportBrowser::applyFilter()
{
    const auto key = ReportGroupKey(m_groupBy->currentData().toInt());
    const QString group = m_group->currentData().toString();
    const QString search = m_search->text().trimmed();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Report &r = m_model->report(row);
        const bool inGroup = key == ReportGroupKey::None || ReportGrouping::groupOf(r, key) == group;
        m_list->setRowHidden(row, !(inGroup && ReportGrouping::matches(r, search)));
    }
    m_compare->setEnabled(!visibleRows().isEmpty());
}

QList<int> ReportBrowser::visibleRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_list->isRowHidden(row))
            rows.append(row);
    }
    return rows;
}

void ReportBrowser::setSearch(const QString &text)
{
    m_search->setText(text);
}

void ReportBrowser::setGrouping(ReportGroupKey key)
{
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(key)));
}

void ReportBrowser::setGroup(const QString &name)
{
    m_group->setCurrentIndex(m_group->findData(name));
}

void ReportBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshGroups(); // the groups' counts are words too
    }
    QWidget::changeEvent(event);
}

void ReportBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Filter reports (place, body, year, file)"));
    const QStringList groupings {
        tr("All reports"), tr("By province"), tr("By city"), tr("By county or district"), tr("By 街道 or 乡镇"), tr("By body"), tr("By level"), tr("By year")};
    for (int i = 0; i < groupings.size() && i < m_groupBy->count(); ++i)
        m_groupBy->setItemText(i, groupings.at(i));
    m_compare->setText(tr("Compare Shown"));
    m_compare->setToolTip(tr("Compare exactly the reports shown (undoable): a group is compared, charted and put in a deck in one step"));
    m_edit->setText(tr("Edit Identity…"));
    m_edit->setToolTip(tr("Set the place (down to a 街道 or 乡镇), issuer, parent body, year or publish date of the current report"));
    m_list->setToolTip(tr("Click a report to read it; it stays out of the comparison until you add it. Bold: compared, with its column number."));
}

} // namespace Dz
