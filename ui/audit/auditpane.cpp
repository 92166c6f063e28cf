#include "audit/auditpane.h"

#include "audit/auditformat.h"
#include "common/tableexportactions.h"
#include "common/wrappingheaderview.h"
#include "export/comparisondeck.h"
#include "export/exportnaming.h"
#include "export/filesaving.h"
#include "export/ooxml/xlsxworkbook.h"
#include "export/tableexport.h"
#include "models/audittablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

enum DetailRoles {
    ReportRole = Qt::UserRole + 1,
    StartRole,
    EndRole,
    OtherRole,
    OtherStartRole,
    OtherEndRole,
};

// Plain text as a tool tip Qt wraps (rich text wraps, plain text does not).
QString wrappedToolTip(const QString &text)
{
    return u"<p style='white-space:pre-wrap'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

// Colours a cell by its status: a finding stands out, unknown is muted.
class AuditCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int status = index.data(AuditTableModel::StatusRole).toInt();
        if (status >= 0)
            painter->fillRect(option.rect, AuditPane::statusColour(status));
        QStyleOptionViewItem opt = option;
        if (status == int(AuditStatus::Finding))
            opt.font.setBold(true);
        QStyledItemDelegate::paint(painter, opt, index);
    }

    // Sized as painted: a finding's bold text is not cut short.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        if (index.data(AuditTableModel::StatusRole).toInt() == int(AuditStatus::Finding))
            opt.font.setBold(true);
        return QStyledItemDelegate::sizeHint(opt, index);
    }

    // The reason as a wrapped tool tip: as rich text, QToolTip wraps it
    // within the screen instead of one line running off it.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(event->globalPos(), wrappedToolTip(text), view->viewport(), option.rect);
        return true;
    }
};

QListWidgetItem *detail(QListWidget *list, const QString &text, int report, TextSpan span, int other = -1, TextSpan otherSpan = {})
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(ReportRole, report);
    item->setData(StartRole, qint64(span.start));
    item->setData(EndRole, qint64(span.end));
    item->setData(OtherRole, other);
    item->setData(OtherStartRole, qint64(otherSpan.start));
    item->setData(OtherEndRole, qint64(otherSpan.end));
    item->setToolTip(wrappedToolTip(text));
    return item;
}

// The direction of copied text a column shows, if it shows one.
std::optional<CopyDirection> directionOf(AuditCheckId check)
{
    switch (check) {
    case AuditCheckId::Copied:
        return CopyDirection::Copied;
    case AuditCheckId::CopiedBy:
        return CopyDirection::CopiedBy;
    case AuditCheckId::Shared:
        return CopyDirection::Shared;
    default:
        return std::nullopt;
    }
}

// @p span of @p report with some text on either side, the span marked.
QString markedPassage(const Report &report, TextSpan span)
{
    constexpr qsizetype Context = 120;
    const qsizetype start = std::max<qsizetype>(0, span.start - Context);
    const qsizetype end = std::min<qsizetype>(report.text.size(), span.end + Context);
    const auto part = [&](qsizetype from, qsizetype to) {
        return QString(QStringView(report.text).mid(from, to - from)).toHtmlEscaped().replace(u'\n', u"<br>"_s);
    };
    return (start > 0 ? u"…"_s : QString()) + part(start, span.start) + u"<span style='background:#f8c4b4; text-decoration: underline;'>"_s
        + part(span.start, span.end) + u"</span>"_s + part(span.end, end) + (end < report.text.size() ? u"…"_s : QString());
}

QString excerpt(const Report &report, TextSpan span, int limit = 70)
{
    const QString text = report.textOf(span).toString().simplified();
    return text.size() > limit ? text.left(limit) + u'…' : text;
}

} // namespace

QColor AuditPane::statusColour(int status)
{
    if (status < 0)
        return QColor();
    return status == int(AuditStatus::Finding) ? QColor(0xf4, 0xc7, 0xc3)
        : status == int(AuditStatus::Met)      ? QColor(0xd4, 0xed, 0xda)
                                               : QColor(0xe8, 0xe8, 0xe8);
}

