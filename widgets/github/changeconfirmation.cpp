#include "changeconfirmation.h"

#include "githubchange.h"

#include <QAbstractButton>
#include <QMessageBox>

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
    box.setInformativeText(QMessageBox::tr("This is the request that will be sent (open the details):"));
    box.setDetailedText(change.request());
    box.button(QMessageBox::Ok)->setText(QMessageBox::tr("Send to GitHub"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Ok;
}

void setHandler(std::function<bool(const GitHubChange &)> newHandler)
{
    handler() = std::move(newHandler);
}
} // namespace ChangeConfirmation
