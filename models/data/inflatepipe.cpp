#include "inflatepipe.h"

#include <QIODevice>

#include <cstring>

InflatePipe::InflatePipe(QIODevice &device, qsizetype chunkSize, int chunks) : m_device(device), m_chunks(size_t(std::max(chunks, 2)))
{
    for (Chunk &chunk : m_chunks)
        chunk.bytes.resize(size_t(chunkSize));
    m_worker = std::thread([this] { produce(); });
}

InflatePipe::~InflatePipe()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void InflatePipe::produce()
{
    while (true) {
        Chunk *chunk = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_filled - m_consumed < m_chunks.size(); });
            if (m_stop)
                return;
            chunk = &m_chunks[m_filled % m_chunks.size()];
        }
        // The slot is ours until it is published: read without the lock.
        qsizetype size = 0;
        bool error = false;
        while (size < qsizetype(chunk->bytes.size())) {
            const qint64 got = m_device.read(chunk->bytes.data() + size, qint64(chunk->bytes.size()) - size);
            if (got < 0)
                error = true;
            if (got <= 0)
                break;
            size += qsizetype(got);
        }
        chunk->size = size;
        {
            std::lock_guard lock(m_mutex);
            if (size > 0)
                ++m_filled;
            if (error || size < qsizetype(chunk->bytes.size())) {
                m_error = error;
                m_end = true;
            }
        }
        m_changed.notify_all();
        if (error || size < qsizetype(chunk->bytes.size()))
            return;
    }
}

qint64 InflatePipe::read(char *data, qint64 max)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_filled > m_consumed || m_end; });
    if (m_filled == m_consumed)
        return m_error ? -1 : 0;
    Chunk &chunk = m_chunks[m_consumed % m_chunks.size()];
    lock.unlock();
    // The chunk stays ours until m_consumed moves past it.
    const qint64 n = std::min<qint64>(max, chunk.size - m_offset);
    std::memcpy(data, chunk.bytes.data() + m_offset, size_t(n));
    m_offset += qsizetype(n);
    if (m_offset == chunk.size) {
        lock.lock();
        ++m_consumed;
        m_offset = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    return n;
}
