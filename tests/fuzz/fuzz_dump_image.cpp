// SPDX-License-Identifier: GPL-3.0-or-later
// The whole dump path an auditor runs on a hostile image: the reader (superblocks,
// regions, identity, slots, journal with resynchronisation, markers), with and without a
// storage key (so the decrypting branch runs on attacker-chosen ciphertext), then the
// ledger view and replay on whatever the reader extracted.
#include "FuzzInput.h"
#include "dump/DumpReader.h"
#include "ledger/DumpLedger.h"

using namespace seedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    dump::ReadOptions options;
    // The first byte picks the branch; the image still starts at offset 0 so that seeds
    // taken from real dumps keep their superblock where the reader looks for it.
    if (size > 0 && (data[0] & 1))
        options.storageRootKey = crypto::SecureBytes(QByteArray(32, '\x5a'));
    auto img = dump::readDump(in, options);
    if (!img)
        return 0;
    ledger::TrustStore trust;
    const ledger::DumpLedger ledgerView = ledger::loadDumpLedger(*img, trust);
    (void)ledger::replayDumpLedger(ledgerView);
    return 0;
}
