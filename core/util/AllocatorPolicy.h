// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the process allocator treats large blocks. Verifying big evidence allocates and
// frees arrays of tens of megabytes (the record list as it grows, sort keys, states
// folded into new ones). glibc serves a large block by mmap at first, but after the first
// such block is freed it raises its mmap threshold to that block's size (up to 32 MiB),
// so later large blocks come from the heap, and once freed they stay resident as free
// heap until something above them is freed too. Fixing the threshold keeps every large
// block mapped on its own and returned to the system the moment it is freed (realloc of
// such a block is an mremap, not a copy). Measured on verify of a 200,004-entry dump:
// 20 MB less peak resident memory, the same CPU time (docs/performance.md).
//
// Called first thing by the programs (CLI, GUI). False where it did not take: the C library
// is not glibc (nothing is changed there), or glibc refused the setting.

namespace seedscope {

bool returnLargeBlocksToTheSystem();

// How many malloc arenas threads share: two. glibc gives threads arenas of their own (up
// to eight per core), and each keeps the pages of what its thread freed. A verification's
// threads run one stage after another (signature workers, then cross-proof helpers), so a
// helper that started on a fresh arena grew it by the size of its replay while the memory
// the earlier stages freed sat unused in the others: verify's peak resident memory at
// 200,004 entries moved by 2.6 MB between runs with which thread took the largest proof.
// With two (the main thread's and one the workers share), the same CPU time and a steady
// peak (docs/performance.md, "Verify memory, eleventh pass"). glibc's per-thread caches
// still serve most small blocks without taking an arena's lock. False where it did not
// take, as above.
bool shareMallocArenas();

} // namespace seedscope
