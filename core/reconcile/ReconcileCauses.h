// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Root causes first, for reconciliation as for verify (verify/RootCauses.h): one altered
// copy of a transaction on a device also makes that device's view of the ledger diverge
// from the merged one. The divergence names the altered copy as its `cause`, so the
// report reads as one problem with its consequence. Nothing is removed.

#include "findings/Finding.h"

namespace seedscope::reconcile {

// Numbers the findings (ids "F1", ... in report order; existing ids are kept) and links
// each consequence to its root. The rules (docs/findings.md, "Reconciliation"):
//  1. RECONCILE_VIEW_DIVERGES on a device, at the offset of that device's
//     RECONCILE_ALTERED_COPY or RECONCILE_CONFLICTING_DUPLICATE (the copy where its view
//     departs), is a consequence of that finding;
//  2. RECONCILE_CHECKPOINT_DIVERGES (tampering) on a device that holds an altered copy
//     is a consequence of the device's first altered copy (lowest offset).
// Causes always name a root.
void linkReconcileCauses(Findings &findings);

} // namespace seedscope::reconcile
