#include "help/helpwindow.h"

#include "help/helpbrowser.h"
#include "help/helpsystem.h"

#include <QAction>
#include <QEvent>
#include <QHelpContentWidget>
#include <QHelpEngine>
#include <QHelpIndexWidget>
#include <QHelpLink>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

HelpWindow::HelpWindow(HelpSystem *help, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_help(help)
    , m_browser(new HelpBrowser(help))
    , m_tabs(new QTabWidget)
    , m_indexFilter(new QLineEdit)
    , m_query(new QLineEdit)
    , m_results(new QListWidget)
{
    setObjectName(u"helpWindow"_s);
    m_tabs->setObjectName(u"helpTabs"_s);
    m_query->setObjectName(u"helpQuery"_s);
    m_results->setObjectName(u"helpResults"_s);
    m_results->setWordWrap(true);

    auto *tools = new QToolBar;
    m_back = tools->addAction(QIcon::fromTheme(u"go-previous"_s), QString(), m_browser, &QTextBrowser::backward);
    m_forward = tools->addAction(QIcon::fromTheme(u"go-next"_s), QString(), m_browser, &QTextBrowser::forward);
    m_home = tools->addAction(QIcon::fromTheme(u"go-home"_s), QString(), this, [this] {
        showPage(m_help->homePage());
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(tr("%1 — Duizhao User Guide").arg(m_browser->documentTitle()));
    });

    if (QHelpEngine *engine = m_help->engine()) {
        QHelpContentWidget *contents = engine->contentWidget();
        connect(contents, &QHelpContentWidget::linkActivated, this, &HelpWindow::showPage);
        connect(engine->contentModel(), &QHelpContentModel::contentsCreated, contents, &QTreeView::expandAll);
        m_tabs->addTab(contents, QString());

        auto *index = new QWidget;
        auto *indexLayout = new QVBoxLayout(index);
        indexLayout->setContentsMargins(0, 0, 0, 0);
        indexLayout->addWidget(m_indexFilter);
        QHelpIndexWidget *keywords = engine->indexWidget();
        indexLayout->addWidget(keywords);
        connect(m_indexFilter, &QLineEdit::textChanged, keywords, [keywords](const QString &text) {
            keywords->filterIndices(text);
        });
        connect(keywords, &QHelpIndexWidget::documentActivated, this, [this](const QHelpLink &document) {
            showPage(document.url);
        });
        m_tabs->addTab(index, QString());
    }
    auto *searchPage = new QWidget;
    auto *searchLayout = new QVBoxLayout(searchPage);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(m_query);
    searchLayout->addWidget(m_results);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        search(m_query->text());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showPage(item->data(Qt::UserRole).toUrl());
        m_browser->find(m_query->text());
    });
    connect(m_results, &QListWidget::itemClicked, m_results, &QListWidget::itemActivated);
    m_tabs->addTab(searchPage, QString());

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(splitter);
    resize(1100, 760);
    splitter->setSizes({280, 820});
    retranslate();
    if (!m_help->isReady())
        m_browser->setPlainText(m_help->error());
}

void HelpWindow::showPage(const QUrl &url)
{
    if (url.isValid())
        m_browser->setSource(url);
}

void HelpWindow::search(const QString &text)
{
    m_query->setText(text);
    m_results->clear();
    const QList<HelpSystem::Hit> hits = m_help->search(text);
    for (const HelpSystem::Hit &hit : hits) {
        auto *item = new QListWidgetItem(hit.title + u'\n' + hit.snippet, m_results);
        item->setData(Qt::UserRole, hit.url);
    }
    if (hits.isEmpty())
        new QListWidgetItem(tr("No page holds “%1”.").arg(text), m_results);
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Duizhao User Guide"));
    const bool keywords = m_tabs->count() == 3;
    if (keywords) {
        m_tabs->setTabText(0, tr("Contents"));
        m_tabs->setTabText(1, tr("Index"));
    }
    m_tabs->setTabText(m_tabs->count() - 1, tr("Search"));
    m_indexFilter->setPlaceholderText(tr("Look for a keyword"));
    m_query->setPlaceholderText(tr("Search the guide, then Enter"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_home->setText(tr("Home"));
}

} // namespace Dz
