// SPDX-License-Identifier: GPL-3.0-or-later
// Decryption of an encrypted Omega checkpoint (checkpoint_<int>.json.enc) with the
// simulation's node secret, then the per-file validator on whatever plaintext comes out.
// Input: the manifest's 32-byte salt, the file name, NUL, the envelope; seeds are the
// simulated hardened folder's files, so they decrypt and mutations reach the plaintext.
#include "FuzzInput.h"
#include "FuzzSeedSim.h"
#include "omega/CheckpointFile.h"
#include "omega/OmegaHardened.h"

using namespace seedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    if (in.size() < omega::kManifestSaltSize)
        return 0;
    const QByteArrayView salt = in.first(omega::kManifestSaltSize);
    const auto [name, envelope] = fuzz::splitAtNul(in.sliced(omega::kManifestSaltSize));
    const QString fileName = QString::fromUtf8(name);
    auto plain = omega::openCheckpoint(fuzz::fuzzKeys().nodeSecret, salt, fileName, envelope);
    if (!plain)
        return 0;
    omega::ValidationContext ctx;
    ctx.evidencePrefix = QStringLiteral("fuzz");
    ctx.now = 1762695600.0;
    omega::CheckpointFile file;
    file.name = fileName;
    file.encrypted = file.decrypted = file.readable = true;
    file.nameSeconds = omega::secondsFromName(fileName);
    Findings out;
    omega::inspectCheckpoint(file, *plain, ctx, out);
    return 0;
}
