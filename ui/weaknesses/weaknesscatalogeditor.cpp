#include "weaknesses/weaknesscatalogeditor.h"

#include "base/translationloader.h"
#include "common/exportdialog.h"
#include "export/exportnaming.h"
#include "export/filesaving.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Columns of the two term tables.
enum TopicColumn {
    TopicConcept,
    TopicWeight,
    TopicTerms,
    TopicGeneric,
    TopicAttribute,
    TopicWith,
    TopicColumns,
};
enum DeficiencyColumn {
    DeficiencyConcept,
    DeficiencyWeight,
    DeficiencyTerms,
    DeficiencyStandalone,
    DeficiencyColumns,
};

// Terms as an analyst types them: separated by 、，, ; or spaces; a term that
// holds one of those (重审批、轻监管) stands in 「」.
bool isTermSeparator(QChar c)
{
    return c == u'、' || c == u'，' || c == u',' || c == u'；' || c == u';' || c.isSpace();
}

QStringList splitTerms(const QString &text)
{
    QStringList terms;
    QString term;
    bool quoted = false;
    for (const QChar c : text) {
        if (quoted && c == u'」') {
            quoted = false;
        } else if (!quoted && c == u'「') {
            quoted = true;
        } else if (!quoted && isTermSeparator(c)) {
            if (!term.isEmpty())
                terms.append(std::exchange(term, QString()));
        } else {
            term += c;
        }
    }
    if (!term.isEmpty())
        terms.append(term);
    terms.removeDuplicates();
    return terms;
}

QString joinTerms(const QStringList &terms)
{
    QStringList shown;
    for (const QString &t : terms)
        shown.append(std::any_of(t.cbegin(), t.cend(), isTermSeparator) ? u'「' + t + u'」' : t);
    return shown.join(u'、');
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

void setRow(QTableWidget *table, int row, const QList<QTableWidgetItem *> &items)
{
    for (int column = 0; column < items.size(); ++column)
        table->setItem(row, column, items.at(column));
}

QString text(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool checked(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

} // namespace

WeaknessCatalogEditor::WeaknessCatalogEditor(const WeaknessCatalog &builtIn, QWidget *parent)
    : QDialog(parent)
    , m_builtIn(builtIn)
    , m_catalog(builtIn)
    , m_themes(new QListWidget)
    , m_source(new QLabel)
    , m_id(new QLineEdit)
    , m_labelZh(new QLineEdit)
    , m_labelEn(new QLineEdit)
    , m_definitionZh(new QPlainTextEdit)
    , m_definitionEn(new QPlainTextEdit)
    , m_topics(new QTableWidget(0, TopicColumns))
    , m_deficiencies(new QTableWidget(0, DeficiencyColumns))
    , m_problem(new QLabel)
    , m_topicsLabel(new QLabel)
    , m_deficienciesLabel(new QLabel)
    , m_hint(new QLabel)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_addTopic(new QPushButton)
    , m_addDeficiency(new QPushButton)
    , m_removeRow(new QPushButton)
    , m_apply(new QPushButton)
    , m_import(new QPushButton)
    , m_export(new QPushButton)
    , m_reset(new QPushButton)
    , m_close(new QPushButton)
{
    configureWidgets();
    connectActions();
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createListSide());
    splitter->addWidget(createFormSide());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_import);
    bottom->addWidget(m_export);
    bottom->addWidget(m_reset);
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1100, 720);
    retranslate();
    setCatalog(builtIn, true);
}

