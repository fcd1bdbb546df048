// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one checkpoint-chain rule (format section 11.3 and 12 step 2): which usable slot a
// device tries first, which slot is a DELTA's base, and how a slot's state is loaded
// through its DELTA chain. The reference device (sim/DeviceRecovery.cpp), the verifier's
// recovery emulation and its damage pinpointing all use these, so they cannot drift.
// (The reader's own active/fallback labels in dump/DumpReader.cpp follow the same order;
// dump/ sits below ledger/ and cannot call this.)

#include "dump/DumpImage.h"
#include "ledger/LedgerState.h"

#include <functional>

namespace seedscope::ledger {

// A DELTA's base: the checkpoint with the delta's base_seq and base_state_root.
bool isDeltaBaseOf(const dump::SlotHeader &base, const dump::SlotHeader &delta);

// Which slots count (e.g. those written before an epoch); an empty filter takes all.
using SlotFilter = std::function<bool(const dump::SlotInfo &)>;

// Usable slots in scope, highest checkpoint_seq first: the device's candidate order
// (the first is the active checkpoint, the next the fallback).
QList<int> checkpointCandidates(const dump::DumpImage &img, const SlotFilter &inScope = {});

// A slot the device would load, else nullopt. `known` is false when the slot (or its
// base) is encrypted and no key was given: the device could load it, the state is unknown.
// `chain` receives the slot indices the state needs, base first.
struct LoadedCheckpoint {
    LedgerState state;
    bool known = true;
    QList<uint32_t> chain;
};
std::optional<LoadedCheckpoint> loadCheckpointChain(const dump::DumpImage &img, int index, const SlotFilter &inScope = {});

// The same load in two steps: which slots it reads (from headers alone, cheap), then the
// decoding of that chain (a whole state). The second step depends only on the chain, so a
// caller that asks for many scopes (a verifier, once per BOOT marker) decodes each
// distinct chain once (CheckpointLoads).
struct ChainPlan {
    QList<uint32_t> chain; // slot indices, base first
    bool known = true;     // false: a slot of the chain is encrypted and no key was given
};
std::optional<ChainPlan> planCheckpointChain(const dump::DumpImage &img, int index, const SlotFilter &inScope = {});
std::optional<LoadedCheckpoint> loadPlannedChain(const dump::DumpImage &img, const ChainPlan &plan);

} // namespace seedscope::ledger
