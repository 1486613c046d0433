#pragma once

#include <QtGlobal>

#include <cstddef>

class QIODevice;

// A file's bytes mapped into memory (no copy, no page zeroing: the page cache's own pages) with at
// least `padding` readable zero bytes after them, which simdjson needs to read past the end. The
// mapping is private and writable: writes change the memory, never the file. Only for a QFile on
// a system with mmap; map() fails otherwise and the caller reads the device instead.
class PaddedFileMap
{
public:
    PaddedFileMap() = default;
    ~PaddedFileMap();
    PaddedFileMap(const PaddedFileMap &) = delete;
    PaddedFileMap &operator=(const PaddedFileMap &) = delete;

    // `size` bytes from `offset` of the file behind `device` (which must hold them).
    bool map(QIODevice &device, qint64 offset, qint64 size, size_t padding);

    char *data() const { return m_data; }
    size_t size() const { return m_size; }

private:
    void *m_base = nullptr;
    size_t m_length = 0;
    char *m_data = nullptr;
    size_t m_size = 0;
};
