#include "deck/deckpane.h"

#include "charts/chartexporter.h"
#include "common/actionicons.h"
#include "common/exportdialog.h"
#include "export/exportnaming.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// A slide's title and note, as the analyst rewrites them.
class SlideDialog final : public QDialog
{
public:
    SlideDialog(const DeckSlide &slide, QWidget *parent)
        : QDialog(parent)
        , m_title(new QLineEdit(slide.title()))
        , m_note(new QPlainTextEdit(slide.note()))
    {
        setWindowTitle(DeckPane::tr("Edit Slide"));
        m_title->setObjectName(u"slideTitle"_s);
        m_note->setObjectName(u"slideNote"_s);
        m_note->setTabChangesFocus(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *form = new QFormLayout(this);
        form->addRow(DeckPane::tr("&Title:"), m_title);
        form->addRow(DeckPane::tr("&Note:"), m_note);
        form->addRow(buttons);
        resize(560, 260);
    }
    QString title() const
    {
        return m_title->text().trimmed();
    }
    QString note() const
    {
        return m_note->toPlainText().trimmed();
    }

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_note;
};

} // namespace

DeckPane::DeckPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit)
    , m_subtitle(new QPlainTextEdit)
    , m_list(new QListWidget)
    , m_up(new QPushButton)
    , m_down(new QPushButton)
    , m_edit(new QPushButton)
    , m_remove(new QPushButton)
    , m_addTable(new QPushButton)
    , m_addMatrix(new QPushButton)
    , m_export(new QPushButton)
    , m_pictures(new QCheckBox)
{
    ActionIcons::install();
    setObjectName(u"deckPane"_s);
    m_title->setObjectName(u"deckTitle"_s);
    m_subtitle->setObjectName(u"deckSubtitle"_s);
    m_subtitle->setTabChangesFocus(true);
    m_subtitle->setMaximumHeight(m_subtitle->fontMetrics().lineSpacing() * 4);
    m_list->setObjectName(u"deckSlides"_s);
    m_up->setObjectName(u"slideUp"_s);
    m_down->setObjectName(u"slideDown"_s);
    m_edit->setObjectName(u"slideEdit"_s);
    m_remove->setObjectName(u"slideRemove"_s);
    m_export->setObjectName(u"deckExport"_s);
    // Icons with words: a button is never blank, whatever the icon theme.
    m_up->setIcon(QIcon::fromTheme(u"go-up"_s));
    m_down->setIcon(QIcon::fromTheme(u"go-down"_s));
    m_edit->setIcon(QIcon::fromTheme(u"document-edit"_s));
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_addTable->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_addMatrix->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_export->setIcon(QIcon::fromTheme(u"document-export"_s));

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        setTitle(m_title->text().trimmed());
    });
    m_subtitle->installEventFilter(this);
    connect(m_up, &QPushButton::clicked, this, [this] {
        moveSlide(m_list->currentRow(), m_list->currentRow() - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        moveSlide(m_list->currentRow(), m_list->currentRow() + 1);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        editSlideWithDialog(m_list->currentRow());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        editSlideWithDialog(m_list->row(item));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        removeSlide(m_list->currentRow());
    });
    connect(m_addTable, &QPushButton::clicked, this, &DeckPane::indicatorTableRequested);
    connect(m_addMatrix, &QPushButton::clicked, this, &DeckPane::weaknessMatrixRequested);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString subject = m_deck.title.isEmpty() ? Deck::defaultTitle() : m_deck.title;
        exportWithDialog(this, {tr("Export Deck"), u"deck"_s, ExportNaming::fileName(subject, m_reportNames, u"pptx"_s), tr("PowerPoint deck (*.pptx)")},
            [this](const QString &path) {
                return exportTo(path);
            });
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const int row = m_list->currentRow();
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
        m_remove->setEnabled(row >= 0);
        m_edit->setEnabled(row >= 0);
    });

    auto *titles = new QFormLayout;
    titles->addRow(new QLabel, m_title);
    titles->addRow(new QLabel, m_subtitle);
    auto *layout = new QGridLayout(this);
    layout->addLayout(titles, 0, 0, 1, 4);
    layout->addWidget(m_list, 1, 0, 1, 4);
    layout->addWidget(m_up, 2, 0);
    layout->addWidget(m_down, 2, 1);
    layout->addWidget(m_edit, 2, 2);
    layout->addWidget(m_remove, 2, 3);
    layout->addWidget(m_addTable, 3, 0, 1, 4);
    layout->addWidget(m_addMatrix, 4, 0, 1, 4);
    layout->addWidget(m_pictures, 5, 0, 1, 4);
    layout->addWidget(m_export, 6, 0, 1, 4);
    retranslate();
    refresh();
}

void DeckPane::setDeck(const Deck &deck)
{
    m_deck = deck;
    refresh();
}

void DeckPane::request(const Deck &deck, const QString &what)
{
    Q_EMIT editRequested(deck, what);
}

Result<> DeckPane::add(const DeckSlide &slide, bool quiet)
{
    Deck next = m_deck;
    if (auto added = next.add(slide); !added) {
        if (!quiet)
            QMessageBox::information(this, tr("Add to Deck"), added.error());
        return added;
    }
    request(next, tr("Add slide “%1”").arg(slide.title()));
    m_list->setCurrentRow(m_list->count() - 1);
    return {};
}

Result<> DeckPane::addChart(const ChartData &chart, bool quiet)
{
    return add(DeckSlide::ofChart(chart), quiet);
}

