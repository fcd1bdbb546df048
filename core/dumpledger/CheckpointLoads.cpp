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

void CheckpointLoads::shareStates(const QList<const LedgerState *> &states)
{
    for (auto &[chain, loaded] : m_byChain) {
        if (!loaded || !loaded->known)
            continue;
        for (const LedgerState *s : states)
            if (s && *s == loaded->state) { // equal in every field, tx_id records included
                loaded = std::make_shared<const LoadedCheckpoint>(LoadedCheckpoint{*s, loaded->known, loaded->chain});
                break;
            }
    }
}

} // namespace seedscope::ledger
