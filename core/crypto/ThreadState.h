// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OpenSSL keeps per-thread state (the error queue a failed verification leaves behind)
// that it frees when the thread ends, through a destructor that OPENSSL_cleanup() at
// process exit removes. A worker thread that outlives that cleanup leaks it (LeakSanitizer:
// 904 bytes of ERR_STATE). Worker code that calls OpenSSL releases the state itself when
// its batch is done instead of relying on when its thread ends.

namespace seedscope::crypto {

// Frees this thread's OpenSSL state (OPENSSL_thread_stop); the next call that needs it
// makes it again.
void releaseThreadState();

} // namespace seedscope::crypto
