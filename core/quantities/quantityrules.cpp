#include "quantities/quantityrules.h"

#include "base/jsonvalidator.h"
#include "quantities/quantity_debug.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dz
{

namespace Internal
{

namespace
{

std::optional<QuantityKind> kindFromName(const QString &name)
{
    if (name == u"count")
        return QuantityKind::Count;
    if (name == u"money")
        return QuantityKind::Money;
    if (name == u"percentage")
        return QuantityKind::Percentage;
    if (name == u"percentagePoints")
        return QuantityKind::PercentagePoints;
    return std::nullopt;
}

std::optional<QuantityQualifier> qualifierFromName(const QString &name)
{
    if (name == u"approximate")
        return QuantityQualifier::Approximate;
    if (name == u"atLeast")
        return QuantityQualifier::AtLeast;
    if (name == u"atMost")
        return QuantityQualifier::AtMost;
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

bool longerFirst(const QString &a, const QString &b)
{
    return a.size() > b.size() || (a.size() == b.size() && a < b);
}

std::optional<QList<QualifierWord>> readQualifiers(const QJsonArray &array, QString *problem, const QString &key)
{
    QList<QualifierWord> words;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QualifierWord w;
        w.word = o.value(u"word"_s).toString();
        const auto qualifier = qualifierFromName(o.value(u"qualifier"_s).toString());
        if (w.word.isEmpty() || !qualifier) {
            *problem =
                QCoreApplication::translate("Dz::QuantityScanner", "entry %1 of \"%2\" needs a \"word\" and a \"qualifier\" (approximate, atLeast or atMost)")
                    .arg(i + 1)
                    .arg(key);
            return std::nullopt;
        }
        w.qualifier = *qualifier;
        w.inclusive = o.value(u"inclusive"_s).toBool(true);
        w.notAfter = stringList(o.value(u"notAfter"_s)).join(QString());
        words.append(w);
    }
    std::stable_sort(words.begin(), words.end(), [](const QualifierWord &a, const QualifierWord &b) {
        return a.word.size() > b.word.size();
    });
    return words;
}

} // namespace

Result<std::shared_ptr<const QuantityRules>> readQuantityRules(const QByteArray &json, const QString &origin)
{
    using R = Result<std::shared_ptr<const QuantityRules>>;
    const auto failure = [&origin](const QString &problem) {
        qCWarning(lcQuantity) << "rejected measure-word file" << origin << problem;
        return R::failure(QCoreApplication::translate("Dz::QuantityScanner", "The measure-word file %1 is not valid: %2").arg(origin, problem));
    };
    Internal::JsonValidator validator;
    const QJsonObject root = validator.readRoot(json, u"duizhao-measure-words");
    if (!validator.ok())
        return failure(validator.problem);

    auto rules = std::make_shared<QuantityRules>();
    QSet<QString> seen;
    const auto addWord = [&](const MeasureWord &m) {
        rules->measureWords[m.word.at(0)].append(m);
        seen.insert(m.word);
    };
    const QJsonArray measureWords = root.value(u"measureWords"_s).toArray();
    for (qsizetype i = 0; i < measureWords.size(); ++i) {
        const QJsonObject o = measureWords.at(i).toObject();
        MeasureWord m;
        m.word = o.value(u"word"_s).toString();
        m.unit = o.value(u"unit"_s).toString(m.word);
        m.exponent = o.value(u"exponent"_s).toInt(0);
        const auto kind = kindFromName(o.value(u"kind"_s).toString());
        if (m.word.isEmpty() || !kind || m.exponent < 0 || m.exponent > 12)
            return failure(QCoreApplication::translate(
                "Dz::QuantityScanner", "entry %1 of \"%2\" needs a \"word\" and a \"kind\" (count, money, percentage or percentagePoints)")
                    .arg(i + 1)
                    .arg(u"measureWords"_s));
        if (seen.contains(m.word))
            return failure(QCoreApplication::translate("Dz::QuantityScanner", "\"%1\" is listed twice").arg(m.word));
        m.kind = *kind;
        addWord(m);
        rules->measureWordList.append(m.word);
    }
    if (rules->measureWordList.isEmpty())
        return failure(QCoreApplication::translate("Dz::QuantityScanner", "\"measureWords\" must list at least one measure word"));
    for (const QString &word : stringList(root.value(u"notMeasureWords"_s).toObject().value(u"words"_s))) {
        if (word.isEmpty())
            continue;
        if (seen.contains(word))
            return failure(QCoreApplication::translate("Dz::QuantityScanner", "\"%1\" is listed twice").arg(word));
        MeasureWord m;
        m.word = word;
        m.isQuantity = false;
        addWord(m);
    }
    for (QList<MeasureWord> &list : rules->measureWords) {
        std::stable_sort(list.begin(), list.end(), [](const MeasureWord &a, const MeasureWord &b) {
            return a.word.size() > b.word.size();
        });
    }
    std::sort(rules->measureWordList.begin(), rules->measureWordList.end(), longerFirst);

    QString problem;
    const auto prefixes = readQualifiers(root.value(u"prefixQualifiers"_s).toArray(), &problem, u"prefixQualifiers"_s);
    if (!prefixes)
        return failure(problem);
    const auto suffixes = readQualifiers(root.value(u"suffixQualifiers"_s).toArray(), &problem, u"suffixQualifiers"_s);
    if (!suffixes)
        return failure(problem);
    rules->prefixes = *prefixes;
    rules->suffixes = *suffixes;

    for (const QString &phrase : stringList(root.value(u"fixedPhrases"_s).toObject().value(u"phrases"_s))) {
        if (!phrase.isEmpty())
            rules->phrases[phrase.at(0)].append(phrase);
    }
    for (QStringList &list : rules->phrases)
        std::sort(list.begin(), list.end(), longerFirst);
    rules->wordPrefixes = root.value(u"wordPrefixes"_s).toObject().value(u"characters"_s).toString();
    rules->vagueNotAfter = root.value(u"vagueNumbers"_s).toObject().value(u"notAfter"_s).toString();
    for (const QString &word : stringList(root.value(u"articleUnits"_s).toObject().value(u"words"_s)))
        rules->articleUnits.insert(word);
    for (const QString &code : stringList(root.value(u"codes"_s).toObject().value(u"numbers"_s)))
        rules->codes.insert(code);
    qCDebug(lcQuantity) << "measure words from" << origin << rules->measureWordList.size();
    return std::shared_ptr<const QuantityRules>(std::move(rules));
}

} // namespace Internal

} // namespace Dz
