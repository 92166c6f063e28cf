#include "quantities/quantityscanner.h"

#include "base/widthfolding.h"
#include "quantities/quantity_debug.h"
#include "quantities/quantitymatcher.h"
#include "quantities/quantityrules.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Dz
{

QuantityScanner::QuantityScanner(std::shared_ptr<const Internal::QuantityRules> rules)
    : m_rules(std::move(rules))
{
}

const QuantityScanner &QuantityScanner::builtIn()
{
    // The built-in file is part of the binary; it failing to load is a
    // build error, caught by the tests, so an empty scanner is enough here.
    static const QuantityScanner scanner = [] {
        auto loaded = fromFile(u":/duizhao/reading/measure-words.json"_s);
        if (!loaded) {
            qCCritical(lcQuantity) << loaded.error();
            return QuantityScanner(std::make_shared<const Internal::QuantityRules>());
        }
        return std::move(loaded).value();
    }();
    return scanner;
}

Result<QuantityScanner> QuantityScanner::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QuantityScanner>::failure(
            QCoreApplication::translate("Dz::QuantityScanner", "Cannot read the measure-word file %1: %2").arg(path, file.errorString()));
    auto rules = Internal::readQuantityRules(file.readAll(), path);
    if (!rules)
        return Failure(rules.error());
    return QuantityScanner(std::move(rules).value());
}

QList<Quantity> QuantityScanner::scan(QStringView text) const
{
    if (!m_rules || text.isEmpty())
        return {};
    const QString folded = foldWidth(text);
    return Internal::QuantityMatcher(*m_rules, folded).run();
}

QList<Quantity> QuantityScanner::scanFolded(QStringView folded) const
{
    if (!m_rules || folded.isEmpty())
        return {};
    return Internal::QuantityMatcher(*m_rules, folded).run();
}

QStringList QuantityScanner::measureWords() const
{
    return m_rules ? m_rules->measureWordList : QStringList();
}

} // namespace Dz
