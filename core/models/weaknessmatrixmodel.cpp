#include "models/weaknessmatrixmodel.h"

#include "audit/auditor.h"
#include "audit/auditrules.h"
#include "audit/recurrencematcher.h"
#include "base/textformatting.h"
#include "weaknesses/weaknessformat.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Dz
{

WeaknessMatrixModel::WeaknessMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WeaknessMatrixModel::setComparison(const Comparison &comparison, const WeaknessCatalog &catalog)
{
    beginResetModel();
    m_comparison = comparison;
    m_catalog = catalog;
    m_labels.clear();
    for (const Report &report : comparison.reports)
        m_labels.append(report.displayName());
    m_maximum = 0;
    findRecurrences();
    for (int report = 0; report < m_comparison.weaknesses.size(); ++report) {
        for (int row = 0; row <= m_catalog.themes().size(); ++row)
            m_maximum = std::max(m_maximum, int(itemsOf(report, themeAt(row)).size()));
    }
    for (int row = 0; row <= m_catalog.themes().size(); ++row)
        m_maximum = std::max(m_maximum, int(recurringOf(themeAt(row)).size()));
    endResetModel();
}

void WeaknessMatrixModel::findRecurrences()
{
    m_recurring.clear();
    m_recurrenceColumn = false;
    const int n = int(std::min(m_comparison.reports.size(), m_comparison.weaknesses.size()));
    std::shared_ptr<const WeaknessClassifier> classifier;
    // Each report's body read once, not once for every report it could follow.
    QStringList keys;
    keys.reserve(n);
    for (int i = 0; i < n; ++i)
        keys.append(Auditor::bodyKey(m_comparison.reports.at(i)));
    // A report's shortcomings read once, for the year before and the year after alike.
    std::vector<std::optional<QList<StatementReading>>> readings(static_cast<size_t>(n));
    const auto readingsOf = [&](int report, const QList<const WeaknessItem *> &items) -> const QList<StatementReading> & {
        std::optional<QList<StatementReading>> &r = readings[size_t(report)];
        if (!r)
            r = RecurrenceMatcher::read(*classifier, items);
        return *r;
    };
    const std::vector<int> previous = Auditor::previousYears(m_comparison.reports.mid(0, n), keys);
    const auto shortcomings = [](const ReportWeaknesses &w, QList<int> &indexes) {
        QList<const WeaknessItem *> out;
        for (int i = 0; i < w.items.size(); ++i) {
            if (w.items.at(i).kind == WeaknessKind::Shortcoming) {
                out.append(&w.items.at(i));
                indexes.append(i);
            }
        }
        return out;
    };
    for (int later = 0; later < n; ++later) {
        const int earlier = previous[size_t(later)];
        if (earlier < 0)
            continue;
        m_recurrenceColumn = true;
        if (!classifier)
            classifier = WeaknessClassifier::of(m_catalog);
        QList<int> before;
        QList<int> after;
        const QList<const WeaknessItem *> earlierItems = shortcomings(m_comparison.weaknesses.at(earlier), before);
        const QList<const WeaknessItem *> laterItems = shortcomings(m_comparison.weaknesses.at(later), after);
        const RecurrenceMatcher matcher(
            *classifier, earlierItems, readingsOf(earlier, earlierItems), laterItems, readingsOf(later, laterItems), AuditRules::builtIn().recurringScore);
        for (int a = 0; a < after.size(); ++a) {
            const Recurrence r = matcher.match(a);
            if (r.earlier >= 0)
                m_recurring.append({later, after.at(a), earlier, before.at(r.earlier), r.overlap.score, r.signs});
        }
    }
}

QList<WeaknessMatrixModel::RecurringItem> WeaknessMatrixModel::recurringOf(const QString &theme) const
{
    QList<RecurringItem> out;
    for (const RecurringItem &r : m_recurring) {
        const WeaknessItem &item = m_comparison.weaknesses.at(r.report).items.at(r.item);
        if (theme.isEmpty() ? item.themes.isEmpty() && item.theme.isEmpty() : item.theme == theme || item.hasTheme(theme))
            out.append(r);
    }
    return out;
}

const WeaknessMatrixModel::RecurringItem *WeaknessMatrixModel::recurrenceOf(int report, int item) const
{
    const auto r = std::find_if(m_recurring.begin(), m_recurring.end(), [&](const RecurringItem &r) {
        return r.report == report && r.item == item;
    });
    return r == m_recurring.end() ? nullptr : &*r;
}

QVariant WeaknessMatrixModel::recurrenceData(const QString &theme, int role) const
{
    const QList<RecurringItem> items = recurringOf(theme);
    switch (role) {
    case Qt::DisplayRole:
        return items.isEmpty() ? QString() : QString::number(items.size());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QStringList lines {tr("Admitted again") + u" · "_s + themeLabel(theme)};
        for (const RecurringItem &r : items) {
            lines.append(tr("· %1: “%2”\n   %3: “%4”")
                    .arg(m_comparison.reports.at(r.report).displayName(), m_comparison.weaknesses.at(r.report).items.at(r.item).text,
                        m_comparison.reports.at(r.earlierReport).displayName(), m_comparison.weaknesses.at(r.earlierReport).items.at(r.earlierItem).text));
            if (!r.signs.isEmpty())
                lines.last() += u" ["_s + r.signs.join(u", "_s) + u']';
        }
        return lines.join(u'\n');
    }
    case CountRole:
        return int(items.size());
    case SecondCountRole:
        return 0;
    case HeatRole:
        return m_maximum > 0 ? double(items.size()) / m_maximum : 0.0;
    case ThemeRole:
        return theme;
    case ReportRole:
        return -1;
    case MissingRole:
        return false;
    case RecurrenceRole:
        return true;
    case ItemsRole:
        return QVariant::fromValue(QList<int>());
    default:
        return {};
    }
}