void WeaknessCatalogEditor::configureWidgets()
{
    setObjectName(u"weaknessCatalogEditor"_s);
    m_themes->setObjectName(u"catalogThemes"_s);
    m_topics->setObjectName(u"catalogTopics"_s);
    m_deficiencies->setObjectName(u"catalogDeficiencies"_s);
    m_problem->setObjectName(u"catalogProblem"_s);
    m_id->setObjectName(u"themeId"_s);
    m_labelZh->setObjectName(u"themeLabelZh"_s);
    m_labelEn->setObjectName(u"themeLabelEn"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e"_s);
    m_hint->setWordWrap(true);
    m_source->setWordWrap(true);
    for (QPlainTextEdit *edit : {m_definitionZh, m_definitionEn})
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    for (QTableWidget *table : {m_topics, m_deficiencies}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setStretchLastSection(false);
        table->setWordWrap(true);
    }
    m_topics->horizontalHeader()->setSectionResizeMode(TopicTerms, QHeaderView::Stretch);
    m_deficiencies->horizontalHeader()->setSectionResizeMode(DeficiencyTerms, QHeaderView::Stretch);
}

void WeaknessCatalogEditor::connectActions()
{
    connect(m_themes, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_catalog.themes().size())
            return;
        showTheme(m_catalog.themes().at(row), false);
    });
    connect(m_add, &QPushButton::clicked, this, &WeaknessCatalogEditor::startNewTheme);
    connect(m_remove, &QPushButton::clicked, this, &WeaknessCatalogEditor::removeTheme);
    connect(m_addTopic, &QPushButton::clicked, this, &WeaknessCatalogEditor::addTopicRow);
    connect(m_addDeficiency, &QPushButton::clicked, this, &WeaknessCatalogEditor::addDeficiencyRow);
    connect(m_removeRow, &QPushButton::clicked, this, &WeaknessCatalogEditor::removeCurrentRow);
    connect(m_apply, &QPushButton::clicked, this, &WeaknessCatalogEditor::applyForm);
    connect(m_import, &QPushButton::clicked, this, &WeaknessCatalogEditor::importCatalog);
    connect(m_export, &QPushButton::clicked, this, &WeaknessCatalogEditor::exportCatalog);
    connect(m_reset, &QPushButton::clicked, this, &WeaknessCatalogEditor::resetToBuiltIn);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
}

// The themes of the catalog, where it comes from, and adding and removing a theme.
QWidget *WeaknessCatalogEditor::createListSide()
{
    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins({});
    listLayout->addWidget(m_source);
    listLayout->addWidget(m_themes, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listLayout->addLayout(listButtons);

    return listSide;
}

// The theme's form: id, labels, definitions, its topic and deficiency concepts.
QWidget *WeaknessCatalogEditor::createFormSide()
{
    auto *formSide = new QWidget;
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins({});
    auto *form = new QFormLayout;
    const auto row = [this, form](QWidget *field) {
        auto *label = new QLabel;
        m_formLabels.append(label);
        form->addRow(label, field);
    };
    row(m_id);
    row(m_labelZh);
    row(m_labelEn);
    row(m_definitionZh);
    row(m_definitionEn);
    formLayout->addLayout(form);
    formLayout->addWidget(m_topicsLabel);
    formLayout->addWidget(m_topics, 2);
    formLayout->addWidget(m_deficienciesLabel);
    formLayout->addWidget(m_deficiencies, 1);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addTopic);
    rowButtons->addWidget(m_addDeficiency);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch();
    rowButtons->addWidget(m_apply);
    formLayout->addLayout(rowButtons);
    formLayout->addWidget(m_hint);
    formLayout->addWidget(m_problem);

    return formSide;
}

void WeaknessCatalogEditor::addTopicRow()
{
    const int row = m_topics->rowCount();
    m_topics->insertRow(row);
    setRow(m_topics, row, {new QTableWidgetItem, new QTableWidgetItem(u"1"_s), new QTableWidgetItem, checkItem(false), checkItem(false), new QTableWidgetItem});
    m_topics->editItem(m_topics->item(row, TopicConcept));
}

void WeaknessCatalogEditor::addDeficiencyRow()
{
    const int row = m_deficiencies->rowCount();
    m_deficiencies->insertRow(row);
    setRow(m_deficiencies, row, {new QTableWidgetItem, new QTableWidgetItem(u"1"_s), new QTableWidgetItem, checkItem(false)});
    m_deficiencies->editItem(m_deficiencies->item(row, DeficiencyConcept));
}

