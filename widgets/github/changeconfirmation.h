#pragma once

#include <functional>

class QWidget;
struct GitHubChange;

// Every change to GitHub is confirmed first, showing exactly what will be sent.
namespace ChangeConfirmation {
bool confirm(QWidget *parent, const GitHubChange &change);
// Tests answer the question themselves (and see what was asked); an empty handler restores the dialog.
void setHandler(std::function<bool(const GitHubChange &)> handler);
} // namespace ChangeConfirmation
