#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class QIODevice;

// Reads (inflates) a zip entry on a worker thread into a small ring of chunks while the caller
// parses what came before: on two cores, inflating and scanning a worksheet overlap. Memory stays
// at `chunks` × `chunkSize` whatever the entry's size. The device must not be used by anyone else
// until the pipe is destroyed (which stops and joins the worker).
class InflatePipe
{
public:
    explicit InflatePipe(QIODevice &device, qsizetype chunkSize = 512 << 10, int chunks = 4);
    ~InflatePipe();
    InflatePipe(const InflatePipe &) = delete;
    InflatePipe &operator=(const InflatePipe &) = delete;

    // Blocks until bytes are there; the count, 0 at the end, -1 when the device failed.
    qint64 read(char *data, qint64 max);

private:
    struct Chunk
    {
        std::vector<char> bytes;
        qsizetype size = 0;
    };
    void produce();

    QIODevice &m_device;
    std::vector<Chunk> m_chunks;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_filled = 0;   // chunks produced so far (ring index = count % size)
    size_t m_consumed = 0; // chunks fully consumed
    qsizetype m_offset = 0; // in the chunk being consumed
    bool m_end = false;
    bool m_error = false;
    bool m_stop = false;
    std::thread m_worker;
};
