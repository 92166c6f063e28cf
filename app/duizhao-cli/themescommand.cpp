#include "themescommand.h"

#include "base/jsonvalues.h"
#include "base/textformatting.h"
#include "weaknesses/weaknessformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Dz::Cli
{

namespace
{

struct Statement {
    QString file;
    QString id;
    QString text;
};

QJsonArray themesJson(const WeaknessClassification &c, const WeaknessCatalog &catalog)
{
    QJsonArray themes;
    for (const WeaknessThemeMatch &m : c.themes) {
        themes.append(QJsonObject {
            {u"theme"_s, m.theme},
            {u"label"_s, catalog.theme(m.theme) ? catalog.theme(m.theme)->label.zh : QString()},
            {u"score"_s, Internal::rounded(m.score)},
            {u"topics"_s, QJsonArray::fromStringList(m.topics)},
            {u"deficiencies"_s, QJsonArray::fromStringList(m.deficiencies)},
        });
    }
    return themes;
}

// The statements of @p files, one a line (# starts a comment; with tabs,
// the first field is the statement's id and the last its text). A file that
// cannot be read is named on @p err and sets @p exitCode to 1.
QList<Statement> readStatements(const QStringList &files, QTextStream &err, int &exitCode)
{
    QList<Statement> statements;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err << QCoreApplication::translate("main", "Cannot read the statements in %1: %2").arg(path, file.errorString()) << Qt::endl;
            exitCode = 1;
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            statements.append({path, fields.size() > 1 ? fields.constFirst().trimmed() : QString::number(i + 1), fields.constLast().trimmed()});
        }
    }
    return statements;
}

QJsonObject statementJson(const Statement &s, const WeaknessClassification &c, const WeaknessCatalog &catalog)
{
    return QJsonObject {
        {u"file"_s, s.file},
        {u"id"_s, s.id},
        {u"text"_s, s.text},
        {u"theme"_s, Internal::stringOrNull(c.theme())},
        {u"confidence"_s, Internal::rounded(c.confidence)},
        {u"themes"_s, themesJson(c, catalog)},
        {u"success"_s, c.success},
        {u"plan"_s, c.plan},
        {u"recurrence"_s, c.recurrence},
    };
}

QString statementCsvRow(const Statement &s, const WeaknessClassification &c, const WeaknessCatalog &catalog)
{
    using Internal::csvField;
    const WeaknessThemeMatch first = c.themes.value(0);
    const WeaknessThemeMatch second = c.themes.value(1);
    const auto label = [&catalog](const QString &id) {
        return catalog.theme(id) ? catalog.theme(id)->label.zh : QString();
    };
    const auto score = [](const WeaknessThemeMatch &m) {
        return m.theme.isEmpty() ? QString() : QString::number(Internal::rounded(m.score));
    };
    const auto flag = [](bool b) {
        return b ? u"true"_s : u"false"_s;
    };
    const QStringList fields {csvField(s.file), csvField(s.id), csvField(first.theme), csvField(label(first.theme)), score(first),
        csvField(first.topics.join(u' ')), csvField(first.deficiencies.join(u' ')), csvField(second.theme), csvField(label(second.theme)), score(second),
        flag(c.success), flag(c.plan), flag(c.recurrence), csvField(s.text)};
    return fields.join(u',') + u'\n';
}

// The statement, its themes with why, then clause by clause the terms read
// and what each clause gives.
void writeStatementText(QTextStream &out, const Statement &s, const WeaknessClassification &c, const WeaknessClassifier &classifier)
{
    out << s.id << u"  "_s << s.text << u'\n';
    if (c.themes.isEmpty()) {
        const QString why = c.plan ? QCoreApplication::translate("main", "a plan, not a shortcoming")
            : c.success            ? QCoreApplication::translate("main", "reports success, not a shortcoming")
                                   : QCoreApplication::translate("main", "no theme: no topic beside a deficiency");
        out << u"    "_s << why << u'\n';
    }
    for (const WeaknessThemeMatch &m : c.themes)
        out << u"    "_s << classifier.catalog().themeName(m.theme) << u" ("_s << Internal::rounded(m.score) << u") — "_s << WeaknessFormat::reason(m) << u'\n';
    for (const WeaknessClauseReading &r : classifier.read(s.text)) {
        QStringList terms;
        for (const WeaknessTermHit &t : r.topics)
            terms.append(t.term + u'(' + t.conceptKey() + u')');
        for (const WeaknessTermHit &t : r.deficiencies)
            terms.append(u'!' + t.term + u'(' + t.conceptKey() + u')');
        QStringList gives;
        for (const WeaknessThemeMatch &m : r.scores)
            gives.append(m.theme + u' ' + QString::number(Internal::rounded(m.score)));
        const QString flags = QString(r.success ? u" [success]"_s : QString()) + (r.plan ? u" [plan]"_s : QString())
            + (r.conceded ? u" [conceded]"_s : QString()) + (r.recurrence ? u" [recurrence]"_s : QString());
        out << u"      · "_s << QStringView(s.text).mid(r.span.start, r.span.length()).trimmed() << flags << u"  "_s << terms.join(u' ')
            << (gives.isEmpty() ? QString() : u"  → "_s + gives.join(u", "_s)) << u'\n';
    }
}

} // namespace

int runThemes(const QStringList &files, const WeaknessClassifier &classifier, const QString &format, QTextStream &out, QTextStream &err)
{
    int exitCode = 0;
    const QList<Statement> statements = readStatements(files, err, exitCode);
    const WeaknessCatalog &catalog = classifier.catalog();
    QJsonArray array;
    QString csv = u"file,id,theme,theme_label,score,topics,deficiencies,second_theme,second_label,second_score,success,plan,recurrence,text\n"_s;
    for (const Statement &s : statements) {
        const WeaknessClassification c = classifier.classifyStatement(s.text);
        if (format == u"json"_s)
            array.append(statementJson(s, c, catalog));
        else if (format == u"csv"_s)
            csv += statementCsvRow(s, c, catalog);
        else
            writeStatementText(out, s, c, classifier);
    }
    if (format == u"json"_s)
        out << QString::fromUtf8(QJsonDocument(QJsonObject {{u"statements"_s, array}}).toJson(QJsonDocument::Indented));
    else if (format == u"csv"_s)
        out << csv;
    out.flush();
    return exitCode;
}

} // namespace Dz::Cli
