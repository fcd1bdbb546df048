// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoint payloads: a FULL state, a DELTA applied to a decoded base, and single Merkle
// leaves (what proofs and reports parse). A FULL state that decodes must re-encode to the
// same bytes, since its state_root is computed over the canonical encoding.
#include "FuzzInput.h"
#include "ledger/StateRecords.h"

#include <cstdlib>

using namespace seedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    const auto [first, second] = fuzz::splitAtNul(in);
    if (auto full = ledger::decodeFullState(in)) {
        if (ledger::encodeFullState(*full) != in)
            std::abort();
        (void)ledger::stateRoot(*full);
    }
    // "FULL \0 DELTA": the delta is applied to the base the first part decodes to (or the
    // empty state), which is how the reader chains DELTA slots.
    auto base = ledger::decodeFullState(first);
    const ledger::LedgerState start = base ? *base : ledger::LedgerState{};
    (void)ledger::applyDelta(start, second.isNull() ? in : second);
    (void)ledger::parseLeaf(in);
    return 0;
}
