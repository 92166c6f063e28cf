#pragma once

#include "export/deck.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Dz
{

/**
 * The deck being built: the title slide's title and subtitle, the charts
 * and tables the analyst added, in order; reorder, remove, edit a slide's
 * title and note (double-click), and export as a .pptx (charts native and
 * editable, or as pictures of the on-screen chart).
 *
 * The deck is the project's (AnalystSession::deck()): the pane shows the
 * one it is given (setDeck()) and asks for every change by
 * editRequested(), which the window makes an undoable command; the
 * project's change comes back through setDeck(). A slide with nothing to
 * show is refused, saying why.
 */
class DeckPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DeckPane(QWidget *parent = nullptr);

    /// Shows @p deck (the project's, after every change and its undo).
    void setDeck(const Deck &deck);
    const Deck &deck() const
    {
        return m_deck;
    }
    /// Asks to add a slide; fails (saying why, in a message too unless @p quiet) when it would show nothing.
    Result<> addChart(const ChartData &chart, bool quiet = false);
    Result<> addTable(const TableData &table, bool quiet = false);
    void moveSlide(int from, int to);
    void removeSlide(int index);
    /// Asks to give slide @p index the title @p title and the note @p note.
    void editSlide(int index, const QString &title, const QString &note);
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    void setChartsAsPictures(bool pictures);
    /// The subtitle the title slide gets when the analyst wrote none (which reports, when).
    void setDefaultSubtitle(const QString &subtitle);
    /// The compared reports' names, for the exported file's name.
    void setReportNames(const QStringList &names);
    /// Writes the deck to @p path.
    Result<qint64> exportTo(const QString &path) const;

Q_SIGNALS:
    void indicatorTableRequested();
    void weaknessMatrixRequested();
    /// The analyst changed the deck to @p deck; @p what names the change (for Undo).
    void editRequested(const Dz::Deck &deck, const QString &what);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Result<> add(const DeckSlide &slide, bool quiet);
    void request(const Deck &deck, const QString &what);
    void editSlideWithDialog(int index);
    void refresh();
    void retranslate();

    Deck m_deck;
    QString m_defaultSubtitle;
    QStringList m_reportNames;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_subtitle = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_addTable = nullptr;
    QPushButton *m_addMatrix = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_pictures = nullptr;
};

} // namespace Dz
