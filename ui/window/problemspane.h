#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace Dz
{

/**
 * The problems with files and projects since the list was last cleared,
 * one line each, with a Clear button. The window puts it in a dock and
 * shows the dock when problems come (problemsAdded()).
 */
class ProblemsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    /// Adds the problems not listed yet.
    void addProblems(const QStringList &problems);
    void clear();
    QStringList problems() const;
    int count() const;

Q_SIGNALS:
    /// Problems were added (not emitted for an empty list).
    void problemsAdded();
    /// The list was cleared, by clear() or the Clear button.
    void cleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QListWidget *m_list = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Dz
