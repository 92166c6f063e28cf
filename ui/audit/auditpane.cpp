#include "audit/auditpane.h"

#include "audit/auditformat.h"
#include "audit/auditor.h"
#include "audit/copyindexcache.h"
#include "common/exportdialog.h"
#include "export/comparisondeck.h"
#include "export/filesaving.h"
#include "export/ooxml/xlsxworkbook.h"
#include "models/audittablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrentRun>

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
    item->setToolTip(text);
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
    , m_status(new QLabel)
    , m_tools(new QToolBar)
    , m_copies(std::make_shared<CopyIndexCache>())
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AuditCellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMouseTracking(true);
    m_details->setWordWrap(true);

    m_markdownAction = m_tools->addAction(QIcon::fromTheme(u"text-markdown"_s), QString(), this, [this] {
        exportWithDialog(this, tr("Export Audit"), tr("audit.md"), tr("Markdown (*.md)"), [this](const QString &path) {
            return exportMarkdown(path);
        });
    });
    m_csvAction = m_tools->addAction(QIcon::fromTheme(u"text-csv"_s), QString(), this, [this] {
        exportWithDialog(this, tr("Export Audit"), tr("audit.csv"), tr("CSV files (*.csv)"), [this](const QString &path) {
            return exportCsv(path);
        });
    });
    m_xlsxAction = m_tools->addAction(QIcon::fromTheme(u"x-office-spreadsheet"_s), QString(), this, [this] {
        exportWithDialog(this, tr("Export Audit"), tr("audit.xlsx"), tr("Excel workbooks (*.xlsx)"), [this](const QString &path) {
            return exportXlsx(path);
        });
    });
    m_slideAction = m_tools->addAction(QIcon::fromTheme(u"list-add"_s), QString(), this, [this] {
        Q_EMIT tableForDeck(ComparisonDeck::auditTableSlide(m_model->audits()).table);
    });
    m_copiedSlideAction = m_tools->addAction(QIcon::fromTheme(u"list-add"_s), QString(), this, [this] {
        // No report chosen: the one `duizhao-cli deck` shows, else the first.
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : std::max(ComparisonDeck::copiedReport(m_model->audits()), 0);
        Q_EMIT tableForDeck(ComparisonDeck::copiedPassagesSlide(m_model->audits(), m_reports, row).table);
    });
    m_tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tools);
    layout->addWidget(m_status);
    layout->addWidget(splitter);

    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        activate(index.row(), index.column());
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
    connect(&m_watcher, &QFutureWatcher<QList<ReportAudit>>::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        m_model->setAudits(m_watcher.result());
        m_reports = m_running ? m_running->reports : QList<Report>();
        m_status->setText(tr("%n report(s) audited.", nullptr, int(m_model->audits().size())));
        Q_EMIT auditFinished();
    });
    retranslate();
}

AuditPane::~AuditPane()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool AuditPane::isAuditing() const
{
    return m_watcher.isRunning();
}

int AuditPane::fingerprintedReports() const
{
    return m_copies->fingerprinted();
}

void AuditPane::setComparison(const Comparison &comparison)
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_running = std::make_shared<Comparison>(comparison);
    m_status->setText(tr("Auditing…"));
    const std::shared_ptr<Comparison> input = m_running;
    // The audit before has finished: the copy index is this one's.
    m_watcher.setFuture(QtConcurrent::run([input, copies = m_copies](QPromise<QList<ReportAudit>> &promise) {
        Auditor::auditAll(promise, input.get(), nullptr, copies.get());
    }));
}

void AuditPane::activate(int row, int column)
{
    const auto check = AuditTableModel::checkOfColumn(column);
    if (row < 0 || row >= m_model->audits().size() || !check)
        return;
    showDetails(row, *check);
    const ReportAudit &a = m_model->audits().at(row);
    // Passages copied either way open both reports, whatever the cell's status.
    if (const auto direction = directionOf(*check)) {
        const QList<CopiedPassage> passages = a.copied.passagesOf(*direction);
        if (!passages.isEmpty())
            Q_EMIT copiedPassageRequested(row, passages.first().span, passages.first().other, passages.first().otherSpan);
        return;
    }
    const AuditCheck *c = a.check(*check);
    if (c && c->status == AuditStatus::Finding && c->span.isValid())
        Q_EMIT passageRequested(row, c->span);
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
    return FileSaving::save(AuditFormat::toCsv(m_model->audits()).toUtf8(), path);
}

Result<qint64> AuditPane::exportXlsx(const QString &path) const
{
    const auto workbook = XlsxWorkbook::fromTable(AuditFormat::table(m_model->audits()));
    if (!workbook)
        return Result<qint64>::failure(workbook.error());
    return workbook->write(path);
}

void AuditPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPane::retranslate()
{
    m_markdownAction->setText(tr("Export Markdown…"));
    m_csvAction->setText(tr("Export CSV…"));
    m_xlsxAction->setText(tr("Export XLSX…"));
    m_slideAction->setText(tr("Add Audit to Deck"));
    m_copiedSlideAction->setText(tr("Add Copied Passages to Deck"));
    m_table->setToolTip(tr("Hover a cell for its reason; click a finding to read its passage."));
}

} // namespace Dz
