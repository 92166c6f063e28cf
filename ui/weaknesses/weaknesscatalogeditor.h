#pragma once

#include "weaknesses/weaknesscatalog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Dz
{

/**
 * The analyst's weakness themes: add a theme, tune a theme's labels,
 * definition, topic and deficiency terms (with their concepts, weights and
 * options), remove one, import or export a catalog file (the --catalog of
 * duizhao-cli), or go back to the built-in themes.
 *
 * The editor decides nothing about the project: every change is validated
 * like a catalog file and handed out as catalogEdited(); the window makes it
 * an undoable command and calls setCatalog() with what the project then holds.
 */
class WeaknessCatalogEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit WeaknessCatalogEditor(const WeaknessCatalog &builtIn, QWidget *parent = nullptr);

    /// Shows @p catalog (the project's themes, or the built-in ones), keeping the chosen theme.
    void setCatalog(const WeaknessCatalog &catalog, bool builtIn);
    const WeaknessCatalog &catalog() const
    {
        return m_catalog;
    }
    /// Chooses theme @p id in the list (tests, and the board's current theme).
    void selectTheme(const QString &id);

    /// The theme in the form, as it would be applied.
    WeaknessTheme themeInForm() const;
    /// Applies the form: validated, then handed out by catalogEdited(); false with the reason shown when invalid.
    bool applyForm();
    /// A new theme in the form, with the next free id.
    void startNewTheme();
    /// Removes the chosen theme.
    void removeTheme();
    /// Back to the built-in themes.
    void resetToBuiltIn();
    /// The problem shown under the form; empty when none.
    QString problem() const;

    QTableWidget *topicTable() const
    {
        return m_topics;
    }
    QTableWidget *deficiencyTable() const
    {
        return m_deficiencies;
    }

Q_SIGNALS:
    /// The analyst changed the themes: @p catalog is what the project should
    /// hold (invalid: the built-in themes); @p what names the change for the Undo menu.
    void catalogEdited(const Dz::WeaknessCatalog &catalog, const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    void configureWidgets();
    void connectActions();
    QWidget *createListSide();
    QWidget *createFormSide();
    void addTopicRow();
    void addDeficiencyRow();
    void removeCurrentRow();
    void retranslate();
    void showTheme(const WeaknessTheme &theme, bool isNew);
    void fillList();
    void importCatalog();
    void exportCatalog();
    void showProblem(const QString &problem);

    WeaknessCatalog m_builtIn;
    WeaknessCatalog m_catalog;
    bool m_isBuiltIn = true;
    QString m_editing; ///< the id of the theme in the form; empty for none
    bool m_editingNew = false;
    WeaknessTheme m_original; ///< the theme as it was when shown (its patterns are kept)

    QListWidget *m_themes = nullptr;
    QLabel *m_source = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_labelZh = nullptr;
    QLineEdit *m_labelEn = nullptr;
    QPlainTextEdit *m_definitionZh = nullptr;
    QPlainTextEdit *m_definitionEn = nullptr;
    QTableWidget *m_topics = nullptr;
    QTableWidget *m_deficiencies = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_topicsLabel = nullptr;
    QLabel *m_deficienciesLabel = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_addTopic = nullptr;
    QPushButton *m_addDeficiency = nullptr;
    QPushButton *m_removeRow = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_close = nullptr;
    QList<QLabel *> m_formLabels;
};

} // namespace Dz
