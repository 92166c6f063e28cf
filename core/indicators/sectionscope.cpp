#include "indicators/sectionscope.h"

#include "alignment/scheme.h"

namespace Dz
{

QList<SectionScope> SectionScope::of(const Report &report, const ReportClassification &classification)
{
    QList<SectionScope> scopes;
    for (qsizetype i = 0; i < report.sections.size() && i < classification.sections.size(); ++i) {
        const Section &section = report.sections.at(i);
        const SectionClassification &c = classification.sections.at(i);
        const qsizetype start = section.titleSpan.isValid() ? section.titleSpan.start : section.headingSpan.end;
        const qsizetype end = section.bodySpan.isValid() ? section.bodySpan.end : section.headingSpan.end;
        if (start < 0 || end <= start)
            continue;

        SectionScope scope;
        scope.section = int(i);
        scope.part = c.part;
        scope.node = Scheme::nodeId(c.part, c.theme);
        for (int s = int(i); s >= 0; s = report.sections.at(s).parent) {
            const QString &theme = classification.sections.at(s).theme;
            if (!theme.isEmpty() && !scope.themes.contains(theme))
                scope.themes.append(theme);
        }

        if (!c.isSplit()) {
            scope.span = {start, end};
            scopes.append(scope);
            continue;
        }
        // A split heading: the opening paragraph is one part, enumerated items the other.
        const qsizetype introEnd = c.introSpan.isValid() ? c.introSpan.end : (c.itemsSpan.isValid() ? c.itemsSpan.start : end);
        scope.span = {start, qMin(introEnd, end)};
        scopes.append(scope);
        if (c.itemsSpan.isValid()) {
            SectionScope items = scope;
            items.part = c.itemsPart;
            items.node = c.itemsPart;
            items.span = c.itemsSpan;
            scopes.append(items);
        }
    }
    return scopes;
}

} // namespace Dz
