// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AllocatorPolicy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace seedscope {

void returnLargeBlocksToTheSystem()
{
#if defined(__GLIBC__)
    // 1 MiB: a few hundred such blocks live at a time at most, so the mappings stay few;
    // setting the threshold also turns off glibc's dynamic adjustment of it.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

} // namespace seedscope
