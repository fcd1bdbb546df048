// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entry signatures checked on worker threads while the verifier runs its sequential
// checks (hash chain, anchors, marker chain, damage regions) on the calling thread. The
// checks start when the job is made; verdicts() waits for them. Before, those checks ran
// first and the signature stage only after them, so one core idled through them.

#include "dumpledger/DumpLedger.h"
#include "ledger/ItemVerdicts.h"
#include "util/Progress.h"

#include <memory>
#include <optional>

namespace seedscope::verify::detail {

class SignatureJob {
public:
    // Checks every decoded item of `l` (which must outlive the job) under its key directory.
    SignatureJob(const ledger::DumpLedger &l, const Progress &progress);
    // Cancels what has not started and waits for the rest.
    ~SignatureJob();
    SignatureJob(const SignatureJob &) = delete;
    SignatureJob &operator=(const SignatureJob &) = delete;

    // Waits for every verdict, reporting stage "signatures" (items checked) from the
    // calling thread. nullopt when the stop token trips first (the job is then cancelled).
    std::optional<ledger::ItemVerdicts> verdicts();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace seedscope::verify::detail
