// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AES-256-GCM with 96-bit nonces and 128-bit tags. Output of seal() is ciphertext||tag.
// open() returns AuthFailed (never partial plaintext) when the tag does not verify.

#include "util/Result.h"

#include <QByteArray>

namespace seedscope::crypto {

inline constexpr int kAesKeySize = 32;
inline constexpr int kGcmNonceSize = 12;
inline constexpr int kGcmTagSize = 16;

Result<QByteArray> aesGcmSeal(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView plaintext);
Result<QByteArray> aesGcmOpen(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad,
                              QByteArrayView ciphertextAndTag);

// HKDF-SHA256 (RFC 5869), extract and expand. length <= 255 * 32.
Result<QByteArray> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length);

} // namespace seedscope::crypto
