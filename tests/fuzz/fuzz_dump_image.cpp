// SPDX-License-Identifier: GPL-3.0-or-later
// The whole dump path an auditor runs on a hostile image: the reader (superblocks,
// regions, identity, slots, journal with resynchronisation, markers), with and without a
// storage key (so the decrypting branch runs on attacker-chosen ciphertext), then the
// ledger view and replay on whatever the reader extracted. The keys are those of the
// simulation the encrypted seeds come from (FuzzSeedSim.h), so they really decrypt.
#include "FuzzInput.h"
#include "FuzzSeedSim.h"
#include "dump/DumpReader.h"
#include "dumpledger/DumpLedger.h"

using namespace seedscope;

namespace {

bool decryptFailed(const dump::DumpImage &img)
{
    for (const dump::RecordInfo &r : img.journal)
        if (r.decrypt == dump::DecryptState::Failed)
            return true;
    for (const dump::SlotInfo &s : img.checkpointSlots)
        if (s.decrypt == dump::DecryptState::Failed)
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    // The first byte picks the branch (the magic's 0x89 is odd: keys are tried); the image
    // still starts at offset 0 so seeds keep their superblock where the reader looks.
    const QList<crypto::SecureBytes> keys = fuzz::storageKeysToTry(size > 0 && (data[0] & 1));
    std::optional<dump::DumpImage> img;
    for (const crypto::SecureBytes &k : keys) {
        dump::ReadOptions options;
        options.storageRootKey = k;
        auto r = dump::readDump(in, options);
        if (!r)
            return 0;
        const bool failed = decryptFailed(*r);
        img = std::move(*r);
        if (!failed)
            break;
    }
    if (!img) {
        auto r = dump::readDump(in, {});
        if (!r)
            return 0;
        img = std::move(*r);
    }
    const ledger::DumpLedger ledgerView = ledger::loadDumpLedger(*img, fuzz::fuzzKeys().trust);
    (void)ledger::replayDumpLedger(ledgerView);
    return 0;
}