// Removes the current row of the concept table that has one (the topics first).
void WeaknessCatalogEditor::removeCurrentRow()
{
    for (QTableWidget *table : {m_topics, m_deficiencies}) {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            return;
        }
    }
}

void WeaknessCatalogEditor::setCatalog(const WeaknessCatalog &catalog, bool builtIn)
{
    const QString chosen = m_editingNew ? QString() : m_editing;
    m_catalog = catalog.isValid() ? catalog : m_builtIn;
    m_isBuiltIn = builtIn || !catalog.isValid();
    fillList();
    m_source->setText(m_isBuiltIn ? tr("The built-in themes (revision %1). A change makes them the project's own.").arg(m_catalog.revision())
                                  : tr("The project's own themes (revision %1).").arg(m_catalog.revision()));
    m_reset->setEnabled(!m_isBuiltIn);
    m_editingNew = false;
    if (!chosen.isEmpty() && m_catalog.theme(chosen))
        selectTheme(chosen);
    else if (!m_catalog.themes().isEmpty())
        selectTheme(m_catalog.themes().constFirst().id);
}

void WeaknessCatalogEditor::fillList()
{
    const QSignalBlocker blocker(m_themes);
    m_themes->clear();
    const bool chinese = TranslationLoader::instance()->showsChinese();
    for (const WeaknessTheme &theme : m_catalog.themes())
        m_themes->addItem(m_catalog.themeName(theme.id, chinese));
}

void WeaknessCatalogEditor::selectTheme(const QString &id)
{
    for (int row = 0; row < m_catalog.themes().size(); ++row) {
        if (m_catalog.themes().at(row).id == id) {
            const QSignalBlocker blocker(m_themes);
            m_themes->setCurrentRow(row);
            showTheme(m_catalog.themes().at(row), false);
            return;
        }
    }
}

void WeaknessCatalogEditor::showTheme(const WeaknessTheme &theme, bool isNew)
{
    m_original = theme;
    m_editing = theme.id;
    m_editingNew = isNew;
    m_id->setText(theme.id);
    m_id->setReadOnly(!isNew);
    m_labelZh->setText(theme.label.zh);
    m_labelEn->setText(theme.label.en);
    m_definitionZh->setPlainText(theme.definition.zh);
    m_definitionEn->setPlainText(theme.definition.en);
    m_topics->setRowCount(int(theme.topics.size()));
    for (int row = 0; row < theme.topics.size(); ++row) {
        const WeaknessConcept &c = theme.topics.at(row);
        setRow(m_topics, row,
            {new QTableWidgetItem(c.id), new QTableWidgetItem(QString::number(c.weight)), new QTableWidgetItem(joinTerms(c.terms)),
                checkItem(c.generic && !c.attribute), checkItem(c.attribute), new QTableWidgetItem(joinTerms(c.with))});
    }
    m_deficiencies->setRowCount(int(theme.deficiencies.size()));
    for (int row = 0; row < theme.deficiencies.size(); ++row) {
        const WeaknessConcept &c = theme.deficiencies.at(row);
        setRow(m_deficiencies, row,
            {new QTableWidgetItem(c.id), new QTableWidgetItem(QString::number(c.weight)), new QTableWidgetItem(joinTerms(c.terms)), checkItem(c.standalone)});
    }
    m_topics->resizeRowsToContents();
    m_deficiencies->resizeRowsToContents();
    m_remove->setEnabled(!isNew && m_catalog.themes().size() > 1);
    showProblem({});
}

