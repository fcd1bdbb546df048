// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Root causes first: one altered journal entry makes its own signature fail, breaks the
// hash link of the record after it, and changes the Merkle root every later seal and
// checkpoint signed. Listed flat, that reads as forty problems. This post-pass over a
// finished report numbers the findings ("F1", "F2", ... in report order) and links each
// consequence to the finding that explains it (Finding::cause), using only what the
// findings carry: byte offsets, journal sequence numbers and the damaged regions.
// Nothing is removed; JSON keeps every finding, text and summaries lead with the roots.

#include "findings/Finding.h"
#include "verify/VerifyReport.h"

namespace seedscope::verify {

// Numbers the findings (already in final order) and sets `cause` on consequences. The
// rules, in order (docs/cli.md, "Root causes"):
//  1. a finding inside a damaged region is a consequence of the region's finding, and a
//     slot finding (not tampering) of NO_VALID_CHECKPOINT, which covers the slot area;
//  2. findings at one record's offset are consequences of the most basic one there
//     (framing/CRC, then decryption, signature, sequence, chain link, ledger);
//  3. a CHAIN_BREAK at journal seq N is a consequence of an altered entry at seq N-1;
//  4. seal and checkpoint mismatches (log root, chain hash, replayed state_root) are
//     consequences of the earliest altered or removed entry at or below what they cover.
// Causes always name a root (no chains of causes).
void linkRootCauses(Findings &findings, const QList<DamageRegion> &regions);

// How many findings name `id` as their cause.
int consequenceCount(const Findings &findings, const QString &id);

} // namespace seedscope::verify
