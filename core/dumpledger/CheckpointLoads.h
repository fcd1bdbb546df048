// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checkpoint loads remembered per DELTA chain. Loading a slot decodes a whole state (every
// account and tx_id) and recomputes its state_root; the verifier asks which slot loads
// once per BOOT and RECOVERY marker, each with its own set of slots in scope, and the
// answers mostly share a chain. Same results as loadCheckpointChain.

#include "dumpledger/CheckpointChain.h"
#include "dumpledger/DumpLedger.h"

#include <map>
#include <memory>

namespace seedscope::ledger {

class CheckpointLoads {
public:
    explicit CheckpointLoads(const dump::DumpImage &img) : m_img(img) {}
    // nullptr when the slot does not load in that scope.
    std::shared_ptr<const LoadedCheckpoint> load(int index, const SlotFilter &inScope = {});
    // States a ledger view decoded already: a load whose chain of slots is one of theirs
    // takes a copy of that state (its tx_id set shares the records) instead of decoding
    // the same slots a second time. Call before the loads; a chain loaded already stays.
    void reuse(const QList<DumpCheckpoint> &decoded);
    // Drops the copies reuse() took, loaded or not, so that they hold no records while the
    // ledger view's states change storage (DumpReplayOptions::shareCheckpointTxs); reuse()
    // takes them again afterwards.
    void forget(const QList<DumpCheckpoint> &decoded);

private:
    const dump::DumpImage &m_img;
    std::map<QList<uint32_t>, std::shared_ptr<const LoadedCheckpoint>> m_byChain; // nullptr: the chain does not decode
};

} // namespace seedscope::ledger
