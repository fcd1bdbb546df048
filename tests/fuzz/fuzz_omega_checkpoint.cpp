// SPDX-License-Identifier: GPL-3.0-or-later
// One Ω checkpoint file as the loader sees it (Python-flavoured JSON with NaN/Infinity,
// surrogates, truncation) through the per-file validator, and the hardened layout's
// manifest.json through its parser, signature check and trusted-key check.
#include "FuzzInput.h"
#include "FuzzSeedSim.h"
#include "omega/CheckpointFile.h"
#include "omega/OmegaHardened.h"

using namespace seedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    omega::ValidationContext ctx;
    ctx.evidencePrefix = QStringLiteral("fuzz");
    ctx.now = 1.9e9;
    omega::CheckpointFile file;
    file.name = QStringLiteral("checkpoint_1762692027.json");
    file.nameSeconds = 1762692027;
    file.readable = true;
    file.size = qint64(size);
    Findings out;
    omega::inspectCheckpoint(file, in, ctx, out);
    Findings manifestFindings;
    // Both branches of the signer check: no trusted key, and the simulation's node key
    // (which signed the seed manifests, so the "verified" branch is reachable).
    (void)omega::checkManifest(in, ctx, std::nullopt, manifestFindings);
    (void)omega::checkManifest(in, ctx, fuzz::fuzzKeys().nodePublicKey, manifestFindings);
    return 0;
}
