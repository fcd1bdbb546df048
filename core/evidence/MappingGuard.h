// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Guarded reads of memory-mapped evidence. When a mapped file shrinks underneath us (the
// examiner re-copies it with `cp` while a verify runs), touching a page past the new end
// raises SIGBUS and would kill the process. A process-wide SIGBUS handler checks whether
// the faulting address lies inside a registered evidence mapping; if so it maps an
// anonymous zero page over that page, marks the evidence "changed during read" and lets
// execution resume (the read sees zeros). Faults anywhere else keep the previous
// disposition, so real bugs still crash.
//
// The handler uses only async-signal-safe operations on a fixed table of atomics.

#include <atomic>
#include <cstddef>

namespace seedscope::evidence {

// Capacity of the table of guarded mappings; registering beyond it fails (the caller
// then reads with pread instead of mapping).
inline constexpr int kMaxGuardedMappings = 256;

// Registers [start, start+length) as guarded; `changed` is set when a fault was absorbed.
// Returns false when the table is full or the handler could not be installed.
bool registerGuardedMapping(const void *start, std::size_t length, std::atomic_bool *changed);
void unregisterGuardedMapping(const void *start);

} // namespace seedscope::evidence