void WeaknessMatrixModel::setChineseLabels(bool chinese)
{
    m_chinese = chinese;
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QString WeaknessMatrixModel::themeAt(int row) const
{
    return row < m_catalog.themes().size() ? m_catalog.themes().at(row).id : QString();
}

QString WeaknessMatrixModel::themeLabel(const QString &theme) const
{
    const WeaknessTheme *t = m_catalog.theme(theme);
    if (!t)
        return tr("No clear theme");
    return t->id + u' ' + (m_chinese ? t->label.zh : t->label.en);
}

QList<int> WeaknessMatrixModel::itemsOf(int report, const QString &theme) const
{
    QList<int> items;
    if (report < 0 || report >= m_comparison.weaknesses.size())
        return items;
    const QList<WeaknessItem> &all = m_comparison.weaknesses.at(report).items;
    for (int i = 0; i < all.size(); ++i) {
        if (theme.isEmpty() ? all.at(i).themes.isEmpty() && all.at(i).theme.isEmpty() : all.at(i).theme == theme || all.at(i).hasTheme(theme))
            items.append(i);
    }
    return items;
}

QString WeaknessMatrixModel::itemDescription(const WeaknessItem &item) const
{
    QString text = (item.kind == WeaknessKind::Cause ? tr("(cause) ") : QString()) + item.text;
    for (const WeaknessThemeMatch &m : item.themes)
        text += u"\n    "_s + themeLabel(m.theme) + u" — "_s + WeaknessFormat::reason(m);
    return text;
}

int WeaknessMatrixModel::rowCount(const QModelIndex &parent) const
{
    // The themes, and one row for items no theme fits.
    return parent.isValid() || m_comparison.reports.isEmpty() ? 0 : int(m_catalog.themes().size()) + 1;
}

int WeaknessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.weaknesses.size()) + (m_recurrenceColumn ? 1 : 0);
}

QVariant WeaknessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int report = index.column();
    const QString theme = themeAt(index.row());
    if (report >= m_comparison.weaknesses.size())
        return recurrenceData(theme, role);
    const bool missing = m_comparison.weaknesses.at(report).missing;
    const QList<int> items = itemsOf(report, theme);
    switch (role) {
    case Qt::DisplayRole:
        if (missing)
            return index.row() == 0 ? tr("no shortcomings part") : QString();
        return items.isEmpty() ? QString() : QString::number(items.size());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        if (missing)
            return tr("%1 has no shortcomings part: it admits no weaknesses.").arg(m_comparison.reports.at(report).displayName());
        QStringList lines {m_comparison.reports.at(report).displayName() + u" · "_s + themeLabel(theme)};
        for (int i : items)
            lines.append(u"· "_s + itemDescription(m_comparison.weaknesses.at(report).items.at(i)));
        return lines.join(u'\n');
    }
    case CountRole:
        return int(items.size());
    case SecondCountRole:
        return int(std::count_if(items.begin(), items.end(), [&](int i) {
            const WeaknessItem &item = m_comparison.weaknesses.at(report).items.at(i);
            return !theme.isEmpty() && item.theme != theme;
        }));
    case HeatRole:
        return m_maximum > 0 ? double(items.size()) / m_maximum : 0.0;
    case ThemeRole:
        return theme;
    case ReportRole:
        return report;
    case MissingRole:
        return missing;
    case RecurrenceRole:
        return false;
    case ItemsRole:
        return QVariant::fromValue(items);
    default:
        return {};
    }
}

