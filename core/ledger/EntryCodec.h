// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Canonical bytes of journal entries (docs/format/ledger-encoding.md). Encoding is
// canonical (one byte string per entry); decoding is strict (exact lengths, no trailing
// bytes, known version and type, flags 0/1 only) and bounded (no allocation from an
// unchecked length: the member count is capped at 64 before anything is read).

#include "ledger/Types.h"
#include "util/Result.h"

namespace seedscope::crypto {
class Ed25519Signer;
}

namespace seedscope::ledger {

inline constexpr uint8_t kEntryVersion = 1;
// "SEED1/entry" followed by one NUL byte (12 bytes).
QByteArrayView entryDomainPrefix();

// The canonical body without the signature (version, header, type-specific fields).
QByteArray encodeEntryBody(const Entry &e);
// What the origin device signs: entryDomainPrefix() + encodeEntryBody().
QByteArray entrySignedBytes(const Entry &e);
// The "signed transaction" of a journal payload: encodeEntryBody() + 64-byte signature.
QByteArray encodeEntry(const Entry &e);
Result<Entry> decodeEntry(QByteArrayView bytes);
// SHA-256 of the canonical body: "same content" for duplicate detection (signature excluded).
QByteArray entryContentHash(const Entry &e);
// Fills e.signature with the signer's signature over entrySignedBytes(e).
Status signEntry(Entry &e, const crypto::Ed25519Signer &signer);

} // namespace seedscope::ledger
