#pragma once

#include "project/annotation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Dz
{

/// Asks for what an analyst writes on a passage: note, tags, severity, status.
class AnnotationDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Starts from @p annotation (a new one, or one being edited); @p knownTags complete the tags field.
    AnnotationDialog(const Annotation &annotation, const QStringList &knownTags, QWidget *parent = nullptr);

    /// @c annotation with what the analyst entered.
    Annotation result() const;

private:
    Annotation m_annotation;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
};

/// "low", "medium" … as the analyst reads them, in the interface language.
QString severityText(Annotation::Severity severity);
QString statusText(Annotation::Status status);

} // namespace Dz
