#pragma once

#include "specfolderparser.h"

#include <QByteArray>

// A flat binary form of parsed spec folders, for the on-disk index cache. Read straight from one
// buffer with bounds checks (QDataStream's per-field device reads made re-opening 4× slower).
// The format version is bumped whenever a field changes; a cache of another version is re-parsed.
namespace CatalogSerialization {
inline constexpr quint32 formatVersion = 3;

class Writer
{
public:
    void write(const QString &value);
    void write(const QByteArray &value);
    void write(const ParsedSpecFolder &value);
    void writeInt(qint64 value);
    QByteArray take() { return std::move(m_bytes); }

private:
    friend struct WriterAccess;
    QByteArray m_bytes;
};

class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_data(bytes) {}
    bool read(QString &value);
    bool read(QByteArray &value);
    bool read(ParsedSpecFolder &value);
    bool readInt(qint64 &value);
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_data.size(); }

private:
    friend struct ReaderAccess;
    QByteArrayView m_data;
    qsizetype m_position = 0;
    bool m_ok = true;
};
} // namespace CatalogSerialization
