// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entry signatures checked on worker threads while the verifier runs its sequential
// checks (hash chain, anchors, marker chain, damage regions) and then the ledger replay on
// the calling thread. The checks start when the job is made, in storage order, a chunk of
// items at a time; the replay reads each verdict as it applies that entry (the job is its
// VerdictFeed), so it trails the workers instead of waiting for all of them. Before, the
// replay started only once every signature was checked, and ran alone on one core.

#include "dumpledger/DumpLedger.h"
#include "ledger/ItemVerdicts.h"
#include "util/Progress.h"

#include <memory>
#include <optional>

namespace seedscope::verify::detail {

class SignatureJob final : public ledger::VerdictFeed {
public:
    // Checks every decoded item of `l` (which must outlive the job) under its key directory.
    SignatureJob(const ledger::DumpLedger &l, const Progress &progress);
    // Cancels what has not started and waits for the rest.
    ~SignatureJob() override;
    SignatureJob(const SignatureJob &) = delete;
    SignatureJob &operator=(const SignatureJob &) = delete;

    // The verdicts being filled, indexed like l.items: an item's may be read only after
    // await(item) returned true. Valid until verdicts() moves them out.
    const ledger::ItemVerdicts &filling() const;
    // Called from the thread that reads the verdicts, which is also the one reporting stage
    // "signatures" (items checked) while it waits.
    bool await(qsizetype item) const override;
    bool awaitAll() const override;

    // Waits for every verdict, reporting stage "signatures" from the calling thread, and
    // hands them over. nullopt when the stop token trips first (the job is then cancelled).
    std::optional<ledger::ItemVerdicts> verdicts();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace seedscope::verify::detail
