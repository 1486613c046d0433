#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

// Big arrays (columns of millions of rows) are faulted in 2 MiB at a time instead of 4 KiB where
// the kernel offers transparent huge pages on request: a 100 MB column costs 50 page faults, not
// 25,000. Call it after reserving and before writing.
namespace MemoryAdvice {

inline void hugePages(const void *data, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t huge = uintptr_t(2) << 20;
    if (bytes < 2 * huge)
        return;
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

template<typename T>
void reserveHuge(std::vector<T> &vector, size_t count)
{
    vector.reserve(count);
    hugePages(vector.data(), vector.capacity() * sizeof(T));
}

template<typename T>
std::vector<T> hugeVector(size_t count)
{
    std::vector<T> vector;
    reserveHuge(vector, count);
    vector.resize(count);
    return vector;
}

} // namespace MemoryAdvice
