#include "postgresbinarycopy.h"

#include <QtEndian>

#include <algorithm>

#include <cstring>

namespace {
// PostgreSQL's timestamps count microseconds from 2000-01-01 00:00:00.
constexpr qint64 postgresEpochMs = 946684800000LL;
} // namespace

QByteArray PostgresBinaryCopy::header()
{
    static const char signature[] = "PGCOPY\n\377\r\n";
    QByteArray data(signature, 11);
    data.append(8, '\0'); // flags (no OIDs), header extension length 0
    return data;
}

QByteArray PostgresBinaryCopy::trailer()
{
    return QByteArray("\xff\xff", 2);
}

qsizetype PostgresBinaryCopy::fieldOffset(QByteArrayView row, int fields)
{
    qsizetype offset = 2; // the field count
    for (int i = 0; i < fields; ++i) {
        if (offset + 4 > row.size())
            return -1;
        const qint32 length = qFromBigEndian<qint32>(row.data() + offset);
        offset += 4 + std::max(0, length); // -1 is NULL, with no bytes
        if (offset > row.size())
            return -1;
    }
    return offset;
}

PostgresBinaryCopy::PostgresBinaryCopy(QByteArray &out)
    : m_out(out)
{
}

void PostgresBinaryCopy::appendInt16(qint16 value)
{
    const qint16 big = qToBigEndian(value);
    m_out.append(reinterpret_cast<const char *>(&big), 2);
}

void PostgresBinaryCopy::appendInt32(qint32 value)
{
    const qint32 big = qToBigEndian(value);
    m_out.append(reinterpret_cast<const char *>(&big), 4);
}

void PostgresBinaryCopy::appendInt64(qint64 value)
{
    const qint64 big = qToBigEndian(value);
    m_out.append(reinterpret_cast<const char *>(&big), 8);
}

void PostgresBinaryCopy::beginRow(int fields)
{
    appendInt16(qint16(fields));
}

void PostgresBinaryCopy::addNull()
{
    appendInt32(-1);
}

void PostgresBinaryCopy::addBytes(QByteArrayView value)
{
    appendInt32(qint32(value.size()));
    m_out.append(value.data(), value.size());
}

void PostgresBinaryCopy::appendUtf8(QStringView value)
{
    // Encoded in place behind a length placeholder: no temporary QByteArray per string.
    const qsizetype lengthAt = m_out.size();
    m_out.resize(lengthAt + 4 + m_utf8.requiredSpace(value.size()));
    char *const start = m_out.data() + lengthAt + 4;
    char *const end = m_utf8.appendToBuffer(start, value);
    const qint32 length = qint32(end - start);
    m_out.resize(lengthAt + 4 + length);
    const qint32 big = qToBigEndian(length);
    std::memcpy(m_out.data() + lengthAt, &big, 4);
}

void PostgresBinaryCopy::addText(QStringView value)
{
    appendUtf8(value);
}

void PostgresBinaryCopy::addInt4(qint32 value)
{
    appendInt32(4);
    appendInt32(value);
}

void PostgresBinaryCopy::addInt8(qint64 value)
{
    appendInt32(8);
    appendInt64(value);
}

void PostgresBinaryCopy::addFloat8(double value)
{
    qint64 bits = 0;
    std::memcpy(&bits, &value, 8);
    appendInt32(8);
    appendInt64(bits);
}

void PostgresBinaryCopy::addUuid(const QUuid &value)
{
    appendInt32(16);
    m_out.append(value.toRfc4122()); // 16 bytes, big-endian, as uuid_recv reads them
}

void PostgresBinaryCopy::addTimestamp(const QDateTime &value)
{
    if (!value.isValid()) {
        addNull();
        return;
    }
    appendInt32(8);
    appendInt64((value.toMSecsSinceEpoch() - postgresEpochMs) * 1000);
}

void PostgresBinaryCopy::addTextArray(const QStringList &values, quint32 elementOid)
{
    // array_recv: dimensions, has-null flag, element type, then (size, lower bound) per
    // dimension and the elements; an empty array has no dimensions.
    const qsizetype lengthAt = m_out.size();
    appendInt32(0); // the field length, filled in below
    appendInt32(values.isEmpty() ? 0 : 1);
    appendInt32(0);
    appendInt32(qint32(elementOid));
    if (!values.isEmpty()) {
        appendInt32(qint32(values.size()));
        appendInt32(1);
        for (const QString &value : values)
            appendUtf8(value);
    }
    const qint32 big = qToBigEndian(qint32(m_out.size() - lengthAt - 4));
    std::memcpy(m_out.data() + lengthAt, &big, 4);
}

void PostgresBinaryCopy::addJsonb(QByteArrayView json)
{
    appendInt32(qint32(json.size() + 1));
    m_out.append('\1'); // jsonb's binary format: version 1, then the JSON text
    m_out.append(json.data(), json.size());
}
