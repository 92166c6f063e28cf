#include "compare/comparecolumn.h"

#include "report/reportview.h"

#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// The innermost section whose text holds @p position, or -1.
int sectionAt(const Report &report, qsizetype position)
{
    int found = -1;
    for (int i = 0; i < report.sections.size(); ++i) {
        if (report.sections.at(i).span.contains(position))
            found = i; // later sections in the flat list are deeper
    }
    return found;
}

} // namespace

CompareColumn::CompareColumn(int reportIndex, QWidget *parent)
    : QFrame(parent)
    , m_reportIndex(reportIndex)
    , m_header(new QLabel)
    , m_missing(new QLabel)
    , m_view(new ReportView)
{
    setObjectName(u"compareColumn%1"_s.arg(reportIndex));
    setFrameShape(QFrame::StyledPanel);
    m_header->setObjectName(u"columnHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setAlignment(Qt::AlignCenter);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setContentsMargins(4, 4, 4, 4);

    m_missing->setObjectName(u"missingBanner"_s);
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setWordWrap(true);
    m_missing->setAlignment(Qt::AlignCenter);
    m_missing->setContentsMargins(8, 10, 8, 10);
    m_missing->setAutoFillBackground(true);
    QPalette banner = m_missing->palette();
    banner.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    banner.setColor(QPalette::WindowText, QColor(0xa3, 0x1f, 0x1a));
    m_missing->setPalette(banner);
    m_missing->hide();

    // A report's last sections can still come to the top: the view may
    // scroll past the end of the text.
    m_view->setCenterOnScroll(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CompareColumn::showContextMenu);
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_missing);
    layout->addWidget(m_view, 1);
    // Takes the room of the text while the banner stands alone.
    layout->addStretch(0);
}

void CompareColumn::setReport(const Report &report, const QList<TextMark> &marks)
{
    m_view->setReport(report);
    m_view->setMarks(marks);
    m_header->setText(report.displayName());
    m_header->setToolTip(report.metadata.issuer.value + u'\n' + report.filePath);
    hideMissing();
}

void CompareColumn::setNodes(const QList<std::pair<QString, QString>> &nodes)
{
    m_nodes = nodes;
}

void CompareColumn::showSections(const QList<int> &sections)
{
    hideMissing();
    if (!sections.isEmpty())
        m_view->showSection(sections.constFirst());
}

void CompareColumn::showMissing(const QString &text)
{
    m_missing->setText(text);
    m_missing->show();
    // The previous node's text would read as this node's: it goes while the banner stands.
    m_view->hide();
}

void CompareColumn::hideMissing()
{
    m_missing->hide();
    m_view->show();
}

bool CompareColumn::isShowingMissing() const
{
    return !m_missing->isHidden();
}

void CompareColumn::setCurrent(bool current)
{
    setFrameShadow(current ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(current ? 2 : 1);
}

void CompareColumn::showContextMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_view->createStandardContextMenu(position));
    const QTextCursor selection = m_view->textCursor();
    QAction *annotate = menu->addAction(tr("Annotate Selection…"));
    annotate->setObjectName(u"annotateAction"_s);
    annotate->setEnabled(selection.hasSelection());
    connect(annotate, &QAction::triggered, this, [this, selection] {
        Q_EMIT annotateRequested({selection.selectionStart(), selection.selectionEnd()});
    });
    const Report &report = m_view->report();
    const int section = sectionAt(report, m_view->cursorForPosition(position).position());
    if (section >= 0 && !m_nodes.isEmpty()) {
        const Section &s = report.sections.at(section);
        QString heading = QString(s.marker + s.title).simplified();
        if (heading.size() > 24)
            heading = heading.left(24) + u'…';
        menu->addSeparator();
        QMenu *assign = menu->addMenu(tr("Assign “%1” to").arg(heading));
        assign->setObjectName(u"assignMenu"_s);
        for (const auto &[node, label] : std::as_const(m_nodes)) {
            QAction *action = assign->addAction(node + u"  "_s + label);
            connect(action, &QAction::triggered, this, [this, section, node = node] {
                Q_EMIT assignRequested(section, node);
            });
        }
    }
    menu->exec(m_view->viewport()->mapToGlobal(position));
}

bool CompareColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn)
        Q_EMIT activated();
    return QFrame::eventFilter(watched, event);
}

} // namespace Dz
