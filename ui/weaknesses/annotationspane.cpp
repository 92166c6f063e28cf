#include "weaknesses/annotationspane.h"

#include "base/textformatting.h"
#include "common/tableexportactions.h"
#include "export/exportnaming.h"
#include "export/filesaving.h"
#include "export/tableexport.h"
#include "weaknesses/annotationdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

enum Column { ReportColumn, QuoteColumn, NoteColumn, TagsColumn, SeverityColumn, StatusColumn, ThemeColumn, ColumnCount };

} // namespace

AnnotationsPane::AnnotationsPane(QWidget *parent)
    : QWidget(parent)
    , m_tag(new QComboBox)
    , m_theme(new QComboBox)
    , m_status(new QComboBox)
    , m_list(new QTreeWidget)
    , m_edit(new QPushButton)
    , m_remove(new QPushButton)
    , m_place(new QPushButton)
{
    setObjectName(u"annotationsPane"_s);
    m_list->setObjectName(u"annotationList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const ShownAnnotation *a = current())
            Q_EMIT showRequested(a->report, a->annotation.span);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const ShownAnnotation *a = current();
        m_edit->setEnabled(a);
        m_remove->setEnabled(a);
        m_place->setEnabled(a && a->annotation.needsReanchoring);
    });
    for (QComboBox *filter : {m_tag, m_theme, m_status})
        connect(filter, &QComboBox::currentIndexChanged, this, &AnnotationsPane::refill);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const ShownAnnotation *a = current())
            Q_EMIT editRequested(a->annotation);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const ShownAnnotation *a = current())
            Q_EMIT removeRequested(a->annotation);
    });
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (const ShownAnnotation *a = current())
            Q_EMIT placeRequested(a->annotation);
    });
    const auto fileName = [this](const QString &suffix) {
        QStringList names;
        for (const ShownAnnotation &a : shown()) {
            if (!names.contains(a.reportName))
                names.append(a.reportName);
        }
        return ExportNaming::fileName(tr("Annotations"), names, suffix);
    };
    m_exports = new TableExportActions(this,
        {[this] {
             return tr("Export Annotations");
         },
            fileName,
            [this](const QString &path) {
                return FileSaving::save(toMarkdown().toUtf8(), path);
            },
            [this](const QString &path) {
                return TableExport::saveCsv(table(), path);
            },
            [this](const QString &path) {
                return TableExport::saveXlsx({table()}, path);
            }});

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_tag, 0, 0);
    layout->addWidget(m_theme, 0, 1);
    layout->addWidget(m_status, 0, 2);
    layout->addWidget(m_list, 1, 0, 1, 6);
    layout->addWidget(m_edit, 2, 0);
    layout->addWidget(m_remove, 2, 1);
    layout->addWidget(m_place, 2, 2);
    int column = 3;
    for (QPushButton *button : m_exports->buttons())
        layout->addWidget(button, 2, column++);
    retranslate();
    fillFilters();
}

void AnnotationsPane::setAnnotations(const QList<ShownAnnotation> &annotations)
{
    m_all = annotations;
    fillFilters();
    refill();
}

void AnnotationsPane::fillFilters()
{
    // Filters keep their choice across refreshes when it still exists.
    const auto refillCombo = [](QComboBox *combo, const QString &all, const QStringList &values) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    };
    QStringList tags;
    QStringList themes;
    for (const ShownAnnotation &a : std::as_const(m_all)) {
        for (const QString &tag : a.annotation.tags) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
        if (!a.theme.isEmpty() && !themes.contains(a.theme))
            themes.append(a.theme);
    }
    tags.sort();
    themes.sort();
    refillCombo(m_tag, tr("All tags"), tags);
    refillCombo(m_theme, tr("All themes"), themes);
    const QString status = m_status->currentData().toString();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (auto s : {Annotation::Status::Open, Annotation::Status::Reviewed, Annotation::Status::Flagged})
        m_status->addItem(statusText(s), Annotation::statusName(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

QList<ShownAnnotation> AnnotationsPane::shown() const
{
    const QString tag = m_tag->currentData().toString();
    const QString theme = m_theme->currentData().toString();
    const QString status = m_status->currentData().toString();
    QList<ShownAnnotation> result;
    for (const ShownAnnotation &a : m_all) {
        if ((tag.isEmpty() || a.annotation.tags.contains(tag)) && (theme.isEmpty() || a.theme == theme)
            && (status.isEmpty() || Annotation::statusName(a.annotation.status) == status))
            result.append(a);
    }
    return result;
}

void AnnotationsPane::setTagFilter(const QString &tag)
{
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
}

void AnnotationsPane::setThemeFilter(const QString &theme)
{
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme)));
}

