// A view's Markdown, CSV and Excel exports (TableExportActions): the three
// actions, the dialog that proposes the view's file name, the writer of the
// format chosen, the confirmation, and an error that names the file.

#include "base/translationloader.h"
#include "common/tableexportactions.h"
#include "export/filesaving.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

using Format = TableExportActions::Format;

// What the dialogs of one export showed, and how the test answered them.
struct Dialogs {
    QString path; ///< typed into the file dialog; empty: the dialog is canceled
    QString title;
    QString proposed;
    QStringList filters;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString message;
    int attempts = 0;
};

// Answers the modal dialogs as they open: the file dialog with d->path,
// then the message box (confirmation or error), which is closed.
void answer(QObject *context, Dialogs *d)
{
    QTimer::singleShot(10, context, [context, d] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            d->title = dialog->windowTitle();
            d->proposed = dialog->selectedFiles().value(0);
            d->filters = dialog->nameFilters();
            if (d->path.isEmpty()) {
                dialog->reject();
                return;
            }
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(d->path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name as the Save button does
            answer(context, d);
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            d->icon = box->icon();
            d->message = box->text();
            box->button(QMessageBox::Ok)->click();
            return;
        }
        if (++d->attempts < 500)
            answer(context, d);
    });
}

// Each format writes its own bytes, so the file says which writer ran.
QByteArray contentsOf(Format format)
{
    switch (format) {
    case Format::Markdown:
        return "# 审计\n"_ba;
    case Format::Csv:
        return "报告,检查\n"_ba;
    case Format::Xlsx:
        return "PK workbook"_ba;
    }
    return {};
}

} // namespace

class TestTableExportActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QWidget m_view;
    TableExportActions *m_exports = nullptr;
    QList<Format> m_written;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QVERIFY(TranslationLoader::instance()->setLanguage(u"en"_s));
        const auto writer = [this](Format format) -> ExportWriter {
            return [this, format](const QString &path) {
                m_written.append(format);
                return FileSaving::save(contentsOf(format), path);
            };
        };
        m_exports = new TableExportActions(&m_view,
            {[] {
                 return u"Export Audit"_s;
             },
                [](const QString &suffix) {
                    return u"审计 青石·2023 青石·2024."_s + suffix;
                },
                writer(Format::Markdown), writer(Format::Csv), writer(Format::Xlsx)});
    }

    void init()
    {
        m_written.clear();
    }

    void threeActionsInOrder()
    {
        const QList<QAction *> actions = m_exports->actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0), m_exports->action(Format::Markdown));
        QCOMPARE(actions.at(1), m_exports->action(Format::Csv));
        QCOMPARE(actions.at(2), m_exports->action(Format::Xlsx));
        QCOMPARE(actions.at(0)->text(), u"Export Markdown…"_s);
        QCOMPARE(actions.at(1)->text(), u"Export CSV…"_s);
        QCOMPARE(actions.at(2)->text(), u"Export XLSX…"_s);
        QCOMPARE(actions.at(1)->objectName(), u"exportCsv"_s);
        QCOMPARE(m_exports->parent(), &m_view);
    }

    void textsFollowTheLanguage()
    {
        QVERIFY(TranslationLoader::instance()->setLanguage(u"zh_CN"_s));
        m_exports->retranslate();
        const QString chinese = m_exports->action(Format::Csv)->text();
        QVERIFY(TranslationLoader::instance()->setLanguage(u"en"_s));
        m_exports->retranslate();
        QCOMPARE(chinese, u"导出 CSV…"_s);
        QCOMPARE(m_exports->action(Format::Csv)->text(), u"Export CSV…"_s);
    }

    void triggeredExportWritesTheFile_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("markdown") << Format::Markdown << u"md"_s;
        QTest::newRow("csv") << Format::Csv << u"csv"_s;
        QTest::newRow("xlsx") << Format::Xlsx << u"xlsx"_s;
    }

    void triggeredExportWritesTheFile()
    {
        QFETCH(Format, format);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        Dialogs dialogs;
        dialogs.path = dir.filePath(u"导出."_s + suffix);
        answer(this, &dialogs);
        m_exports->action(format)->trigger();

        QCOMPARE(dialogs.title, u"Export Audit"_s);
        QCOMPARE(QFileInfo(dialogs.proposed).fileName(), u"审计 青石·2023 青石·2024."_s + suffix);
        QCOMPARE(dialogs.filters.size(), 1);
        QVERIFY2(dialogs.filters.constFirst().contains(u"*."_s + suffix), qPrintable(dialogs.filters.constFirst()));
        QCOMPARE(m_written, QList<Format> {format});
        QFile file(dialogs.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), contentsOf(format));
        QCOMPARE(dialogs.icon, QMessageBox::Information);
        QVERIFY2(dialogs.message.contains(u"导出."_s + suffix), qPrintable(dialogs.message));
        // The next table export opens where this one went.
        QCOMPARE(ExportLocations::folderFor(u"table"_s), QFileInfo(dir.path()).absoluteFilePath());
    }

    void failingWriteShowsTheErrorNamingTheFile()
    {
        QTemporaryDir dir;
        Dialogs dialogs;
        dialogs.path = dir.filePath(u"不存在的文件夹/审计.csv"_s);
        answer(this, &dialogs);
        m_exports->action(Format::Csv)->trigger();

        QCOMPARE(m_written, QList<Format> {Format::Csv});
        QVERIFY(!QFile::exists(dialogs.path));
        QCOMPARE(dialogs.icon, QMessageBox::Warning);
        QVERIFY2(dialogs.message.contains(u"审计.csv"_s), qPrintable(dialogs.message));
    }

    void canceledDialogWritesNothing()
    {
        Dialogs dialogs;
        answer(this, &dialogs);
        m_exports->action(Format::Xlsx)->trigger();
        QCOMPARE(dialogs.title, u"Export Audit"_s);
        QVERIFY(m_written.isEmpty());
        QCOMPARE(dialogs.icon, QMessageBox::NoIcon);
    }

    void buttonsFollowTheirActions()
    {
        const QList<QPushButton *> buttons = m_exports->buttons();
        QCOMPARE(buttons.size(), 3);
        QCOMPARE(buttons.at(2)->text(), u"Export XLSX…"_s);
        QAction *markdown = m_exports->action(Format::Markdown);
        markdown->setEnabled(false);
        QVERIFY(!buttons.at(0)->isEnabled());
        markdown->setEnabled(true);
        QVERIFY(buttons.at(0)->isEnabled());
        markdown->setText(u"Markdown…"_s);
        QCOMPARE(buttons.at(0)->text(), u"Markdown…"_s);
        m_exports->retranslate();
        QCOMPARE(buttons.at(0)->text(), u"Export Markdown…"_s);

        // A click is the action's export: its dialog opens.
        Dialogs dialogs;
        answer(this, &dialogs);
        buttons.at(1)->click();
        QCOMPARE(dialogs.title, u"Export Audit"_s);
        QVERIFY2(dialogs.filters.value(0).contains(u"*.csv"_s), qPrintable(dialogs.filters.value(0)));
        qDeleteAll(buttons);
    }
};

QTEST_MAIN(TestTableExportActions)
#include "tst_tableexportactions.moc"