AuditPane::AuditPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditTableModel(this))
    , m_table(new QTableView)
    , m_details(new QListWidget)
    , m_explanation(new QTextBrowser)
    , m_open(new QPushButton)
    , m_status(new QLabel)
    , m_tools(new QToolBar)
{
    configureViews();
    createActions();
    layOut();
    connectViews();
    retranslate();
}

void AuditPane::configureViews()
{
    // Whole check names over the columns, wrapped, in any language.
    m_table->setHorizontalHeader(new WrappingHeaderView(Qt::Horizontal, m_table));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AuditCellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMouseTracking(true);
    m_details->setObjectName(u"auditDetails"_s);
    m_details->setWordWrap(true);
    m_explanation->setObjectName(u"auditExplanation"_s);
    m_explanation->setOpenLinks(false);
    m_open->setObjectName(u"auditOpen"_s);
    m_open->setIcon(QIcon::fromTheme(u"go-down"_s));
    m_open->setEnabled(false);
}

// The exports and the slides of the tool bar.
void AuditPane::createActions()
{
    const auto fileName = [this](const QString &suffix) {
        QStringList names;
        for (const ReportAudit &a : m_model->audits())
            names.append(a.displayName);
        return ExportNaming::fileName(tr("Audit"), names, suffix);
    };
    const auto title = [] {
        return tr("Export Audit");
    };
    m_exports = new TableExportActions(this, TableExportActions::sourceOf(this, title, fileName));
    m_tools->addActions(m_exports->actions());
    m_slideAction = m_tools->addAction(QIcon::fromTheme(u"list-add"_s), QString(), this, [this] {
        Q_EMIT tableForDeck(ComparisonDeck::auditTableSlide(m_model->audits()).table);
    });
    m_copiedSlideAction = m_tools->addAction(QIcon::fromTheme(u"list-add"_s), QString(), this, [this] {
        // No report chosen: the one `duizhao-cli deck` shows, else the first.
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : std::max(ComparisonDeck::copiedReport(m_model->audits()), 0);
        Q_EMIT tableForDeck(ComparisonDeck::copiedPassagesSlide(m_model->audits(), m_reports, row).table);
    });
    m_tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

// The table above; below it, why the chosen cell says what it says, its
// passage marked, and the passages it rests on (double-click one to read it
// in the compare view).
void AuditPane::layOut()
{
    auto *explained = new QWidget;
    auto *explainedLayout = new QVBoxLayout(explained);
    explainedLayout->setContentsMargins({});
    explainedLayout->addWidget(m_explanation, 1);
    explainedLayout->addWidget(m_open, 0, Qt::AlignLeft);
    auto *below = new QSplitter(Qt::Horizontal);
    below->addWidget(explained);
    below->addWidget(m_details);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tools);
    layout->addWidget(m_status);
    layout->addWidget(splitter);
}

// A click explains; a double-click (or Show in Compare View) opens the passage.
void AuditPane::connectViews()
{
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            open(m_table->currentIndex().row(), m_table->currentIndex().column());
    });
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        activate(index.row(), index.column());
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        open(index.row(), index.column());
    });
    connect(m_details, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int report = item->data(ReportRole).toInt();
        const TextSpan span {item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong()};
        const int other = item->data(OtherRole).toInt();
        if (other >= 0)
            Q_EMIT copiedPassageRequested(report, span, other, {item->data(OtherStartRole).toLongLong(), item->data(OtherEndRole).toLongLong()});
        else if (report >= 0 && span.isValid())
            Q_EMIT passageRequested(report, span);
    });
}

AuditPane::~AuditPane() = default;