void AnnotationsPane::setStatusFilter(std::optional<Annotation::Status> status)
{
    m_status->setCurrentIndex(status ? qMax(0, m_status->findData(Annotation::statusName(*status))) : 0);
}

void AnnotationsPane::refill()
{
    m_list->clear();
    const QList<ShownAnnotation> annotations = shown();
    for (int i = 0; i < annotations.size(); ++i) {
        const ShownAnnotation &a = annotations.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ReportColumn, a.reportName);
        item->setText(QuoteColumn, (a.annotation.needsReanchoring ? u"⚠ "_s : QString()) + a.annotation.quote);
        item->setToolTip(QuoteColumn,
            a.annotation.needsReanchoring ? tr("The report's text changed and this passage was not found again: select it and press Place at Selection")
                                          : a.annotation.quote);
        item->setText(NoteColumn, a.annotation.note);
        item->setToolTip(NoteColumn, a.annotation.note);
        item->setText(TagsColumn, a.annotation.tags.join(u", "_s));
        item->setText(SeverityColumn, severityText(a.annotation.severity));
        item->setText(StatusColumn, statusText(a.annotation.status));
        item->setText(ThemeColumn, a.theme);
        item->setData(0, Qt::UserRole, a.annotation.id);
    }
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    m_place->setEnabled(false);
}

const ShownAnnotation *AnnotationsPane::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const ShownAnnotation &a : m_all) {
        if (a.annotation.id == id)
            return &a;
    }
    return nullptr;
}

QString AnnotationsPane::toMarkdown() const
{
    QString out = u"# "_s + tr("Annotations") + u"\n\n"_s;
    for (const ShownAnnotation &a : shown()) {
        out += u"- **"_s + a.reportName + u"** “"_s + a.annotation.quote + u"”"_s;
        if (!a.theme.isEmpty())
            out += u" — "_s + a.theme;
        out += u"\n  "_s + severityText(a.annotation.severity) + u", "_s + statusText(a.annotation.status);
        if (!a.annotation.tags.isEmpty())
            out += u", #"_s + a.annotation.tags.join(u" #"_s);
        if (!a.annotation.note.isEmpty())
            out += u"\n  "_s + a.annotation.note;
        out += u'\n';
    }
    return out;
}

TableData AnnotationsPane::table() const
{
    TableData t;
    t.title = tr("Annotations");
    t.header = {tr("Report"), tr("Passage"), tr("Note"), tr("Tags"), tr("Severity"), tr("Status"), tr("Theme"), tr("Needs placing")};
    for (const ShownAnnotation &a : shown())
        t.rows.append({a.reportName, a.annotation.quote, a.annotation.note, a.annotation.tags.join(u'、'), severityText(a.annotation.severity),
            statusText(a.annotation.status), a.theme, a.annotation.needsReanchoring ? tr("yes") : QString()});
    return t;
}

QString AnnotationsPane::toCsv() const
{
    using Internal::csvField;
    QString out = u"report,start,end,quote,note,tags,severity,status,theme,needs_reanchoring\n"_s;
    for (const ShownAnnotation &a : shown()) {
        out +=
            QStringList {csvField(a.reportName), QString::number(a.annotation.span.start), QString::number(a.annotation.span.end), csvField(a.annotation.quote),
                csvField(a.annotation.note), csvField(a.annotation.tags.join(u';')), Annotation::severityName(a.annotation.severity),
                Annotation::statusName(a.annotation.status), csvField(a.theme), a.annotation.needsReanchoring ? u"true"_s : u"false"_s}
                .join(u',')
            + u'\n';
    }
    return out;
}

void AnnotationsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillFilters();
        refill();
    }
    QWidget::changeEvent(event);
}

void AnnotationsPane::retranslate()
{
    m_list->setHeaderLabels({tr("Report"), tr("Passage"), tr("Note"), tr("Tags"), tr("Severity"), tr("Status"), tr("Theme")});
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_place->setText(tr("Place at Selection"));
    m_place->setToolTip(tr("Put an annotation whose passage was not found again at the text selected in its report's column"));
    m_exports->retranslate();
}

} // namespace Dz
