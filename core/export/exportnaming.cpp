#include "export/exportnaming.h"

using namespace Qt::StringLiterals;

namespace Dz
{

QString ExportNaming::scope(const QStringList &reportNames)
{
    QStringList names;
    for (const QString &name : reportNames)
        names.append(QString(name).remove(u' '));
    if (names.isEmpty())
        return {};
    if (names.size() <= 3)
        return names.join(u"、");
    return tr("%1 and %n more", nullptr, int(names.size() - 1)).arg(names.constFirst());
}

QString ExportNaming::safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || QStringView(u"/\\:*?\"<>|").contains(c))
            out += u'_';
        else
            out += c;
    }
    out = out.simplified();
    // Windows refuses names ending in a dot or a space.
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    return out;
}

QString ExportNaming::fileName(const QString &subject, const QStringList &reportNames, const QString &suffix, QDate date)
{
    QStringList parts {subject, scope(reportNames), date.isValid() ? date.toString(Qt::ISODate) : QString()};
    parts.removeAll(QString());
    QString base = safe(parts.join(u' '));
    if (base.size() > MaxLength) {
        // Shorten the middle (the reports), keep the subject and the date.
        const QString tail = date.isValid() ? u' ' + date.toString(Qt::ISODate) : QString();
        base = base.left(MaxLength - tail.size() - 1).trimmed() + u'…' + tail;
    }
    if (base.isEmpty())
        base = tr("export");
    return suffix.isEmpty() ? base : base + u'.' + suffix;
}

} // namespace Dz
