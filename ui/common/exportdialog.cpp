#include "common/exportdialog.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Dz
{

void exportWithDialog(QWidget *parent, const QString &title, const QString &defaultName, const QString &filter, const ExportWriter &write)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, defaultName, filter);
    if (path.isEmpty())
        return;
    if (const auto written = write(path); !written)
        QMessageBox::warning(parent, title, written.error());
}

} // namespace Dz
