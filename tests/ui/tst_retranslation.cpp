// A language switch leaves nothing behind: after switching to Chinese no
// visible widget of any view or dock (labels, buttons, placeholders, combo
// boxes, tabs, docks, menus, table headers and cells, list items) shows a
// string of the interface in English, and after switching back none shows
// one in Chinese. The strings are those of translations/duizhao_zh_CN.ts,
// so every string the interface has is looked for.

#include "audit/auditpane.h"
#include "base/translationloader.h"
#include "deck/deckpane.h"
#include "indicators/indicatorspane.h"
#include "weaknesses/weaknessboard.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Dz;

namespace
{

// The interface's strings in one language: exact ones, and patterns for those with arguments.
struct Strings {
    QSet<QString> exact;
    QList<QRegularExpression> patterns;

    void add(const QString &text)
    {
        static const QRegularExpression argument(uR"(%(\d+|n|L\d+))"_s);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return;
        if (!argument.match(trimmed).hasMatch()) {
            exact.insert(normalised(trimmed));
            return;
        }
        // The literal parts must say something: "%1 (%2)" matches anything.
        QString literal = trimmed;
        literal.remove(argument);
        literal.remove(QRegularExpression(u"[\\s\\p{P}]"_s));
        if (literal.size() < 4)
            return;
        QString pattern;
        qsizetype last = 0;
        for (auto it = argument.globalMatch(trimmed); it.hasNext();) {
            const auto m = it.next();
            pattern += QRegularExpression::escape(trimmed.mid(last, m.capturedStart() - last)) + u".+"_s;
            last = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(trimmed.mid(last));
        patterns.append(QRegularExpression(u"^"_s + pattern + u"$"_s, QRegularExpression::DotMatchesEverythingOption));
    }

    bool matches(const QString &text) const
    {
        const QString n = normalised(text);
        if (n.isEmpty())
            return false;
        if (exact.contains(n))
            return true;
        return std::any_of(patterns.cbegin(), patterns.cend(), [&](const QRegularExpression &p) {
            return p.match(n).hasMatch();
        });
    }

    static QString normalised(QString text)
    {
        text.remove(QRegularExpression(u"&(?!&)"_s)); // mnemonics
        return text.trimmed();
    }
};

// Chinese translations and their English sources, where they differ.
std::pair<Strings, Strings> interfaceStrings()
{
    Strings chinese;
    Strings english;
    QFile file(QStringLiteral(DUIZHAO_TEST_DATA_DIR) + u"/../../translations/duizhao_zh_CN.ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read duizhao_zh_CN.ts");
    QXmlStreamReader r(&file);
    QString source;
    QStringList translations;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"source") {
            source = r.readElementText();
        } else if (r.isStartElement() && r.name() == u"translation") {
            translations.clear();
            // Either text, or numerusform children.
            QString text;
            while (!(r.isEndElement() && r.name() == u"translation") && !r.atEnd()) {
                r.readNext();
                if (r.isCharacters())
                    text += r.text();
                else if (r.isStartElement() && r.name() == u"numerusform")
                    translations.append(r.readElementText());
            }
            if (translations.isEmpty())
                translations.append(text);
        } else if (r.isEndElement() && r.name() == u"message") {
            for (const QString &t : std::as_const(translations)) {
                if (!t.trimmed().isEmpty() && t.trimmed() != source.trimmed()) {
                    chinese.add(t);
                    english.add(source);
                }
            }
        }
    }
    return {chinese, english};
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// What a text is checked as: whole, each line, each part between brackets or " · ".
QStringList segments(const QString &text)
{
    QStringList parts {text};
    for (const QString &line : text.split(u'\n')) {
        parts.append(line);
        static const QRegularExpression bracketed(uR"(\[([^\]]+)\])"_s);
        for (auto it = bracketed.globalMatch(line); it.hasNext();)
            parts.append(it.next().captured(1));
        parts.append(line.split(u" · "_s));
    }
    return parts;
}

void addModelTexts(const QAbstractItemView *view, QStringList &texts)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int c = 0; c < std::min(model->columnCount(), 40); ++c)
        texts.append(model->headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < std::min(model->rowCount(), 40); ++r) {
        texts.append(model->headerData(r, Qt::Vertical).toString());
        for (int c = 0; c < std::min(model->columnCount(), 40); ++c)
            texts.append(model->index(r, c).data().toString());
    }
}

QStringList visibleTexts(QMainWindow *window)
{
    QStringList texts {window->windowTitle()};
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || !w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append(plain(label->text()));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.append(button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts.append(edit->placeholderText());
        else if (auto *browser = qobject_cast<QTextBrowser *>(w))
            texts.append(browser->toPlainText().split(u'\n'));
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            texts.append(text->placeholderText());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts.append(group->title());
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto *dock = qobject_cast<QDockWidget *>(w))
            texts.append(dock->windowTitle());
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            addModelTexts(view, texts);
    }
    // Menus and tool bars say their actions, shown or not.
    for (QAction *action : window->menuBar()->actions()) {
        texts.append(action->text());
        if (action->menu()) {
            for (QAction *item : action->menu()->actions())
                texts.append(item->text());
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->associatedObjects().isEmpty())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

class TestRetranslation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    // Every view in turn, with its details filled, and the docks open.
    QStringList walk(MainWindow &window)
    {
        QStringList texts;
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            texts.append(visibleTexts(&window));
        }
        return texts;
    }

    static QStringList leftovers(const QStringList &texts, const Strings &foreign)
    {
        QStringList found;
        for (const QString &text : texts) {
            for (const QString &segment : segments(text)) {
                if (foreign.matches(segment) && !found.contains(segment))
                    found.append(segment);
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        TranslationLoader::instance()->setLanguage(u"en"_s);
    }

    // Qt's own strings (OK/Cancel, file dialogs, the text context menu) come
    // from qt6-translations-l10n, which the build root and the package depend on.
    void qtsOwnStringsFollow()
    {
        TranslationLoader::instance()->setLanguage(u"zh_CN"_s);
        QDialogButtonBox chinese(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(chinese.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"取消"_s);
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList items;
        for (QAction *action : menu->actions())
            items.append(action->text());
        QVERIFY2(items.join(u' ').contains(u"复制"_s), qPrintable(items.join(u", "_s)));
        TranslationLoader::instance()->setLanguage(u"en"_s);
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancel"_s);
    }

    void nothingStaysBehind()
    {
        const auto [chinese, english] = interfaceStrings();
        QVERIFY(chinese.exact.size() > 300);

        MainWindow window;
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy analysed(&window, &MainWindow::analysisFinished);
        QSignalSpy audited(window.auditPane(), &AuditPane::auditShown);
        window.openSamples();
        QVERIFY(analysed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(audited.size() >= 1, 30000);
        // Details filled: a chart on a slide, a weakness cell's items, an audit cell explained.
        Q_EMIT window.indicatorsPane()->addToDeckRequested(window.indicatorsPane()->charts());
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        window.weaknessBoard()->showItems(0, QString(), true);
        window.auditPane()->activate(3, 1);

        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            audited.clear();
            TranslationLoader::instance()->setLanguage(language);
            // The audit is made again in the new language.
            QTRY_VERIFY_WITH_TIMEOUT(audited.size() >= 1, 30000);
            window.auditPane()->activate(3, 1);
            const QStringList texts = walk(window);
            const QStringList left = leftovers(texts, language == u"en" ? chinese : english);
            QVERIFY2(left.isEmpty(), qPrintable(language + u": left in the other language: "_s + left.join(u" | "_s)));
        }
    }
};

QTEST_MAIN(TestRetranslation)
#include "tst_retranslation.moc"