WeaknessTheme WeaknessCatalogEditor::themeInForm() const
{
    WeaknessTheme theme = m_original;
    theme.id = m_id->text().trimmed();
    theme.label = {m_labelZh->text().trimmed(), m_labelEn->text().trimmed()};
    theme.definition = {m_definitionZh->toPlainText().trimmed(), m_definitionEn->toPlainText().trimmed()};
    // A concept keeps what the form does not show (its patterns, whether it
    // names people or stands before its object) by its name.
    const auto originalOf = [](const QList<WeaknessConcept> &concepts, const QString &id) {
        for (const WeaknessConcept &c : concepts) {
            if (c.id == id)
                return c;
        }
        return WeaknessConcept();
    };
    theme.topics.clear();
    for (int row = 0; row < m_topics->rowCount(); ++row) {
        WeaknessConcept c;
        c.id = text(m_topics, row, TopicConcept);
        c.weight = text(m_topics, row, TopicWeight).toDouble();
        c.terms = splitTerms(text(m_topics, row, TopicTerms));
        c.attribute = checked(m_topics, row, TopicAttribute);
        c.generic = c.attribute || checked(m_topics, row, TopicGeneric);
        c.with = splitTerms(text(m_topics, row, TopicWith));
        const WeaknessConcept original = originalOf(m_original.topics, c.id);
        c.patterns = original.patterns;
        c.people = original.people;
        if (!c.id.isEmpty() || !c.terms.isEmpty())
            theme.topics.append(c);
    }
    theme.deficiencies.clear();
    for (int row = 0; row < m_deficiencies->rowCount(); ++row) {
        WeaknessConcept c;
        c.id = text(m_deficiencies, row, DeficiencyConcept);
        c.weight = text(m_deficiencies, row, DeficiencyWeight).toDouble();
        c.terms = splitTerms(text(m_deficiencies, row, DeficiencyTerms));
        c.standalone = checked(m_deficiencies, row, DeficiencyStandalone);
        const WeaknessConcept original = originalOf(m_original.deficiencies, c.id);
        c.patterns = original.patterns;
        c.precedes = original.precedes;
        if (!c.id.isEmpty() || !c.terms.isEmpty())
            theme.deficiencies.append(c);
    }
    return theme;
}

bool WeaknessCatalogEditor::applyForm()
{
    const WeaknessTheme theme = themeInForm();
    if (theme.id.isEmpty()) {
        showProblem(tr("The theme needs an id (W21 …)."));
        return false;
    }
    if (m_editingNew && m_catalog.theme(theme.id)) {
        showProblem(tr("There is already a theme %1.").arg(m_catalog.themeName(theme.id)));
        return false;
    }
    if (!m_editingNew && m_catalog.theme(theme.id) && *m_catalog.theme(theme.id) == theme) {
        showProblem(tr("Nothing changed."));
        return false;
    }
    const auto edited = m_catalog.withTheme(theme);
    if (!edited) {
        showProblem(edited.error());
        return false;
    }
    showProblem({});
    m_editingNew = false;
    m_editing = theme.id;
    // Named as the heat map names it, in the interface's language.
    const QString name = theme.id + u' ' + (TranslationLoader::instance()->showsChinese() ? theme.label.zh : theme.label.en);
    Q_EMIT catalogEdited(edited.value(), m_catalog.theme(theme.id) ? tr("Edit weakness theme %1").arg(name) : tr("Add weakness theme %1").arg(name));
    return true;
}

void WeaknessCatalogEditor::startNewTheme()
{
    int next = 1;
    for (const WeaknessTheme &t : m_catalog.themes()) {
        bool ok = false;
        const int n = t.id.mid(1).toInt(&ok);
        if (t.id.startsWith(u'W') && ok)
            next = std::max(next, n + 1);
    }
    WeaknessTheme theme;
    theme.id = u"W%1"_s.arg(next, 2, 10, QChar(u'0'));
    {
        const QSignalBlocker blocker(m_themes);
        m_themes->clearSelection();
        m_themes->setCurrentRow(-1);
    }
    showTheme(theme, true);
    m_hint->setText(tr("A new theme: give its labels and at least one topic concept with terms, then Apply."));
    m_labelZh->setFocus();
}

