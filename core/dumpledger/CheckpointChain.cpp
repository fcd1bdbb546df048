// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpledger/CheckpointChain.h"

#include "ledger/StateRecords.h"

namespace seedscope::ledger {

using namespace seedscope::dump;

namespace {

bool inFilter(const SlotFilter &f, const SlotInfo &s) { return !f || f(s); }

// A DELTA chain is at most this deep: a hostile image cannot make the load recurse without end.
constexpr int kMaxChainDepth = 16;

bool load(const DumpImage &img, int index, int depth, const SlotFilter &inScope, LoadedCheckpoint &out)
{
    if (index < 0 || index >= img.checkpointSlots.size() || depth > kMaxChainDepth)
        return false;
    const SlotInfo &s = img.checkpointSlots[index];
    if (!s.usable() || !inFilter(inScope, s))
        return false;
    const bool readable = s.decrypt == DecryptState::Plain || s.decrypt == DecryptState::Decrypted;
    if (!readable) {
        // Without a key the device (which has one) could still load it: unknown, not rejected.
        if (s.decrypt != DecryptState::NoKey)
            return false;
        out.known = false;
        out.chain.append(uint32_t(index));
        return true;
    }
    if (s.header.kind == uint8_t(CheckpointKind::Full)) {
        auto st = decodeFullState(s.plaintext);
        if (!st || stateRoot(*st) != s.header.stateRoot)
            return false;
        out.state = std::move(*st);
        out.chain = {uint32_t(index)};
        return true;
    }
    if (s.header.kind != uint8_t(CheckpointKind::Delta))
        return false;
    for (const SlotInfo &b : img.checkpointSlots) {
        if (!b.usable() || !inFilter(inScope, b) || !isDeltaBaseOf(b.header, s.header))
            continue;
        if (!load(img, b.index, depth + 1, inScope, out))
            return false;
        if (!out.known) {
            out.chain.append(uint32_t(index));
            return true;
        }
        auto st = applyDelta(out.state, s.plaintext);
        if (!st || stateRoot(*st) != s.header.stateRoot)
            return false;
        out.state = std::move(*st);
        out.chain.append(uint32_t(index));
        return true;
    }
    return false;
}

} // namespace

bool isDeltaBaseOf(const SlotHeader &base, const SlotHeader &delta)
{
    return base.checkpointSeq == delta.baseSeq && base.stateRoot == delta.baseStateRoot;
}

QList<int> checkpointCandidates(const DumpImage &img, const SlotFilter &inScope)
{
    QList<int> c;
    for (const SlotInfo &s : img.checkpointSlots)
        if (s.usable() && inFilter(inScope, s))
            c.append(s.index);
    std::stable_sort(c.begin(), c.end(), [&](int a, int b) {
        return img.checkpointSlots[a].header.checkpointSeq > img.checkpointSlots[b].header.checkpointSeq;
    });
    return c;
}

std::optional<LoadedCheckpoint> loadCheckpointChain(const DumpImage &img, int index, const SlotFilter &inScope)
{
    LoadedCheckpoint out;
    if (!load(img, index, 0, inScope, out))
        return std::nullopt;
    return out;
}

} // namespace seedscope::ledger
