#pragma once

#include "catalog.h"

#include <QException>
#include <QFuture>

#include <functional>

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

// Sources that serve code on demand (the REST API) register a fetcher for their origin kind. It runs
// on the worker when the code file is not on disk (yet), returns the code or throws LoadError, and
// may keep what it fetched under catalog.absolutePath(codePath) for the next time.
using Fetcher = std::function<QString(const Catalog &catalog, const QString &codePath)>;
void registerFetcher(const QString &originKind, Fetcher fetcher);
// The language name code views use for a file: "python", "cpp", "yaml", "markdown" or "".
QString languageOf(const QString &path);

} // namespace CodeLoader
