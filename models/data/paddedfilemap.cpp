#include "paddedfilemap.h"

#include <QFileDevice>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

PaddedFileMap::~PaddedFileMap()
{
#ifdef __linux__
    if (m_base)
        munmap(m_base, m_length);
#endif
}

bool PaddedFileMap::map(QIODevice &device, qint64 offset, qint64 size, size_t padding)
{
#ifdef __linux__
    auto *file = qobject_cast<QFileDevice *>(&device);
    if (!file || file->handle() < 0 || offset < 0 || size <= 0 || offset + size > file->size() || m_base)
        return false;
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    const qint64 aligned = offset & ~qint64(page - 1);
    const size_t lead = size_t(offset - aligned);
    const size_t fileBytes = (lead + size_t(size) + page - 1) & ~(page - 1);
    const size_t length = (lead + size_t(size) + padding + page - 1) & ~(page - 1);
    // Zero pages for the padding first, then the file over their start. The page that holds the
    // end of the file reads zeros past it; no mapped page lies wholly past the end (no SIGBUS).
    void *base = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return false;
    // Read-only while populating: a writable private mapping would be copied page by page.
    void *mapped = mmap(base, fileBytes, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, file->handle(), aligned);
    if (mapped == MAP_FAILED || mprotect(base, fileBytes, PROT_READ | PROT_WRITE) != 0) {
        munmap(base, length);
        return false;
    }
    m_base = base;
    m_length = length;
    m_data = static_cast<char *>(base) + lead;
    m_size = size_t(size);
    return true;
#else
    (void)device;
    (void)offset;
    (void)size;
    (void)padding;
    return false;
#endif
}
