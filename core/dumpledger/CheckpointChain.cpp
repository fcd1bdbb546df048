// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpledger/CheckpointChain.h"

#include "ledger/StateRecords.h"

namespace seedscope::ledger {

using namespace seedscope::dump;

namespace {

bool inFilter(const SlotFilter &f, const SlotInfo &s) { return !f || f(s); }

// A DELTA chain is at most this deep: a hostile image cannot make the load follow bases without end.
constexpr int kMaxChainDepth = 16;

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

std::optional<ChainPlan> planCheckpointChain(const DumpImage &img, int index, const SlotFilter &inScope)
{
    ChainPlan plan;
    for (int depth = 0;; ++depth) {
        if (index < 0 || index >= img.checkpointSlots.size() || depth > kMaxChainDepth)
            return std::nullopt;
        const SlotInfo &s = img.checkpointSlots[index];
        if (!s.usable() || !inFilter(inScope, s))
            return std::nullopt;
        plan.chain.prepend(uint32_t(index));
        const bool readable = s.decrypt == DecryptState::Plain || s.decrypt == DecryptState::Decrypted;
        if (!readable) {
            // Without a key the device (which has one) could still load it: unknown, not rejected.
            if (s.decrypt != DecryptState::NoKey)
                return std::nullopt;
            plan.known = false;
            return plan;
        }
        if (s.header.kind == uint8_t(CheckpointKind::Full))
            return plan;
        if (s.header.kind != uint8_t(CheckpointKind::Delta))
            return std::nullopt;
        // The first base in scope is the one the device takes; if it fails, so does this.
        int base = -1;
        for (const SlotInfo &b : img.checkpointSlots)
            if (b.usable() && inFilter(inScope, b) && isDeltaBaseOf(b.header, s.header)) {
                base = b.index;
                break;
            }
        if (base < 0)
            return std::nullopt;
        index = base;
    }
}

std::optional<LoadedCheckpoint> loadPlannedChain(const DumpImage &img, const ChainPlan &plan)
{
    LoadedCheckpoint out;
    out.chain = plan.chain;
    out.known = plan.known;
    if (!plan.known)
        return out; // the device could load it; its state is unknown here
    for (qsizetype k = 0; k < plan.chain.size(); ++k) {
        const SlotInfo &s = img.checkpointSlots[plan.chain[k]];
        auto st = k == 0 ? decodeFullState(s.plaintext) : applyDelta(out.state, s.plaintext);
        if (!st || stateRoot(*st) != s.header.stateRoot)
            return std::nullopt;
        out.state = std::move(*st);
    }
    return out;
}

std::optional<LoadedCheckpoint> loadCheckpointChain(const DumpImage &img, int index, const SlotFilter &inScope)
{
    const auto plan = planCheckpointChain(img, index, inScope);
    if (!plan)
        return std::nullopt;
    return loadPlannedChain(img, *plan);
}

} // namespace seedscope::ledger
