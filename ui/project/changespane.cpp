#include "project/changespane.h"

#include "project/changefiltermodel.h"
#include "project/changelistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

ChangesPane::ChangesPane(ChangeListModel *model, ChangeFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
{
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choices = new QHBoxLayout;
    layout->addLayout(choices);
    m_authorLabel = new QLabel;
    m_author = new QComboBox;
    m_author->setObjectName(u"changesAuthor"_s);
    m_authorLabel->setBuddy(m_author);
    m_reportLabel = new QLabel;
    m_report = new QComboBox;
    m_report->setObjectName(u"changesReport"_s);
    m_report->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reportLabel->setBuddy(m_report);
    choices->addWidget(m_authorLabel);
    choices->addWidget(m_author);
    choices->addSpacing(12);
    choices->addWidget(m_reportLabel);
    choices->addWidget(m_report);
    choices->addStretch();

    m_table = new QTableView;
    m_table->setObjectName(u"changesTable"_s);
    m_table->setModel(m_filter);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeListModel::AuthorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeListModel::ReportColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeListModel::WhatColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);

    connect(m_author, &QComboBox::activated, this, [this] {
        m_filter->setAuthor(m_author->currentData().toString());
    });
    connect(m_report, &QComboBox::activated, this, [this] {
        m_filter->setReportId(m_report->currentData().toLongLong());
    });
    connect(m_model, &ChangeListModel::choicesChanged, this, &ChangesPane::fillChoices);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(ChangeListModel::ReportIdRole).toLongLong(); id > 0)
            Q_EMIT reportRequested(id);
    });
    retranslate();
}

void ChangesPane::choose(const QString &author, qint64 reportId)
{
    m_filter->setAuthor(author);
    m_filter->setReportId(reportId);
    fillChoices();
}

void ChangesPane::fillChoices()
{
    // The choice stays while it is offered; otherwise everyone's, every report's.
    const QStringList authors = m_model->authors();
    if (!m_filter->author().isEmpty() && !authors.contains(m_filter->author()))
        m_filter->setAuthor({});
    m_author->clear();
    m_author->addItem(tr("Everyone"), QString());
    for (const QString &author : authors)
        m_author->addItem(author, author);
    m_author->setCurrentIndex(qMax(0, m_author->findData(m_filter->author())));

    const QList<qint64> reports = m_model->reports();
    if (m_filter->reportId() > 0 && !reports.contains(m_filter->reportId()))
        m_filter->setReportId(0);
    m_report->clear();
    m_report->addItem(tr("Every report"), qint64(0));
    for (const qint64 id : reports)
        m_report->addItem(m_model->reportLabel(id), id);
    m_report->setCurrentIndex(qMax(0, m_report->findData(m_filter->reportId())));
}

void ChangesPane::retranslate()
{
    m_authorLabel->setText(tr("&Analyst:"));
    m_reportLabel->setText(tr("&Report:"));
    m_table->setToolTip(tr("Who changed what in the project, newest first; double-click a change to show its report"));
    fillChoices();
}

void ChangesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Dz
