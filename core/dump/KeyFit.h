// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Does the examiner's storage key fit this dump? A wrong key is the examiner's input
// problem, never the device's: AES-GCM cannot tell "wrong key" from "altered ciphertext"
// record by record, but a dump in which not one CRC-clean encrypted record authenticates
// under the key, while framing and checksums hold, was encrypted under another key
// (forging one tag that verifies under the right key is infeasible, so a single record
// that authenticates proves the key right). docs/format/seed-dump-v1.md section 9.3.

#include "dump/DumpImage.h"

#include <optional>

namespace seedscope::dump {

struct KeyFit {
    int authenticated = 0; // encrypted journal records and checkpoint payloads that opened
    int failed = 0;        // CRC-clean encrypted ones that did not
    bool mismatch() const { return authenticated == 0 && failed > 0; }
};

KeyFit assessKeyFit(const DumpImage &img);

// When the key does not fit: the decryption failures are withdrawn (they say nothing
// about the device), every encrypted record and slot is set back to NoKey as if no key
// had been given, and one KEY_MISMATCH finding names the key by its fingerprint and what
// it was expected to match. Returns true when it did so.
bool withdrawMismatchedKey(DumpImage &img, const QString &keyFingerprint);

} // namespace seedscope::dump
