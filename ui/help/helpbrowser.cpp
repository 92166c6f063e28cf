#include "help/helpbrowser.h"

#include "help/helpsystem.h"

using namespace Qt::StringLiterals;

namespace Dz
{

HelpBrowser::HelpBrowser(HelpSystem *help, QWidget *parent)
    : QTextBrowser(parent)
    , m_help(help)
{
    setObjectName(u"helpBrowser"_s);
    setOpenExternalLinks(true);
}

QVariant HelpBrowser::loadResource(int type, const QUrl &url)
{
    if (url.scheme() == u"qthelp")
        return m_help->fileData(url);
    return QTextBrowser::loadResource(type, url);
}

} // namespace Dz
