#pragma once

#include "catalog.h"

#include <QException>
#include <QFuture>

// Code is read when it is shown, not when the catalog loads: a real catalog holds ~13 MB of it.
namespace CodeLoader {

class LoadError : public QException
{
public:
    explicit LoadError(QString message) : m_message(std::move(message)) {}
    const QString &message() const { return m_message; }
    void raise() const override { throw *this; }
    LoadError *clone() const override { return new LoadError(*this); }

private:
    QString m_message;
};

// Reads catalog->absolutePath(codePath) on a worker; the future fails with LoadError.
QFuture<QString> load(CatalogPtr catalog, QString codePath);
// The language name code views use for a file: "python", "cpp", "yaml", "markdown" or "".
QString languageOf(const QString &path);

} // namespace CodeLoader
