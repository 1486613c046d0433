#pragma once

#include <QByteArray>
#include <QString>

// What an import reads: a file, or bytes already in memory (a pasted table).
struct ImportSource
{
    QString path;        // empty for in-memory data
    QByteArray bytes;
    QString displayName; // the file name, or "Pasted table"

    static ImportSource file(const QString &path);
    static ImportSource pasted(const QByteArray &bytes);
    bool isFile() const { return !path.isEmpty(); }
};