void WeaknessCatalogEditor::removeTheme()
{
    if (m_editingNew || m_editing.isEmpty())
        return;
    const auto edited = m_catalog.withoutTheme(m_editing);
    if (!edited) {
        showProblem(edited.error());
        return;
    }
    const QString name = m_catalog.themeName(m_editing);
    m_editing.clear();
    Q_EMIT catalogEdited(edited.value(), tr("Remove weakness theme %1").arg(name));
}

void WeaknessCatalogEditor::resetToBuiltIn()
{
    if (m_isBuiltIn)
        return;
    Q_EMIT catalogEdited(WeaknessCatalog(), tr("Back to the built-in weakness themes"));
}

QString WeaknessCatalogEditor::problem() const
{
    return m_problem->text();
}

void WeaknessCatalogEditor::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void WeaknessCatalogEditor::importCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Weakness Themes"), {}, tr("Weakness themes (*.json)"));
    if (path.isEmpty())
        return;
    const auto catalog = WeaknessCatalog::loadFile(path);
    if (!catalog) {
        showProblem(catalog.error());
        return;
    }
    Q_EMIT catalogEdited(catalog.value(), tr("Import weakness themes from %1").arg(QFileInfo(path).fileName()));
}

void WeaknessCatalogEditor::exportCatalog()
{
    exportWithDialog(this,
        {tr("Export Weakness Themes"), u"themes"_s, ExportNaming::fileName(tr("Weakness themes"), {}, u"json"_s), tr("Weakness themes (*.json)")},
        [this](const QString &path) {
            return FileSaving::save(QJsonDocument(m_catalog.toJson()).toJson(QJsonDocument::Indented), path);
        });
}

void WeaknessCatalogEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WeaknessCatalogEditor::retranslate()
{
    setWindowTitle(tr("Weakness Themes"));
    const QStringList labels {tr("Id"), tr("Label (Chinese)"), tr("Label (English)"), tr("Definition (Chinese)"), tr("Definition (English)")};
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_topicsLabel->setText(tr("Topics: what the theme is about. A topic beside a deficiency in one clause gives the theme."));
    m_deficienciesLabel->setText(tr("The theme's own deficiency words (the shared ones such as 不足, 有待 apply to every theme)."));
    m_topics->setHorizontalHeaderLabels(
        {tr("Concept"), tr("Weight"), tr("Terms (synonyms, separated by 、)"), tr("Generic"), tr("Attribute"), tr("Only beside")});
    m_deficiencies->setHorizontalHeaderLabels({tr("Concept"), tr("Weight"), tr("Terms (separated by 、)"), tr("Names the theme alone")});
    m_topics->horizontalHeaderItem(TopicGeneric)->setToolTip(tr("Gives way to a specific topic of another theme (机制 in 信息共享机制 is about sharing)"));
    m_topics->horizontalHeaderItem(TopicAttribute)->setToolTip(tr("Belongs to what it is said of, also across 的 (主动性 in 信息公开的主动性)"));
    m_topics->horizontalHeaderItem(TopicWith)->setToolTip(tr("Counts only beside a deficiency of these concepts (执法人员 with 短缺: staffing)"));
    m_deficiencies->horizontalHeaderItem(DeficiencyStandalone)->setToolTip(tr("The words name the theme without a topic of it (不作为, 多头执法)"));
    m_hint->setText(tr("Terms are matched as words: a term inside a longer word (系统 in 系统性) does not count. A term that holds a 、 stands in 「」 "
                       "(「重审批、轻监管」)."));
    m_add->setText(tr("Add Theme"));
    m_remove->setText(tr("Remove Theme"));
    m_addTopic->setText(tr("Add Topic"));
    m_addDeficiency->setText(tr("Add Deficiency"));
    m_removeRow->setText(tr("Remove Row"));
    m_apply->setText(tr("Apply"));
    m_apply->setToolTip(tr("Checks the theme like a catalog file and keeps it in the project (Edit → Undo takes it back)"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write the themes as a file for duizhao-cli --catalog"));
    m_reset->setText(tr("Back to Built-in Themes"));
    m_close->setText(tr("Close"));
}

} // namespace Dz
