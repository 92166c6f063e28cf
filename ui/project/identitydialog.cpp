#include "project/identitydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

IdentityDialog::IdentityDialog(const ReportSummary &report, QWidget *parent)
    : QDialog(parent)
    , m_others(report.overrides)
{
    const QJsonObject &found = report.metadata;
    const QJsonObject &overrides = report.overrides;
    setWindowTitle(tr("Edit Identity"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Values you enter replace what was read from the report; leave a field empty to use the value found."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    const auto field = [&](const QString &label, const QString &key) {
        auto *edit = addField(label, found.value(key).toObject(), overrides.value(key).toString());
        form->addRow(label, edit);
        m_others.remove(key);
        return edit;
    };
    m_district = field(tr("&District"), u"district"_s);
    m_issuer = field(tr("&Issuer"), u"issuer"_s);
    m_year = field(tr("&Year reported on"), u"year"_s);
    m_year->setValidator(new QIntValidator(1949, 2100, m_year));
    m_published = field(tr("&Published"), u"published"_s);
    m_published->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{4}-\\d{2}-\\d{2}"_s), m_published));

    const QString region = found.value(u"region").toObject().value(u"value").toString();
    const QString code = found.value(u"regionCode").toString();
    if (!region.isEmpty()) {
        auto *label = new QLabel(code.isEmpty() ? region : tr("%1 (code %2)").arg(region, code));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Region found:"), label);
    }
    if (const QString regionNote = found.value(u"regionNote").toString(); !regionNote.isEmpty()) {
        auto *note = new QLabel(regionNote);
        note->setWordWrap(true);
        form->addRow(tr("Note:"), note);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit *IdentityDialog::addField(const QString &label, const QJsonObject &found, const QString &current)
{
    auto *edit = new QLineEdit(current);
    edit->setObjectName(QString(label).remove(u'&'));
    edit->setClearButtonEnabled(true);
    const QString value = found.value(u"value").toVariant().toString();
    edit->setPlaceholderText(value.isEmpty() ? tr("not found") : tr("found: %1").arg(value));
    if (!value.isEmpty())
        edit->setToolTip(tr("Found “%1” (%2)").arg(value, found.value(u"from").toString()));
    return edit;
}

QJsonObject IdentityDialog::overrides() const
{
    QJsonObject result = m_others;
    const std::pair<const char16_t *, QLineEdit *> fields[] = {
        {u"district", m_district},
        {u"issuer", m_issuer},
        {u"year", m_year},
        {u"published", m_published},
    };
    for (const auto &[key, edit] : fields) {
        const QString value = edit->text().trimmed();
        if (!value.isEmpty())
            result.insert(QStringView(key), value);
    }
    return result;
}

} // namespace Dz
