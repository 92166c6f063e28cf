#include "project/identitydialog.h"

#include "identity/gazetteer.h"
#include "identity/identityoverrides.h"

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
    m_foundCode = found.value(u"regionCode").toString();
    m_district = field(tr("&Place (district, 街道, 乡镇…)"), u"district"_s);
    m_district->setObjectName(u"District"_s);
    m_place = new QLabel;
    m_place->setObjectName(u"placeFound"_s);
    m_place->setWordWrap(true);
    m_place->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_place);
    m_others.remove(u"regionCode");
    connect(m_district, &QLineEdit::textChanged, this, &IdentityDialog::showPlace);
    m_issuer = field(tr("&Issuer"), u"issuer"_s);
    {
        // The parent body: what the issuer belongs to (成都市公安局 for its 武侯区分局).
        QJsonObject parentFound;
        parentFound.insert(u"value", found.value(u"parentBody"));
        m_parentBody = addField(tr("Parent &body"), parentFound, overrides.value(u"parentBody").toString());
        m_parentBody->setObjectName(u"Parent body"_s);
        form->addRow(tr("Parent &body"), m_parentBody);
        m_others.remove(u"parentBody");
    }
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

    showPlace();

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

void IdentityDialog::showPlace()
{
    const QString written = m_district->text().trimmed();
    if (written.isEmpty()) {
        m_place->clear();
        return;
    }
    const QString code = IdentityOverrides::regionCodeFor(written, m_foundCode);
    const Gazetteer &g = Gazetteer::builtIn();
    const int unit = g.indexOfCode(code);
    if (unit < 0) {
        m_place->setText(tr("Not one place of the gazetteer (unknown, or a name several places share: write its county or city in front): kept as written."));
        return;
    }
    QStringList names;
    for (const int d : g.chain(unit))
        names.append(g.divisions().at(d).name);
    m_place->setText(tr("%1 (code %2)").arg(names.join(QString()), code));
}

QJsonObject IdentityDialog::overrides() const
{
    QJsonObject result = m_others;
    // A place the gazetteer knows goes in with its code: the region whole.
    const QString place = m_district->text().trimmed();
    const QString code = place.isEmpty() ? QString() : IdentityOverrides::regionCodeFor(place, m_foundCode);
    if (!code.isEmpty()) {
        result.insert(u"regionCode", code);
        const Gazetteer &g = Gazetteer::builtIn();
        // Stored as labels name it (平江街道, 滨海), whatever was typed (苏州市姑苏区平江街道).
        result.insert(u"district", g.divisions().at(g.indexOfCode(code)).shortName());
    }
    const std::pair<const char16_t *, QLineEdit *> fields[] = {
        {u"district", code.isEmpty() ? m_district : nullptr},
        {u"issuer", m_issuer},
        {u"parentBody", m_parentBody},
        {u"year", m_year},
        {u"published", m_published},
    };
    for (const auto &[key, edit] : fields) {
        if (!edit)
            continue;
        const QString value = edit->text().trimmed();
        if (!value.isEmpty())
            result.insert(QStringView(key), value);
    }
    return result;
}

} // namespace Dz
