// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/ReconcileCauses.h"

namespace seedscope::reconcile {

namespace {

bool isAlteredCopy(const Finding &f)
{
    return f.code == QLatin1String("RECONCILE_ALTERED_COPY") || f.code == QLatin1String("RECONCILE_CONFLICTING_DUPLICATE");
}

} // namespace

void linkReconcileCauses(Findings &findings)
{
    numberFindings(findings);
    for (Finding &f : findings) {
        if (!f.cause.isEmpty() || isAlteredCopy(f))
            continue;
        const Finding *root = nullptr;
        if (f.code == QLatin1String("RECONCILE_VIEW_DIVERGES") && f.offset >= 0) {
            for (const Finding &a : std::as_const(findings))
                if (isAlteredCopy(a) && a.evidence == f.evidence && a.offset == f.offset)
                    root = &a;
        } else if (f.code == QLatin1String("RECONCILE_CHECKPOINT_DIVERGES") && f.verdict == Verdict::Tampering) {
            // The device's first altered copy: a checkpoint over an altered entry holds a
            // state no other device's checkpoint of the same transactions can match.
            for (const Finding &a : std::as_const(findings))
                if (isAlteredCopy(a) && a.evidence == f.evidence && (!root || a.offset < root->offset))
                    root = &a;
        }
        if (root)
            f.cause = root->id;
    }
}

} // namespace seedscope::reconcile