void AuditPane::setAudit(const Audit &audit)
{
    m_model->setAudits(audit.audits);
    m_reports = audit.reports;
    m_status->setText(tr("%n report(s) audited.", nullptr, int(m_model->audits().size())));
    m_explanation->clear();
    m_details->clear();
    m_open->setEnabled(false);
    updateSlideActions();
    Q_EMIT auditShown();
}

void AuditPane::showAuditing()
{
    m_status->setText(tr("Auditing…"));
}

void AuditPane::activate(int row, int column)
{
    const auto check = AuditTableModel::checkOfColumn(column);
    if (row < 0 || row >= m_model->audits().size() || !check)
        return;
    showDetails(row, *check);
    explain(row, *check);
    const ReportAudit &a = m_model->audits().at(row);
    const AuditCheck *c = a.check(*check);
    const auto direction = directionOf(*check);
    m_open->setEnabled((direction && !a.copied.passagesOf(*direction).isEmpty()) || (c && c->span.isValid()));
    updateSlideActions();
}

void AuditPane::open(int row, int column)
{
    const auto check = AuditTableModel::checkOfColumn(column);
    if (row < 0 || row >= m_model->audits().size() || !check)
        return;
    const ReportAudit &a = m_model->audits().at(row);
    // Passages copied either way open both reports, whatever the cell's status.
    if (const auto direction = directionOf(*check)) {
        const QList<CopiedPassage> passages = a.copied.passagesOf(*direction);
        if (!passages.isEmpty())
            Q_EMIT copiedPassageRequested(row, passages.first().span, passages.first().other, passages.first().otherSpan);
        return;
    }
    const AuditCheck *c = a.check(*check);
    if (c && c->span.isValid()) {
        // Marked, with the reason on it; not a large selection.
        Q_EMIT findingRequested(row, c->span, AuditFormat::checkLabel(c->id) + u" — "_s + c->reason);
    }
}

void AuditPane::explain(int row, AuditCheckId check)
{
    const ReportAudit &a = m_model->audits().at(row);
    const AuditCheck *c = a.check(check);
    if (!c) {
        m_explanation->clear();
        return;
    }
    const Report *report = row < m_reports.size() ? &m_reports.at(row) : nullptr;
    QString html = u"<h3>%1 · %2 — %3</h3><p>%4</p>"_s.arg(a.displayName.toHtmlEscaped(), AuditFormat::checkLabel(c->id).toHtmlEscaped(),
        AuditFormat::statusLabel(c->status).toHtmlEscaped(), c->reason.toHtmlEscaped());
    TextSpan evidence = c->span;
    if (const auto direction = directionOf(check); direction && !a.copied.passagesOf(*direction).isEmpty())
        evidence = a.copied.passagesOf(*direction).first().span;
    if (report && evidence.isValid()) {
        html += u"<p><b>%1</b></p><p style='background:#fafafa'>%2</p>"_s.arg(tr("In the report:").toHtmlEscaped(), markedPassage(*report, evidence));
    } else if (c->status != AuditStatus::Met) {
        html += u"<p><i>%1</i></p>"_s.arg(tr("The report has no passage for this: what is missing is the finding.").toHtmlEscaped());
    }
    m_explanation->setHtml(html);
}

void AuditPane::updateSlideActions()
{
    // A slide of copied passages only for a report that has some, saying why not.
    const QList<ReportAudit> &audits = m_model->audits();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : ComparisonDeck::copiedReport(audits);
    const bool copies = row >= 0 && row < audits.size() && !audits.at(row).copied.passages.isEmpty();
    m_copiedSlideAction->setEnabled(copies);
    m_copiedSlideAction->setToolTip(copies    ? tr("A slide of the passages %1 shares with other reports").arg(audits.at(row).displayName)
            : row >= 0 && row < audits.size() ? tr("%1 shares no passage with another report: nothing to put on a slide").arg(audits.at(row).displayName)
                                              : tr("No report shares a passage with another: nothing to put on a slide"));
    m_slideAction->setEnabled(!audits.isEmpty());
}

