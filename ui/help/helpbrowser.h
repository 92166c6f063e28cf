#pragma once

#include <QTextBrowser>

namespace Dz
{

class HelpSystem;

/// Shows the guide's pages: qthelp:// addresses (pages and their pictures)
/// are read from the help files; other links open in the desktop's browser.
class HelpBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit HelpBrowser(HelpSystem *help, QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &url) override;

private:
    HelpSystem *m_help;
};

} // namespace Dz
