#include "deck/deckpane.h"

#include "charts/chartexporter.h"
#include "common/exportdialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dz
{

DeckPane::DeckPane(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_up(new QPushButton)
    , m_down(new QPushButton)
    , m_remove(new QPushButton)
    , m_addTable(new QPushButton)
    , m_addMatrix(new QPushButton)
    , m_export(new QPushButton)
    , m_pictures(new QCheckBox)
{
    setObjectName(u"deckPane"_s);
    m_list->setObjectName(u"deckSlides"_s);
    m_up->setIcon(QIcon::fromTheme(u"go-up"_s));
    m_down->setIcon(QIcon::fromTheme(u"go-down"_s));
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_export->setIcon(QIcon::fromTheme(u"document-export"_s));
    connect(m_up, &QPushButton::clicked, this, [this] {
        moveSlide(m_list->currentRow(), m_list->currentRow() - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        moveSlide(m_list->currentRow(), m_list->currentRow() + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        removeSlide(m_list->currentRow());
    });
    connect(m_addTable, &QPushButton::clicked, this, &DeckPane::indicatorTableRequested);
    connect(m_addMatrix, &QPushButton::clicked, this, &DeckPane::weaknessMatrixRequested);
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportWithDialog(this, tr("Export Deck"), tr("comparison.pptx"), tr("PowerPoint deck (*.pptx)"), [this](const QString &path) {
            return exportTo(path);
        });
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const int row = m_list->currentRow();
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
        m_remove->setEnabled(row >= 0);
    });

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_up, 1, 0);
    layout->addWidget(m_down, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    layout->addWidget(m_addTable, 2, 0, 1, 3);
    layout->addWidget(m_addMatrix, 3, 0, 1, 3);
    layout->addWidget(m_pictures, 4, 0, 1, 3);
    layout->addWidget(m_export, 5, 0, 1, 3);
    retranslate();
    refresh();
}

void DeckPane::addChart(const ChartData &chart)
{
    m_deck.slides.append({DeckSlide::Kind::Chart, chart, {}});
    refresh();
    m_list->setCurrentRow(m_list->count() - 1);
}

void DeckPane::addTable(const TableData &table)
{
    m_deck.slides.append({DeckSlide::Kind::Table, {}, table});
    refresh();
    m_list->setCurrentRow(m_list->count() - 1);
}

void DeckPane::moveSlide(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_deck.slides.size() || to >= m_deck.slides.size())
        return;
    m_deck.move(from, to);
    refresh();
    m_list->setCurrentRow(to);
}

void DeckPane::removeSlide(int index)
{
    if (index < 0 || index >= m_deck.slides.size())
        return;
    m_deck.slides.removeAt(index);
    refresh();
    m_list->setCurrentRow(qMin(index, m_list->count() - 1));
}

void DeckPane::setChartsAsPictures(bool pictures)
{
    m_pictures->setChecked(pictures);
}

void DeckPane::setSubtitle(const QString &subtitle)
{
    m_subtitle = subtitle;
}

Result<qint64> DeckPane::exportTo(const QString &path) const
{
    const auto built = m_deck.build(tr("Rule-of-law reports compared"), m_subtitle, m_pictures->isChecked() ? ChartMode::Picture : ChartMode::Native,
        [](const ChartData &chart, QSize size) {
            return ChartExporter::png(chart, size, 2);
        });
    if (!built)
        return Result<qint64>::failure(built.error());
    return built->write(path);
}

void DeckPane::refresh()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_deck.slides.size(); ++i) {
        const DeckSlide &slide = m_deck.slides.at(i);
        const QString kind = slide.kind == DeckSlide::Kind::Chart ? tr("Chart") : tr("Table");
        m_list->addItem(u"%1. [%2] %3"_s.arg(i + 2).arg(kind, slide.title()));
    }
    m_list->setCurrentRow(qMin(current, m_list->count() - 1));
    m_export->setEnabled(!m_deck.slides.isEmpty());
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
    m_up->setToolTip(tr("Move the slide up"));
    m_down->setToolTip(tr("Move the slide down"));
    m_remove->setToolTip(tr("Remove the slide"));
    m_addTable->setText(tr("Add Indicator Table"));
    m_addMatrix->setText(tr("Add Weakness Matrix"));
    m_pictures->setText(tr("Charts as pictures"));
    m_pictures->setToolTip(tr("Off: native charts that PowerPoint and WPS can edit (Edit Data shows the figures). On: pictures of the charts as drawn here."));
    m_export->setText(tr("Export Deck…"));
    m_list->setToolTip(tr("Slide 1 is the title slide; charts come from the Indicators view (Add to Deck)"));
}

} // namespace Dz
