#include "models/indicatortablemodel.h"

#include "base/textformatting.h"
#include "project/analystsession.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Dz
{

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorTableModel::setComparison(const Comparison &comparison, const IndicatorCatalog &catalog)
{
    beginResetModel();
    m_comparison = comparison;
    m_catalog = catalog;
    endResetModel();
}

void IndicatorTableModel::setSession(const AnalystSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &AnalystSession::valueChanged, this, &IndicatorTableModel::updateValue);
        connect(session, &AnalystSession::reloaded, this, &IndicatorTableModel::updateAll);
    }
    updateAll();
}

void IndicatorTableModel::updateValue(qint64 reportId, const QString &indicatorId)
{
    const int column = int(m_catalog.ids().indexOf(indicatorId));
    if (column < 0 || columnCount() == 0)
        return;
    // A report may be compared more than once (never today, but cheap to honour).
    for (qsizetype row = m_comparison.keys.indexOf(reportId); row >= 0; row = m_comparison.keys.indexOf(reportId, row + 1)) {
        const QModelIndex cell = index(int(row), column);
        Q_EMIT dataChanged(cell, cell);
    }
}

void IndicatorTableModel::updateAll()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void IndicatorTableModel::setChineseLabels(bool chinese)
{
    m_chinese = chinese;
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QStringList IndicatorTableModel::indicatorIds() const
{
    return m_catalog.ids();
}

QString IndicatorTableModel::indicatorLabel(const QString &id) const
{
    const IndicatorDefinition *d = m_catalog.indicator(id);
    if (!d)
        return id;
    return m_chinese ? d->label.zh : d->label.en;
}

QString IndicatorTableModel::indicatorUnit(const QString &id) const
{
    const IndicatorDefinition *d = m_catalog.indicator(id);
    return d ? d->unit : QString();
}

const AnalystValue *IndicatorTableModel::overrideAt(int row, const QString &indicator) const
{
    if (!m_session || row < 0 || row >= m_comparison.keys.size())
        return nullptr;
    const qint64 id = m_comparison.keys.at(row);
    return id != 0 ? m_session->value(id, indicator) : nullptr;
}

const IndicatorValue *IndicatorTableModel::extracted(int row, const QString &indicator) const
{
    if (row < 0 || row >= m_comparison.indicators.size())
        return nullptr;
    for (const IndicatorValue &v : m_comparison.indicators.at(row).values) {
        if (v.id == indicator)
            return &v;
    }
    return nullptr;
}

IndicatorFigure IndicatorTableModel::figure(int row, const QString &indicator) const
{
    if (const AnalystValue *o = overrideAt(row, indicator))
        return o->figure(indicatorUnit(indicator));
    const IndicatorValue *v = extracted(row, indicator);
    return v ? v->figure : IndicatorFigure();
}

QString IndicatorTableModel::display(int row, const QString &indicator) const
{
    if (const AnalystValue *own = overrideAt(row, indicator))
        return (own->kind == AnalystValue::Kind::NotReported ? u"—"_s : figure(row, indicator).toDisplayString()) + u" ✎"_s;
    const IndicatorValue *v = extracted(row, indicator);
    if (!v || !v->figure.isReported())
        return v && !v->candidates.isEmpty() ? u"— ⋯"_s : u"—"_s;
    const QString shown = v->figure.toDisplayString();
    return v->figure.qualifier == IndicatorQualifier::Partial ? shown + u'*' : shown;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.reports.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.reports.isEmpty() ? 0 : int(m_catalog.indicators().size());
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString id = m_catalog.indicators().at(index.column()).id;
    const IndicatorValue *v = extracted(row, id);
    const AnalystValue *o = overrideAt(row, id);
    const IndicatorFigure f = figure(row, id);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, id);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return f.value ? QVariant(f.value->toDouble()) : QVariant();
    case SortRole:
        return f.value ? f.value->toDouble() : -std::numeric_limits<double>::infinity();
    case IndicatorRole:
        return id;
    case ReportRole:
        return row;
    case QualifierRole:
        return qualifierName(f.qualifier);
    case EvidenceRole:
        return v ? v->evidence : QString();
    case EvidenceStartRole:
        return qlonglong(v && v->numberSpan.isValid() ? v->numberSpan.start : -1);
    case EvidenceEndRole:
        return qlonglong(v && v->numberSpan.isValid() ? v->numberSpan.end : -1);
    case OverriddenRole:
        return o != nullptr;
    case CandidatesRole: {
        QStringList candidates;
        if (v) {
            for (const IndicatorCandidate &c : v->candidates)
                candidates.append(c.figure.toDisplayString() + c.figure.unit + u" — "_s + c.evidence);
        }
        return candidates;
    }
    case Qt::ToolTipRole: {
        QStringList lines {indicatorLabel(id) + u" · "_s + m_comparison.reports.at(row).displayName()};
        if (o) {
            if (o->kind == AnalystValue::Kind::NotReported) {
                lines.append(tr("Not reported, says the analyst"));
                if (!o->note.isEmpty())
                    lines.append(tr("Why: %1").arg(o->note));
            } else {
                lines.append(o->kind == AnalystValue::Kind::Sum
                        ? tr("Analyst's value: %1 %2, the sum of %n statement(s):", nullptr, int(o->parts.size())).arg(o->value.toString(), f.unit)
                        : tr("Analyst's value: %1 %2").arg(o->value.toString(), f.unit));
                for (const IndicatorPart &part : o->parts)
                    lines.append(u"  + "_s + part.value.toString() + f.unit + u" — "_s + part.evidence);
                if (!o->note.isEmpty())
                    lines.append(tr("Note: %1").arg(o->note));
            }
            if (v && v->figure.isReported())
                lines.append(tr("Extracted: %1 %2").arg(v->figure.toDisplayString(), v->figure.unit));
        } else if (v && v->figure.isReported()) {
            lines.append(f.toDisplayString() + f.unit + u" (" + qualifierLabel(f.qualifier) + u')');
            if (f.qualifier == IndicatorQualifier::Partial)
                lines.append(tr("* covers part of the scope only"));
        } else if (v && !v->candidates.isEmpty()) {
            lines.append(tr("No stated total; %n statement(s) to choose from:", nullptr, int(v->candidates.size())));
            for (const IndicatorCandidate &c : v->candidates)
                lines.append(u"  · "_s + c.figure.toDisplayString() + c.figure.unit);
        } else {
            lines.append(tr("Not reported"));
        }
        if (v && !v->evidence.isEmpty())
            lines.append(tr("Evidence: %1").arg(v->evidence) + u"\n"_s + tr("Section: %1").arg(v->sectionHeading));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_comparison.reports.size())
            return {};
        const Report &r = m_comparison.reports.at(section);
        return role == Qt::DisplayRole ? r.displayName() : QString(r.metadata.issuer.value + u'\n' + r.filePath);
    }
    if (section < 0 || section >= m_catalog.indicators().size())
        return {};
    const IndicatorDefinition &d = m_catalog.indicators().at(section);
    if (role == Qt::ToolTipRole)
        return QString(d.label.zh + u" — "_s + d.label.en + u"\n"_s + d.description);
    return QString(indicatorLabel(d.id) + u" ("_s + d.unit + u')');
}

QString IndicatorTableModel::toCsv() const
{
    using Internal::csvField;
    QStringList header {tr("Report"), tr("File")};
    for (const IndicatorDefinition &d : m_catalog.indicators()) {
        header.append(csvField(indicatorLabel(d.id)));
        header.append(csvField(tr("%1 — value (%2)").arg(indicatorLabel(d.id), d.unit)));
    }
    QString out = header.join(u',') + u'\n';
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields {csvField(m_comparison.reports.at(row).displayName()), csvField(m_comparison.reports.at(row).filePath)};
        for (const IndicatorDefinition &d : m_catalog.indicators()) {
            const IndicatorFigure f = figure(row, d.id);
            fields.append(csvField(display(row, d.id)));
            fields.append(f.value ? f.value->toString() : QString());
        }
        out += fields.join(u',') + u'\n';
    }
    return out;
}

} // namespace Dz
