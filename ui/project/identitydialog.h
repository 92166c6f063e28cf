#pragma once

#include "project/projectrecords.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Dz
{

/**
 * Edit Identity: the analyst's place (a district, county, 街道 or 乡镇),
 * issuer, parent body, year and publish date for a report whose identity was
 * read wrongly or not at all. Each field shows what was found and where; an
 * empty field goes back to the found value. A place the gazetteer knows is
 * stored with its code, so the report list groups it down to its 街道 or 乡镇.
 */
class IdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p report's metadata is the identity as read, its overrides the analyst's values so far.
    explicit IdentityDialog(const ReportSummary &report, QWidget *parent = nullptr);

    /// The overrides to store: the analyst's values, fields left empty absent.
    QJsonObject overrides() const;

private:
    QLineEdit *addField(const QString &label, const QJsonObject &found, const QString &current);
    /// The unit the place field names, or why none: shown under the field.
    void showPlace();

    QJsonObject m_others; ///< overrides of fields this dialog does not show, kept
    QString m_foundCode;
    QLineEdit *m_district = nullptr;
    QLabel *m_place = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_parentBody = nullptr;
    QLineEdit *m_year = nullptr;
    QLineEdit *m_published = nullptr;
};

} // namespace Dz
