#include "changeconfirmation.h"

#include "githubchange.h"

#include <QAbstractButton>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace ChangeConfirmation {
namespace {
std::function<bool(const GitHubChange &)> &handler()
{
    static std::function<bool(const GitHubChange &)> instance;
    return instance;
}
} // namespace

bool confirm(QWidget *parent, const GitHubChange &change)
{
    if (handler())
        return handler()(change);
    QMessageBox box(QMessageBox::Question, QMessageBox::tr("Change on GitHub"), change.summary() + u'?',
                    QMessageBox::Ok | QMessageBox::Cancel, parent);
    // The exact request, in full view: nothing is sent that the user has not seen.
    QString request = change.request();
    if (request.size() > 4000)
        request = request.left(4000) + u"\n…"_s;
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(QMessageBox::tr("This exact request will be sent:") + u"<pre>"_s + request.toHtmlEscaped()
                           + u"</pre>"_s);
    box.button(QMessageBox::Ok)->setText(QMessageBox::tr("Send to GitHub"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Ok;
}

void setHandler(std::function<bool(const GitHubChange &)> newHandler)
{
    handler() = std::move(newHandler);
}
} // namespace ChangeConfirmation
