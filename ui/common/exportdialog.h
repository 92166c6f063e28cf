#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Dz
{

/// What an export writes: the file at @p path, or a message naming it.
using ExportWriter = std::function<Result<qint64>(const QString &path)>;

/// What is exported, for the dialog.
struct ExportRequest {
    QString title; ///< the dialog's title ("Export Chart")
    /// Which export (deck, chart, table …): each remembers its own folder.
    QString kind;
    /// A name that says what is in the file (ExportNaming::fileName()).
    QString fileName;
    QString filter; ///< as for QFileDialog ("PNG image (*.png);;…")
};

/**
 * Where exports go: each kind of export opens in the folder it last wrote
 * to (else the folder of the last export of any kind, else Documents, never
 * "/"), and a written file is confirmed with its size and a way to open its
 * folder.
 */
class ExportLocations
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ExportLocations)

public:
    /// The folder the dialog for @p kind opens in.
    static QString folderFor(const QString &kind);
    /// Remembers the folder of @p path for @p kind (and for exports of other kinds not made yet).
    static void remember(const QString &kind, const QString &path);
    /// The path the dialog proposes: @p fileName in folderFor(@p kind).
    static QString proposedPath(const QString &kind, const QString &fileName);
    /// "Exported “name” (12 KB) to folder."
    static QString confirmation(const QString &path, qint64 bytes);
};

/// Asks where to export @p request, writes there with @p write, remembers
/// the folder, and confirms (with "Open Folder") or shows the error.
void exportWithDialog(QWidget *parent, const ExportRequest &request, const ExportWriter &write);

} // namespace Dz
