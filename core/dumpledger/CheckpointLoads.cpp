// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpledger/CheckpointLoads.h"

namespace seedscope::ledger {

std::shared_ptr<const LoadedCheckpoint> CheckpointLoads::load(int index, const SlotFilter &inScope)
{
    const auto plan = planCheckpointChain(m_img, index, inScope);
    if (!plan)
        return nullptr;
    const QList<uint32_t> &key = plan->chain; // decides `known` too (the slots' decrypt states)
    auto it = m_byChain.find(key);
    if (it == m_byChain.end()) {
        auto loaded = loadPlannedChain(m_img, *plan);
        it = m_byChain.emplace(key, loaded ? std::make_shared<const LoadedCheckpoint>(std::move(*loaded)) : nullptr).first;
    }
    return it->second;
}

void CheckpointLoads::reuse(const QList<DumpCheckpoint> &decoded)
{
    // The same slots through the same decoder and delta rule give the same state: the ledger
    // view checked each step's state_root against the slot header exactly as
    // loadPlannedChain does.
    for (const DumpCheckpoint &c : decoded)
        if (c.state && !c.chain.isEmpty())
            m_byChain.try_emplace(c.chain, std::make_shared<const LoadedCheckpoint>(LoadedCheckpoint{*c.state, true, c.chain}));
}

void CheckpointLoads::forget(const QList<DumpCheckpoint> &decoded)
{
    for (const DumpCheckpoint &c : decoded)
        if (c.state && !c.chain.isEmpty())
            m_byChain.erase(c.chain);
}

} // namespace seedscope::ledger
