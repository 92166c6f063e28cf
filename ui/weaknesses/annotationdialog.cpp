#include "weaknesses/annotationdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dz
{

QString severityText(Annotation::Severity severity)
{
    switch (severity) {
    case Annotation::Severity::Low:
        return AnnotationDialog::tr("low");
    case Annotation::Severity::Medium:
        return AnnotationDialog::tr("medium");
    case Annotation::Severity::High:
        return AnnotationDialog::tr("high");
    }
    return {};
}

QString statusText(Annotation::Status status)
{
    switch (status) {
    case Annotation::Status::Open:
        return AnnotationDialog::tr("open");
    case Annotation::Status::Reviewed:
        return AnnotationDialog::tr("reviewed");
    case Annotation::Status::Flagged:
        return AnnotationDialog::tr("flagged");
    }
    return {};
}

AnnotationDialog::AnnotationDialog(const Annotation &annotation, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_annotation(annotation)
    , m_note(new QPlainTextEdit(annotation.note))
    , m_tags(new QLineEdit(annotation.tags.join(u", "_s)))
    , m_severity(new QComboBox)
    , m_status(new QComboBox)
{
    setWindowTitle(annotation.id == 0 ? tr("Annotate") : tr("Edit Annotation"));
    m_note->setObjectName(u"annotationNote"_s);
    m_tags->setObjectName(u"annotationTags"_s);
    m_tags->setPlaceholderText(tr("comma-separated, e.g. 执法, 人员不足"));
    auto *completer = new QCompleter(knownTags, m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);
    for (auto severity : {Annotation::Severity::Low, Annotation::Severity::Medium, Annotation::Severity::High})
        m_severity->addItem(severityText(severity), int(severity));
    m_severity->setCurrentIndex(m_severity->findData(int(annotation.severity)));
    for (auto status : {Annotation::Status::Open, Annotation::Status::Reviewed, Annotation::Status::Flagged})
        m_status->addItem(statusText(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(annotation.status)));

    auto *quote = new QLabel(u"“"_s + annotation.quote.left(120) + (annotation.quote.size() > 120 ? u"…”"_s : u"”"_s));
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(quote);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Status:"), m_status);
    form->addRow(buttons);
}

Annotation AnnotationDialog::result() const
{
    Annotation a = m_annotation;
    a.note = m_note->toPlainText().trimmed();
    a.tags.clear();
    for (const QString &tag : m_tags->text().split(QRegularExpression(u"[,，、;；]"_s), Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !a.tags.contains(trimmed))
            a.tags.append(trimmed);
    }
    a.severity = Annotation::Severity(m_severity->currentData().toInt());
    a.status = Annotation::Status(m_status->currentData().toInt());
    return a;
}

} // namespace Dz
