// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AllocatorPolicy.h"

// <cstdlib> first: it brings in the C library's own headers, which are what define
// __GLIBC__. Tested before any of them, the macro is undefined and the policy compiles to
// nothing (which it did, unnoticed, until a trace showed large blocks coming from the heap).
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace seedscope {

bool returnLargeBlocksToTheSystem()
{
#if defined(__GLIBC__)
    // 1 MiB: a few hundred such blocks live at a time at most, so the mappings stay few;
    // setting the threshold also turns off glibc's dynamic adjustment of it.
    return mallopt(M_MMAP_THRESHOLD, 1 << 20) == 1;
#else
    return false;
#endif
}

bool shareMallocArenas()
{
#if defined(__GLIBC__)
    return mallopt(M_ARENA_MAX, 2) == 1;
#else
    return false;
#endif
}

} // namespace seedscope
