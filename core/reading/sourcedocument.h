#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dz
{

/**
 * What a DocumentReader made of a file: the text the analysis reads, and
 * the file itself, kept so that a report can be read again when a reader
 * improves.
 *
 * The text has one paragraph per line ('\n'); page furniture a reader could
 * not place (a web page's 来源/发布时间 fields) is written as lines the
 * FurnitureDetector recognises, so that the metadata come out as they do
 * from a saved text.
 */
struct SourceDocument {
    QString text;
    /// The reader that made it: "text", "html", "docx", "pdf", "ofd", or the
    /// converted format ("doc", "wps", "rtf", "odt").
    QString format;
    /// The text encoding of text formats ("UTF-8", "GB18030"…); for packaged
    /// formats the format's own ("UTF-8" for XML packages, "PDF").
    QString encoding;
    QString mimeType;
    /// The file's bytes as read.
    QByteArray original;
    /// Where the document came from when it is not a file: a web address.
    QString address;
    /// What the reader could read but doubts, one message each naming the
    /// file (a page whose article holds little of the page's text).
    QStringList warnings;
};

} // namespace Dz

Q_DECLARE_METATYPE(Dz::SourceDocument)
