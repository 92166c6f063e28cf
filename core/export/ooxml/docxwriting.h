#pragma once

// WordprocessingML's small pieces, shared by the Word writer's document and
// its fixed parts (styles, fonts, settings, footer).

#include "export/ooxml/docxdocument.h"

#include <QString>
#include <QXmlStreamWriter>

namespace Dz::Internal
{

/// The WordprocessingML namespace.
QString wordprocessingNamespace();
/// The style id Word knows @p style by (Heading1, BodyText …).
QString styleId(DocxDocument::Style style);
/// <name w:val="value"/>: WordprocessingML qualifies its attributes.
void writeWVal(QXmlStreamWriter &w, const QString &name, const QString &value);
/// One run of text; tabs and line ends inside become Word's own elements.
/// A run of @p text; @p halfPoints, when not 0, sets its size apart from its paragraph style's.
void writeRun(QXmlStreamWriter &w, const QString &text, bool bold = false, int halfPoints = 0);
void writeFieldChar(QXmlStreamWriter &w, const QString &type);
void writeInstruction(QXmlStreamWriter &w, const QString &instruction);
/// A field (PAGE, PAGEREF …) with the result shown until Word updates it.
void writeField(QXmlStreamWriter &w, const QString &instruction, const QString &result);
void writeParagraphStyle(QXmlStreamWriter &w, const QString &style);

} // namespace Dz::Internal