QVariant WeaknessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (m_recurrenceColumn && section == m_comparison.reports.size())
            return role == Qt::ToolTipRole ? tr("Shortcomings a later year of the same body admits again") : tr("Recurring");
        if (section < 0 || section >= m_comparison.reports.size())
            return {};
        const Report &report = m_comparison.reports.at(section);
        if (role == Qt::ToolTipRole)
            return QStringList {m_labels.value(section), report.metadata.issuer.value, report.filePath.section(u'/', -1)}.join(u'\n').trimmed();
        return m_labels.value(section);
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::ToolTipRole)
        return tr("%1 — click to list its items in every report").arg(themeLabel(themeAt(section)));
    return themeLabel(themeAt(section));
}

QString WeaknessMatrixModel::toMarkdown() const
{
    const auto cell = [](QString text) {
        return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    };
    QString out = u"# "_s + tr("Weaknesses admitted, by theme") + u"\n\n| "_s + tr("Theme");
    for (int column = 0; column < columnCount(); ++column)
        out += u" | "_s + cell(column < m_labels.size() ? m_labels.at(column) : headerData(column, Qt::Horizontal).toString());
    out += u" |\n|---"_s + QString(u"|---:"_s).repeated(columnCount()) + u"|\n"_s;
    for (int row = 0; row < rowCount(); ++row) {
        out += u"| "_s + cell(themeLabel(themeAt(row)));
        for (int column = 0; column < columnCount(); ++column)
            out += u" | "_s + cell(index(row, column).data().toString());
        out += u" |\n"_s;
    }
    for (int report = 0; report < m_comparison.weaknesses.size(); ++report) {
        const ReportWeaknesses &w = m_comparison.weaknesses.at(report);
        out += u"\n## "_s + m_labels.value(report) + u"\n\n"_s;
        if (w.missing)
            out += tr("No shortcomings part: the report admits no weaknesses.") + u'\n';
        for (const WeaknessItem &item : w.items) {
            out += u"- "_s + (item.kind == WeaknessKind::Cause ? tr("(cause) ") : QString()) + cell(item.text);
            if (item.themes.isEmpty())
                out += u" — "_s + themeLabel({}) + u'\n';
            for (int i = 0; i < item.themes.size(); ++i) {
                const WeaknessThemeMatch &m = item.themes.at(i);
                // The first theme says how sure it is, in words.
                out += u"\n  - "_s + cell(themeLabel(m.theme)) + (i == 0 ? u" · "_s + certaintyLabel(item) : QString()) + u" ("_s
                    + cell(WeaknessFormat::reason(m)) + u')';
            }
            if (!item.themes.isEmpty())
                out += u'\n';
        }
    }
    return out;
}

QString WeaknessMatrixModel::certaintyLabel(const WeaknessItem &item)
{
    if (item.theme.isEmpty())
        return tr("unclassified");
    return item.confidence >= ClearConfidence ? tr("clear") : tr("possible");
}

QString WeaknessMatrixModel::kindLabel(WeaknessKind kind)
{
    return kind == WeaknessKind::Cause ? tr("cause") : tr("shortcoming");
}

TableData WeaknessMatrixModel::itemsTable() const
{
    TableData table;
    table.title = tr("Weaknesses admitted");
    table.header = {tr("Report"), tr("Kind"), tr("Theme"), tr("Theme given"), tr("Read from"), tr("Second theme"), tr("In the report's own words")};
    // With consecutive years of a body: on each item's row, where the year before admitted it and in what words.
    if (m_recurrenceColumn)
        table.header += QStringList {tr("Admitted the year before in"), tr("The year before's words")};
    for (int report = 0; report < m_comparison.weaknesses.size(); ++report) {
        const ReportWeaknesses &w = m_comparison.weaknesses.at(report);
        const QString label = m_labels.value(report);
        if (w.missing) {
            table.rows.append({label, QString(), QString(), QString(), QString(), QString(), tr("No shortcomings part: the report admits no weaknesses.")});
            if (m_recurrenceColumn)
                table.rows.last() += QList<CellValue> {QString(), QString()};
        }
        for (int i = 0; i < w.items.size(); ++i) {
            const WeaknessItem &item = w.items.at(i);
            const QString second = item.secondTheme();
            QList<CellValue> row {label, kindLabel(item.kind), themeLabel(item.theme), certaintyLabel(item), WeaknessFormat::reason(item.themes.value(0)),
                second.isEmpty() ? QString() : themeLabel(second), item.text};
            if (const RecurringItem *r = m_recurrenceColumn ? recurrenceOf(report, i) : nullptr)
                row += QList<CellValue> {m_labels.value(r->earlierReport), m_comparison.weaknesses.at(r->earlierReport).items.at(r->earlierItem).text};
            else if (m_recurrenceColumn)
                row += QList<CellValue> {QString(), QString()};
            table.rows.append(row);
        }
    }
    if (m_recurrenceColumn)
        table.note = tr("Admitted the year before: the same body's report of the year before admitted the same shortcoming, in its own words.");
    return table;
}

