#include "help/welcomedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{
const QString ShowKey = u"help/showWelcome"_s;
}

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_showAtStart(new QCheckBox(tr("&Show this at start")))
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Duizhao"));
    auto *heading = new QLabel(tr("<h2>Welcome to Duizhao (对照)</h2><p>Duizhao reads rule-of-law reports (法治政府建设情况报告) and sets them side by side. "
                                  "Three steps to begin:</p>"));
    heading->setWordWrap(true);
    auto *steps =
        new QLabel(tr("<ol>"
                      "<li><b>Bring in the reports.</b> File → Import Reports… (text, web pages, Word, WPS, PDF, OFD), a folder, or a "
                      ".zip as districts send them; or drop them on the window. The five sample reports are open now.</li>"
                      "<li><b>Compare them.</b> Select reports in the Reports list (Ctrl-click) and read them section by section in "
                      "<i>Compare</i>; their figures in <i>Indicators</i>, what they admit in <i>Weaknesses</i>, whether they meet the "
                      "rules in <i>Audit</i>.</li>"
                      "<li><b>Correct, then pass it on.</b> Right-click a value or a section, or edit a report’s identity, to correct what Duizhao read; then "
                      "File → Export Brief… for a Word brief, the Deck for slides, or File → Print….</li>"
                      "</ol>"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    m_showAtStart->setObjectName(u"showWelcome"_s);
    // A first start shows it once; it comes back only for an analyst who ticked this.
    m_showAtStart->setChecked(QSettings().contains(ShowKey) && showsAtStart());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *guide = buttons->addButton(tr("Open the &User Guide"), QDialogButtonBox::HelpRole);
    guide->setObjectName(u"openGuide"_s);
    connect(guide, &QPushButton::clicked, this, [this] {
        Q_EMIT guideRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        setShowsAtStart(m_showAtStart->isChecked());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(steps);
    layout->addWidget(m_showAtStart);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

bool WelcomeDialog::showsAtStart()
{
    return QSettings().value(ShowKey, true).toBool();
}

void WelcomeDialog::setShowsAtStart(bool show)
{
    QSettings().setValue(ShowKey, show);
}

} // namespace Dz
