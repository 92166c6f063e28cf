#include "report/reportbrowser.h"

#include "project/reportlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

ReportBrowser::ReportBrowser(QListView *list, ReportListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_model(model)
{
    m_search = new QLineEdit;
    m_search->setObjectName(u"reportSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter reports (place, body, year, file)"));

    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(u"reportGroupBy"_s);
    const std::pair<QString, ReportGroupKey> keys[] = {
        {tr("All reports"), ReportGroupKey::None},
        {tr("By province"), ReportGroupKey::Province},
        {tr("By city"), ReportGroupKey::City},
        {tr("By county or district"), ReportGroupKey::County},
        {tr("By 街道 or 乡镇"), ReportGroupKey::Township},
        {tr("By body"), ReportGroupKey::Body},
        {tr("By level"), ReportGroupKey::Level},
        {tr("By year"), ReportGroupKey::Year},
    };
    for (const auto &[label, key] : keys)
        m_groupBy->addItem(label, int(key));
    m_group = new QComboBox;
    m_group->setObjectName(u"reportGroup"_s);
    m_group->setEnabled(false);

    m_compare = new QPushButton(tr("Compare Shown"));
    m_compare->setObjectName(u"compareShown"_s);
    m_compare->setToolTip(tr("Select every report shown, so they are compared, charted and put in a deck together"));
    m_edit = new QPushButton(tr("Edit Identity…"));
    m_edit->setObjectName(u"editIdentity"_s);
    m_edit->setToolTip(tr("Set the place (down to a 街道 or 乡镇), issuer, parent body, year or publish date of the current report"));

    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_groupBy);
    groupRow->addWidget(m_group, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(groupRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ReportBrowser::applyFilter);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &ReportBrowser::refreshGroups);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ReportBrowser::applyFilter);
    connect(m_compare, &QPushButton::clicked, this, &ReportBrowser::compareShown);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_list->currentIndex().isValid())
            Q_EMIT editIdentityRequested(m_list->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReportBrowser::refreshGroups);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReportBrowser::refreshGroups);
    refreshGroups();
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
    m_compare->setEnabled(visibleRows().size() >= 2);
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

void ReportBrowser::compareShown()
{
    QItemSelection selection;
    for (const int row : visibleRows())
        selection.select(m_model->index(row), m_model->index(row));
    if (selection.isEmpty())
        return;
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_list->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
}

} // namespace Dz
