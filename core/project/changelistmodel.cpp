#include "project/changelistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// A quote or note shown in a cell: one line, cut short.
constexpr int ShownLength = 40;

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString shortened(const QString &text)
{
    QString line = text.simplified();
    return line.size() > ShownLength ? line.left(ShownLength - 1) + u'…' : line;
}

} // namespace

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectChange &c = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? c.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s)
                                           : c.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case AuthorColumn:
            return c.author;
        case ReportColumn:
            return reportLabel(c.reportId);
        case WhatColumn:
            return whatOf(c);
        case ChangeColumn:
            return changeOf(c);
        }
        return {};
    case AuthorRole:
        return c.author;
    case ReportIdRole:
        return c.reportId;
    case ChangeIdRole:
        return c.id;
    case KindRole:
        return c.kind;
    case RecordRole:
        return c.record;
    }
    return {};
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AuthorColumn:
        return tr("Analyst");
    case ReportColumn:
        return tr("Report");
    case WhatColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

void ChangeListModel::setChanges(QList<ProjectChange> changes)
{
    std::sort(changes.begin(), changes.end(), [](const ProjectChange &a, const ProjectChange &b) {
        return a.id > b.id;
    });
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
    Q_EMIT choicesChanged();
}

void ChangeListModel::addChanges(const QList<ProjectChange> &changes)
{
    const qint64 newest = lastId();
    QList<ProjectChange> added;
    for (const ProjectChange &change : changes) {
        if (change.id > newest)
            added.append(change);
    }
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end(), [](const ProjectChange &a, const ProjectChange &b) {
        return a.id > b.id;
    });
    added.erase(std::unique(added.begin(), added.end(),
                    [](const ProjectChange &a, const ProjectChange &b) {
                        return a.id == b.id;
                    }),
        added.end());
    const QStringList authorsBefore = authors();
    const QList<qint64> reportsBefore = reports();
    beginInsertRows({}, 0, int(added.size()) - 1);
    m_changes = added + m_changes;
    endInsertRows();
    if (authors() != authorsBefore || reports() != reportsBefore)
        Q_EMIT choicesChanged();
}

qint64 ChangeListModel::lastId() const
{
    return m_changes.isEmpty() ? 0 : m_changes.constFirst().id;
}

QStringList ChangeListModel::authors() const
{
    QStringList names;
    for (const ProjectChange &c : m_changes) {
        if (!names.contains(c.author))
            names.append(c.author);
    }
    names.sort();
    return names;
}

QList<qint64> ChangeListModel::reports() const
{
    QList<qint64> ids;
    for (const ProjectChange &c : m_changes) {
        if (c.reportId > 0 && !ids.contains(c.reportId))
            ids.append(c.reportId);
    }
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        const QString la = reportLabel(a);
        const QString lb = reportLabel(b);
        return la != lb ? la < lb : a < b;
    });
    return ids;
}

void ChangeListModel::setReportLabels(const QHash<qint64, QString> &labels)
{
    if (labels == m_reportLabels)
        return;
    m_reportLabels = labels;
    announceAll();
    Q_EMIT choicesChanged();
}

QString ChangeListModel::reportLabel(qint64 reportId) const
{
    if (reportId <= 0)
        return tr("the whole project");
    const QString label = m_reportLabels.value(reportId);
    return label.isEmpty() ? tr("a report no longer in the project") : label;
}

void ChangeListModel::setIndicatorNames(const QHash<QString, QString> &names)
{
    if (names == m_indicatorNames)
        return;
    m_indicatorNames = names;
    announceAll();
}

void ChangeListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    announceAll();
    Q_EMIT choicesChanged();
}

