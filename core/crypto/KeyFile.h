// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Key files: one line of hex (storage root keys, Ω node secrets, public keys). Secret
// material is decoded straight into a SecureBytes; the file is read unbuffered and the
// text buffer is wiped, so no copy of the key outlives the call. Error messages name the
// file and what was wrong, never its content.

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

namespace seedscope::crypto {

// A key file is a few dozen bytes; anything larger is refused before it is read.
inline constexpr qint64 kMaxKeyFileBytes = 4096;

// Exactly `bytes` bytes as 2*bytes hex digits, surrounding whitespace allowed.
Result<SecureBytes> readSecretHexFile(const QString &path, int bytes, QStringView what);
// The same for public material (no secrecy, returned as plain bytes).
Result<QByteArray> readPublicHexFile(const QString &path, int bytes, QStringView what);

} // namespace seedscope::crypto