void AuditPane::showDetails(int row, AuditCheckId check)
{
    m_details->clear();
    const ReportAudit &a = m_model->audits().at(row);
    const Report *report = row < m_reports.size() ? &m_reports.at(row) : nullptr;
    if (const AuditCheck *c = a.check(check))
        detail(m_details, u"%1 — %2"_s.arg(AuditFormat::statusLabel(c->status), c->reason), row, c->span);
    if (!report)
        return;
    if (const auto direction = directionOf(check)) {
        for (const CopiedPassage &p : a.copied.passagesOf(*direction)) {
            const bool known = p.other >= 0 && p.other < m_model->audits().size();
            const QString other = known ? m_model->audits().at(p.other).displayName : QString();
            const QString there = known && p.other < m_reports.size() ? excerpt(m_reports.at(p.other), p.otherSpan, 40) : QString();
            QString text = tr("%1 %2: “%3” (there: “%4”)").arg(AuditFormat::directionLabel(p.direction), other, excerpt(*report, p.span), there);
            if (p.sameBody)
                text += u' ' + tr("(same body)");
            detail(m_details, text, row, p.span, p.other, p.otherSpan);
        }
        if (check == AuditCheckId::Copied) {
            for (const BoilerplatePassage &b : a.copied.boilerplate)
                detail(m_details, tr("boilerplate: “%1”").arg(excerpt(*report, b.span)), row, b.span);
        }
    } else if (check == AuditCheckId::FollowUp && a.followUp) {
        const int previous = a.followUp->previous;
        // Per plan: its status with the sentence found and why; a click shows both passages.
        for (const PlanFollowUp &p : a.followUp->plans) {
            QListWidgetItem *item = p.status == FollowUpStatus::NotReported
                ? detail(m_details, tr("plan “%1” → %2").arg(p.title, followUpStatusName(p.status)), previous, p.span)
                : detail(m_details, tr("plan “%1” → %2: “%3”").arg(p.title, followUpStatusName(p.status), p.passage), row, p.sectionSpan, previous, p.span);
            item->setToolTip(p.reason);
        }
        for (const RecurringShortcoming &r : a.followUp->recurring) {
            const QString signs = r.signs.isEmpty() ? QString() : u" ["_s + r.signs.join(tr(", ")) + u']';
            detail(m_details, tr("recurring: “%1” (last year: “%2”)").arg(r.text, r.previousText) + signs, row, r.span, previous, r.previousSpan);
        }
        for (const RectifiedShortcoming &r : a.followUp->rectified)
            detail(m_details, tr("rectified: “%1” — “%2”").arg(r.previousText, r.evidence), row, r.span);
    }
}

Result<qint64> AuditPane::exportMarkdown(const QString &path) const
{
    return FileSaving::save(AuditFormat::toMarkdown(m_model->audits()).toUtf8(), path);
}

Result<qint64> AuditPane::exportCsv(const QString &path) const
{
    // The table as shown, headers in the analyst's language, with a byte order mark for Excel.
    return TableExport::saveCsv(AuditFormat::table(m_model->audits()), path);
}

Result<qint64> AuditPane::exportXlsx(const QString &path) const
{
    const auto workbook = XlsxWorkbook::fromTable(AuditFormat::table(m_model->audits()));
    if (!workbook)
        return Failure(workbook.error());
    return workbook->write(path);
}

void AuditPane::changeEvent(QEvent *event)
{
    // The cells' reasons are written in the language of the audit: the window has the audit made again.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPane::retranslate()
{
    m_exports->retranslate();
    m_slideAction->setText(tr("Add Audit to Deck"));
    m_copiedSlideAction->setText(tr("Add Copied Passages to Deck"));
    m_table->setToolTip(tr("Click a cell for why, with its passage marked below; double-click to read the passage in the compare view."));
    m_open->setText(tr("Show in Compare View"));
    m_explanation->setPlaceholderText(tr("Click a cell of the table: why it says so, and the passage it rests on."));
    updateSlideActions();
}

} // namespace Dz