Result<> DeckPane::addTable(const TableData &table, bool quiet)
{
    return add(DeckSlide::ofTable(table), quiet);
}

void DeckPane::moveSlide(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_deck.slides.size() || to >= m_deck.slides.size())
        return;
    Deck next = m_deck;
    next.move(from, to);
    request(next, tr("Move slide “%1”").arg(m_deck.slides.at(from).title()));
    m_list->setCurrentRow(to);
}

void DeckPane::removeSlide(int index)
{
    if (index < 0 || index >= m_deck.slides.size())
        return;
    Deck next = m_deck;
    next.slides.removeAt(index);
    request(next, tr("Remove slide “%1”").arg(m_deck.slides.at(index).title()));
    m_list->setCurrentRow(qMin(index, m_list->count() - 1));
}

void DeckPane::editSlide(int index, const QString &title, const QString &note)
{
    if (index < 0 || index >= m_deck.slides.size())
        return;
    Deck next = m_deck;
    next.slides[index].setTitle(title);
    next.slides[index].setNote(note);
    if (next.toJson() == m_deck.toJson())
        return;
    request(next, tr("Edit slide “%1”").arg(title));
}

void DeckPane::editSlideWithDialog(int index)
{
    if (index < 0 || index >= m_deck.slides.size())
        return;
    SlideDialog dialog(m_deck.slides.at(index), this);
    if (dialog.exec() == QDialog::Accepted)
        editSlide(index, dialog.title(), dialog.note());
}

void DeckPane::setTitle(const QString &title)
{
    if (title == m_deck.title)
        return;
    Deck next = m_deck;
    next.title = title;
    request(next, tr("Edit the deck's title"));
}

void DeckPane::setSubtitle(const QString &subtitle)
{
    if (subtitle == m_deck.subtitle)
        return;
    Deck next = m_deck;
    next.subtitle = subtitle;
    request(next, tr("Edit the deck's subtitle"));
}

void DeckPane::setChartsAsPictures(bool pictures)
{
    m_pictures->setChecked(pictures);
}

void DeckPane::setDefaultSubtitle(const QString &subtitle)
{
    m_defaultSubtitle = subtitle;
    m_subtitle->setPlaceholderText(subtitle);
}

void DeckPane::setReportNames(const QStringList &names)
{
    m_reportNames = names;
}

Result<qint64> DeckPane::exportTo(const QString &path) const
{
    const auto built = m_deck.build(
        Deck::defaultTitle(), m_defaultSubtitle, m_pictures->isChecked() ? ChartMode::Picture : ChartMode::Native, [](const ChartData &chart, QSize size) {
            return ChartExporter::png(chart, size, 2);
        });
    if (!built)
        return Failure(built.error());
    return built->write(path);
}

void DeckPane::refresh()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_deck.slides.size(); ++i) {
        const DeckSlide &slide = m_deck.slides.at(i);
        const QString kind = slide.kind == DeckSlide::Kind::Chart ? tr("Chart") : tr("Table");
        auto *item = new QListWidgetItem(u"%1. [%2] %3"_s.arg(i + 2).arg(kind, slide.title()), m_list);
        item->setToolTip(slide.note().isEmpty() ? slide.title() : slide.title() + u"\n\n"_s + slide.note());
    }
    m_list->setCurrentRow(qMin(current, m_list->count() - 1));
    m_export->setEnabled(!m_deck.slides.isEmpty());
    if (!m_title->hasFocus())
        m_title->setText(m_deck.title);
    if (!m_subtitle->hasFocus())
        m_subtitle->setPlainText(m_deck.subtitle);
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    m_remove->setEnabled(row >= 0);
    m_edit->setEnabled(row >= 0);
}

bool DeckPane::eventFilter(QObject *watched, QEvent *event)
{
    // The subtitle is kept when the analyst leaves it.
    if (watched == m_subtitle && event->type() == QEvent::FocusOut)
        setSubtitle(m_subtitle->toPlainText().trimmed());
    return QWidget::eventFilter(watched, event);
}

void DeckPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DeckPane::retranslate()
{
    auto *titles = qobject_cast<QFormLayout *>(static_cast<QGridLayout *>(layout())->itemAtPosition(0, 0)->layout());
    if (titles) {
        if (auto *label = qobject_cast<QLabel *>(titles->itemAt(0, QFormLayout::LabelRole)->widget()))
            label->setText(tr("Title:"));
        if (auto *label = qobject_cast<QLabel *>(titles->itemAt(1, QFormLayout::LabelRole)->widget()))
            label->setText(tr("Subtitle:"));
    }
    m_title->setPlaceholderText(Deck::defaultTitle());
    m_title->setToolTip(tr("The title slide's title"));
    m_subtitle->setToolTip(tr("The title slide's subtitle; empty: the reports compared and the date"));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Move the slide up"));
    m_down->setText(tr("Down"));
    m_down->setToolTip(tr("Move the slide down"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the slide's title and note (or double-click it)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the slide"));
    m_addTable->setText(tr("Add Indicator Table"));
    m_addMatrix->setText(tr("Add Weakness Matrix"));
    m_pictures->setText(tr("Charts as pictures"));
    m_pictures->setToolTip(tr("Off: native charts that PowerPoint and WPS can edit (Edit Data shows the figures). On: pictures of the charts as drawn here."));
    m_export->setText(tr("Export Deck…"));
    m_list->setToolTip(tr("Slide 1 is the title slide; charts come from the Indicators view (Add to Deck). The deck is kept in the project."));
}

} // namespace Dz