void ChangeListModel::announceAll()
{
    if (!m_changes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ChangeListModel::whatOf(const ProjectChange &change) const
{
    if (change.kind == ChangeLog::Value) {
        const QString name = m_indicatorNames.value(change.record);
        return tr("value of %1").arg(name.isEmpty() ? change.record : name);
    }
    if (change.kind == ChangeLog::AnnotationKind)
        return tr("annotation");
    if (change.kind == ChangeLog::Identity)
        return tr("identity");
    if (change.kind == ChangeLog::Correction)
        return tr("alignment correction");
    if (change.kind == ChangeLog::ComparisonSet)
        return tr("comparison set");
    if (change.kind == ChangeLog::Deck)
        return tr("deck");
    if (change.kind == ChangeLog::Catalog)
        return tr("weakness themes");
    return tr("a record this version does not know");
}

QString ChangeListModel::changeOf(const ProjectChange &change) const
{
    const auto arrow = [](const QString &from, const QString &to) {
        return tr("%1 → %2").arg(from, to);
    };
    if (change.kind == ChangeLog::Value) {
        QString from = valueWords(change.oldValue);
        QString to = valueWords(change.newValue);
        if (from == to) {
            // Only the note changed: say so.
            from = tr("%1, noted “%2”").arg(from, shortened(objectOf(change.oldValue).value(u"note"_s).toString()));
            to = tr("%1, noted “%2”").arg(to, shortened(objectOf(change.newValue).value(u"note"_s).toString()));
        }
        return arrow(from, to);
    }
    if (change.kind == ChangeLog::AnnotationKind)
        return annotationChange(change);
    if (change.kind == ChangeLog::Identity)
        return identityChange(change);
    if (change.kind == ChangeLog::ComparisonSet)
        return arrow(comparisonSetWords(change.oldValue), comparisonSetWords(change.newValue));
    if (change.kind == ChangeLog::Deck) {
        const auto slides = [](const QString &json) {
            return json.isEmpty() ? tr("no deck") : tr("%n slide(s)", nullptr, int(objectOf(json).value(u"slides"_s).toArray().size()));
        };
        return arrow(slides(change.oldValue), slides(change.newValue));
    }
    if (change.kind == ChangeLog::Catalog) {
        const auto themes = [](const QString &json) {
            return json.isEmpty() ? tr("the built-in themes")
                                  : tr("%n theme(s) of the project", nullptr, int(objectOf(json).value(u"themes"_s).toArray().size()));
        };
        return arrow(themes(change.oldValue), themes(change.newValue));
    }
    if (change.kind == ChangeLog::Correction) {
        const auto correction = [](const QString &json) {
            if (json.isEmpty())
                return tr("none");
            return objectOf(json).value(u"kind"_s).toString() == u"reassign" ? tr("a section placed under another heading") : tr("two sections matched");
        };
        return arrow(correction(change.oldValue), correction(change.newValue));
    }
    return change.action == u"add" ? tr("added") : change.action == u"remove" ? tr("removed") : tr("changed");
}

QString ChangeListModel::valueWords(const QString &json) const
{
    if (json.isEmpty())
        return tr("the figure found in the report");
    const QJsonObject value = objectOf(json);
    const QString kind = value.value(u"kind"_s).toString();
    if (kind == u"not_reported")
        return tr("not reported");
    const QString figure = value.value(u"value"_s).toString();
    if (kind == u"sum")
        return tr("%1 (the sum of %n statement(s))", nullptr, int(value.value(u"parts"_s).toArray().size())).arg(figure);
    return figure;
}

QString ChangeListModel::annotationChange(const ProjectChange &change) const
{
    const auto described = [](const QJsonObject &a) {
        const QString quote = tr("“%1”").arg(shortened(a.value(u"quote"_s).toString()));
        const QString note = a.value(u"note"_s).toString();
        return note.isEmpty() ? quote : tr("%1: %2").arg(quote, shortened(note));
    };
    const QJsonObject before = objectOf(change.oldValue);
    const QJsonObject after = objectOf(change.newValue);
    if (change.oldValue.isEmpty())
        return tr("%1 → %2").arg(tr("none"), described(after));
    if (change.newValue.isEmpty())
        return tr("%1 → %2").arg(described(before), tr("removed"));
    const auto statusWords = [](const QString &name) {
        return name == u"reviewed" ? tr("reviewed") : name == u"flagged" ? tr("flagged") : tr("open");
    };
    const auto severityWords = [](const QString &name) {
        return name == u"high" ? tr("high") : name == u"low" ? tr("low") : tr("medium");
    };
    const auto tags = [](const QJsonObject &a) {
        QStringList list;
        for (const QJsonValue &tag : a.value(u"tags"_s).toArray())
            list.append(tag.toString());
        return list.isEmpty() ? tr("none") : list.join(u", "_s);
    };
    QStringList parts;
    const auto differs = [&](const QString &key) {
        return before.value(key) != after.value(key);
    };
    if (differs(u"note"_s))
        parts.append(tr("note “%1” → “%2”").arg(shortened(before.value(u"note"_s).toString()), shortened(after.value(u"note"_s).toString())));
    if (differs(u"status"_s))
        parts.append(tr("%1 → %2").arg(statusWords(before.value(u"status"_s).toString()), statusWords(after.value(u"status"_s).toString())));
    if (differs(u"severity"_s))
        parts.append(tr("severity %1 → %2").arg(severityWords(before.value(u"severity"_s).toString()), severityWords(after.value(u"severity"_s).toString())));
    if (differs(u"tags"_s))
        parts.append(tr("tags %1 → %2").arg(tags(before), tags(after)));
    if (differs(u"start"_s) || differs(u"end"_s) || differs(u"quote"_s))
        parts.append(tr("placed on %1").arg(tr("“%1”").arg(shortened(after.value(u"quote"_s).toString()))));
    return tr("%1: %2").arg(described(before), parts.join(u"; "_s));
}

QString ChangeListModel::identityChange(const ProjectChange &change) const
{
    const QJsonObject before = objectOf(change.oldValue);
    const QJsonObject after = objectOf(change.newValue);
    // The fields Edit Identity offers, in its order, then any other.
    QStringList keys {u"district"_s, u"issuer"_s, u"parentBody"_s, u"year"_s, u"published"_s};
    for (const QJsonObject &side : {before, after}) {
        for (auto it = side.begin(); it != side.end(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
    }
    const auto field = [](const QString &key) {
        if (key == u"district")
            return tr("place");
        if (key == u"issuer")
            return tr("issuer");
        if (key == u"parentBody")
            return tr("parent body");
        if (key == u"year")
            return tr("year");
        if (key == u"published")
            return tr("published");
        return key;
    };
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QString from = before.value(key).toVariant().toString();
        const QString to = after.value(key).toVariant().toString();
        if (from == to)
            continue;
        parts.append(tr("%1 %2 → %3").arg(field(key), from.isEmpty() ? tr("as found") : from, to.isEmpty() ? tr("as found") : to));
    }
    return parts.join(u"; "_s);
}

QString ChangeListModel::comparisonSetWords(const QString &json) const
{
    const QJsonArray ids = QJsonDocument::fromJson(json.toUtf8()).array();
    if (ids.isEmpty())
        return tr("the project's first reports");
    QStringList labels;
    for (const QJsonValue &id : ids)
        labels.append(reportLabel(id.toInteger()));
    return labels.join(u"、"_s);
}

} // namespace Dz
