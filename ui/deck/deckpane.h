#pragma once

#include "export/deck.h"

#include <QWidget>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace Dz
{

/**
 * The deck being built: charts and tables the analyst added, in order;
 * reorder, remove, and export as a .pptx (charts native and editable, or as
 * pictures of the on-screen chart).
 */
class DeckPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DeckPane(QWidget *parent = nullptr);

    void addChart(const ChartData &chart);
    void addTable(const TableData &table);
    const Deck &deck() const
    {
        return m_deck;
    }
    void moveSlide(int from, int to);
    void removeSlide(int index);
    void setChartsAsPictures(bool pictures);
    /// The subtitle of the title slide (which reports, when).
    void setSubtitle(const QString &subtitle);
    /// Writes the deck to @p path.
    Result<qint64> exportTo(const QString &path) const;

Q_SIGNALS:
    void indicatorTableRequested();
    void weaknessMatrixRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    Deck m_deck;
    QString m_subtitle;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_addTable = nullptr;
    QPushButton *m_addMatrix = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_pictures = nullptr;
};

} // namespace Dz
