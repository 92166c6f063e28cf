#include "common/tableexportactions.h"

#include <QAction>
#include <QIcon>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Dz
{

TableExportActions::TableExportActions(QWidget *view, Source source)
    : QObject(view)
    , m_view(view)
    , m_source(std::move(source))
{
    const std::pair<Format, QString> formats[] = {
        {Format::Markdown, u"text-markdown"_s},
        {Format::Csv, u"text-csv"_s},
        {Format::Xlsx, u"x-office-spreadsheet"_s},
    };
    const QString names[] = {u"exportMarkdown"_s, u"exportCsv"_s, u"exportXlsx"_s};
    for (const auto &[format, icon] : formats) {
        auto *action = new QAction(QIcon::fromTheme(icon), QString(), this);
        action->setObjectName(names[int(format)]);
        connect(action, &QAction::triggered, this, [this, format] {
            exportAs(format);
        });
        m_actions.append(action);
    }
    retranslate();
}

QAction *TableExportActions::action(Format format) const
{
    return m_actions.at(int(format));
}

QList<QPushButton *> TableExportActions::buttons() const
{
    QList<QPushButton *> buttons;
    for (QAction *action : m_actions) {
        auto *button = new QPushButton(action->text());
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
        });
        buttons.append(button);
    }
    return buttons;
}

void TableExportActions::retranslate()
{
    action(Format::Markdown)->setText(tr("Export Markdown…"));
    action(Format::Csv)->setText(tr("Export CSV…"));
    action(Format::Xlsx)->setText(tr("Export XLSX…"));
}

void TableExportActions::exportAs(Format format)
{
    struct Kind {
        QString suffix;
        QString filter;
        const ExportWriter &write;
    };
    const Kind kind = format == Format::Markdown ? Kind {u"md"_s, tr("Markdown (*.md)"), m_source.markdown}
        : format == Format::Csv                  ? Kind {u"csv"_s, tr("CSV files (*.csv)"), m_source.csv}
                                                 : Kind {u"xlsx"_s, tr("Excel workbook (*.xlsx)"), m_source.xlsx};
    exportWithDialog(m_view, {m_source.title(), u"table"_s, m_source.fileName(kind.suffix), kind.filter}, kind.write);
}

} // namespace Dz
