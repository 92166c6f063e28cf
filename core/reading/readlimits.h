#pragma once

#include <QCoreApplication>
#include <QString>

namespace Dz
{

/**
 * What a document may become when it is read, whatever its format, and the
 * messages that refuse one beyond it.
 *
 * A small file can describe a huge text (a glyph position repeated a
 * hundred thousand times, a page listed thousands of times, a list counter
 * near INT_MAX written in letters) or nest its elements tens of thousands
 * deep. The readers check these bounds while they read, before anything
 * large is allocated, and refuse the file by name and reason; a memory
 * failure that still happens is caught at the reader's boundary
 * (DocumentReader), so that it costs one file, never the process.
 */
class ReadLimits
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ReadLimits)

public:
    /// Elements nested deeper than this (XML of a .docx or an OFD, a web
    /// page's tree after unclosed blocks are recovered) are refused: Word
    /// nests tables and text boxes a few dozen levels at most.
    static constexpr int MaxDepth = 256;
    /// The most characters (UTF-16 units) a report's text may have, from
    /// any format: as many as the largest plain-text report file may hold
    /// bytes (ReportReader::MaxFileSize); real reports have about 50,000.
    static constexpr qsizetype MaxTextLength = 8 * 1024 * 1024;
    /// The most pages a PDF or OFD may have (or list) to be read.
    static constexpr int MaxPages = 2000;
    /// The most pages of a scan read by OCR (a few seconds each).
    static constexpr int MaxOcrPages = 100;
    /// The largest list counter of Word numbering (Word's own largest start value).
    static constexpr int MaxListNumber = 32767;
    /// The longest list marker rendered ("一、", "1.2.3."); a level text
    /// that renders longer (thousands of %1) gives no marker.
    static constexpr int MaxMarkerLength = 64;

    /// "%1: refused: … nested more than 256 levels deep …" for @p part of @p fileName.
    static QString tooDeep(const QString &fileName, const QString &part);
    /// The text would exceed MaxTextLength.
    static QString tooLong(const QString &fileName);
    /// A document of @p pages pages (more than MaxPages).
    static QString tooManyPages(const QString &fileName, qint64 pages);
    /// Memory ran out while the file was read (std::bad_alloc at the reader's boundary).
    static QString outOfMemory(const QString &fileName);
};

} // namespace Dz