TableData WeaknessMatrixModel::recurringTable() const
{
    TableData table;
    table.title = tr("Shortcomings admitted again");
    table.header = {tr("Report"), tr("Theme"), tr("In the report's own words"), tr("Admitted the year before in"), tr("The year before's words"),
        tr("Signs of recurrence")};
    for (const RecurringItem &r : m_recurring) {
        const WeaknessItem &item = m_comparison.weaknesses.at(r.report).items.at(r.item);
        table.rows.append({m_labels.value(r.report), themeLabel(item.theme), item.text, m_labels.value(r.earlierReport),
            m_comparison.weaknesses.at(r.earlierReport).items.at(r.earlierItem).text, r.signs.join(tr(", "))});
    }
    table.note = tr("Shortcomings a report admits that the same body's report of the year before admitted too, matched by theme and topic in any words; "
                    "signs such as 依然 or 尚未根本解决 say so in the text.");
    return table;
}

QString WeaknessMatrixModel::toCsv() const
{
    using Internal::csvField;
    QString out = u"report,file,missing,kind,theme,theme_label,confidence,why,second_theme,second_label,second_why,start,end,text"_s;
    // With consecutive years of a body, as duizhao-cli weaknesses --format csv: the year before's words on the item's row.
    if (m_recurrenceColumn)
        out += u",recurring,earlier_report,earlier_file,earlier_text,recurrence_score,recurrence_signs"_s;
    out += u'\n';
    const auto recurrence = [this](int report, int item) -> QString {
        if (!m_recurrenceColumn)
            return QString();
        const RecurringItem *r = item >= 0 ? recurrenceOf(report, item) : nullptr;
        if (!r)
            return item >= 0 ? u",false,,,,,"_s : u",,,,,,"_s;
        return u",true,"_s + csvField(m_labels.value(r->earlierReport)) + u',' + csvField(m_comparison.weaknesses.at(r->earlierReport).filePath) + u','
            + csvField(m_comparison.weaknesses.at(r->earlierReport).items.at(r->earlierItem).text) + u',' + QString::number(Internal::rounded(r->score)) + u','
            + csvField(r->signs.join(u' '));
    };
    for (int report = 0; report < m_comparison.weaknesses.size(); ++report) {
        const ReportWeaknesses &w = m_comparison.weaknesses.at(report);
        const QString head =
            csvField(m_comparison.reports.at(report).displayName()) + u',' + csvField(w.filePath) + u',' + (w.missing ? u"true"_s : u"false"_s);
        if (w.items.isEmpty())
            out += head + u",,,,,,,,,,,"_s + recurrence(report, -1) + u'\n';
        for (int i = 0; i < w.items.size(); ++i) {
            const WeaknessItem &item = w.items.at(i);
            const WeaknessThemeMatch first = item.themes.value(0);
            const WeaknessThemeMatch second = item.themes.value(1);
            out += head + u',' + weaknessKindName(item.kind) + u',' + csvField(item.theme) + u',' + csvField(themeLabel(item.theme)) + u','
                + QString::number(Internal::rounded(item.confidence)) + u',' + csvField(WeaknessFormat::reason(first)) + u',' + csvField(second.theme) + u','
                + csvField(second.theme.isEmpty() ? QString() : themeLabel(second.theme)) + u',' + csvField(WeaknessFormat::reason(second)) + u','
                + QString::number(item.span.start) + u',' + QString::number(item.span.end) + u',' + csvField(item.text) + recurrence(report, i) + u'\n';
        }
    }
    return out;
}

} // namespace Dz
