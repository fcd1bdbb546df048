// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checkpoint loads remembered per DELTA chain. Loading a slot decodes a whole state (every
// account and tx_id) and recomputes its state_root; the verifier asks which slot loads
// once per BOOT and RECOVERY marker, each with its own set of slots in scope, and the
// answers mostly share a chain. Same results as loadCheckpointChain.

#include "dumpledger/CheckpointChain.h"

#include <map>
#include <memory>

namespace seedscope::ledger {

class CheckpointLoads {
public:
    explicit CheckpointLoads(const dump::DumpImage &img) : m_img(img) {}
    // nullptr when the slot does not load in that scope.
    std::shared_ptr<const LoadedCheckpoint> load(int index, const SlotFilter &inScope = {});
    // States decoded elsewhere (a ledger view's checkpoints): a state loaded so far that
    // equals one of them is replaced by a copy of it, whose tx_id set shares that one's
    // records, instead of keeping a second decoded copy of a whole state.
    void shareStates(const QList<const LedgerState *> &states);

private:
    const dump::DumpImage &m_img;
    std::map<QList<uint32_t>, std::shared_ptr<const LoadedCheckpoint>> m_byChain; // nullptr: the chain does not decode
};

} // namespace seedscope::ledger
