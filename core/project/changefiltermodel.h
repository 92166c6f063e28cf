#pragma once

#include <QSortFilterProxyModel>

namespace Dz
{

/// ChangeListModel's rows of one analyst and/or one report (empty and 0: any).
class ChangeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChangeFilterModel(QObject *parent = nullptr);

    void setAuthor(const QString &author);
    QString author() const
    {
        return m_author;
    }
    void setReportId(qint64 reportId);
    qint64 reportId() const
    {
        return m_reportId;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_author;
    qint64 m_reportId = 0;
};

} // namespace Dz
