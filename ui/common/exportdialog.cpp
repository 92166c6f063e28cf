#include "common/exportdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{
const QString LastFolderKey = u"export/lastFolder"_s;

QString folderKey(const QString &kind)
{
    return u"export/folders/"_s + (kind.isEmpty() ? u"other"_s : kind);
}
} // namespace

QString ExportLocations::folderFor(const QString &kind)
{
    const QSettings settings;
    for (const QString &key : {folderKey(kind), LastFolderKey}) {
        const QString folder = settings.value(key).toString();
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void ExportLocations::remember(const QString &kind, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    QSettings settings;
    settings.setValue(folderKey(kind), folder);
    settings.setValue(LastFolderKey, folder);
}

QString ExportLocations::proposedPath(const QString &kind, const QString &fileName)
{
    return QDir(folderFor(kind)).filePath(fileName);
}

QString ExportLocations::confirmation(const QString &path, qint64 bytes)
{
    const QFileInfo info(path);
    return tr("Exported “%1” (%2) to %3.").arg(info.fileName(), QLocale().formattedDataSize(bytes), QDir::toNativeSeparators(info.absolutePath()));
}

void exportWithDialog(QWidget *parent, const ExportRequest &request, const ExportWriter &write)
{
    const QString path = QFileDialog::getSaveFileName(parent, request.title, ExportLocations::proposedPath(request.kind, request.fileName), request.filter);
    if (path.isEmpty())
        return;
    const auto written = write(path);
    if (!written) {
        QMessageBox::warning(parent, request.title, written.error());
        return;
    }
    ExportLocations::remember(request.kind, path);
    QMessageBox box(QMessageBox::Information, request.title, ExportLocations::confirmation(path, written.value()), QMessageBox::Ok, parent);
    QPushButton *open = box.addButton(ExportLocations::tr("Open Folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace Dz
