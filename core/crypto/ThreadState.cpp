// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ThreadState.h"

#include <openssl/crypto.h>

namespace seedscope::crypto {

void releaseThreadState() { OPENSSL_thread_stop(); }

} // namespace seedscope::crypto
