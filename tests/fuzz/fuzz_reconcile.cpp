// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation of two or three images: the input is split at a separator line into
// images, each is read (with the simulation's storage keys, tried in order) and turned
// into its ledger view, then all are reconciled under the simulation's trust store.
#include "FuzzInput.h"
#include "FuzzSeedSim.h"
#include "dump/DumpReader.h"
#include "dumpledger/DumpLedger.h"
#include "reconcile/Reconciler.h"

using namespace seedscope;


namespace {
constexpr size_t kMaxInput = 512 * 1024;
constexpr int kMaxImages = 3;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxInput)
        return 0;
    QByteArrayView rest = fuzz::view(data, size);
    QList<reconcile::ReconcileInput> inputs;
    const ledger::TrustStore &trust = fuzz::fuzzKeys().trust;
    while (!rest.isEmpty() && inputs.size() < kMaxImages) {
        const qsizetype cut = rest.indexOf(fuzz::kImageSeparator);
        const QByteArrayView part = cut < 0 ? rest : rest.first(cut);
        rest = cut < 0 ? QByteArrayView() : rest.sliced(cut + fuzz::kImageSeparator.size());
        std::optional<dump::DumpImage> img;
        for (const crypto::SecureBytes &k : fuzz::storageKeysToTry(true)) {
            dump::ReadOptions o;
            o.storageRootKey = k;
            auto r = dump::readDump(part, o);
            if (!r)
                break;
            bool failed = false;
            for (const dump::RecordInfo &rec : r->journal)
                failed |= rec.decrypt == dump::DecryptState::Failed;
            img = std::move(*r);
            if (!failed)
                break;
        }
        if (!img)
            continue;
        ledger::DumpLedger view = ledger::loadDumpLedger(*img, trust);
        const QString name = QStringLiteral("dev-%1.seeddump").arg(inputs.size());
        inputs.append(reconcile::ReconcileInput{name, QStringLiteral("/fuzz/") + name, std::move(*img), std::move(view)});
    }
    if (inputs.size() < 2)
        return 0;
    const reconcile::ReconcileReport report = reconcile::reconcile(inputs, trust);
    (void)report.toJson();
    return 0;
}
