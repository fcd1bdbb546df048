// SPDX-License-Identifier: GPL-3.0-or-later
// Key files and trust stores as an evidence bundle could carry them: the input is written
// to a file and read through the shared side-input reader by every key reader (storage
// root key, Omega node secret, public key) and by the trust-store reader, then the trust
// store is parsed from memory too and turned into a key directory.
#include "FuzzInput.h"
#include "FuzzTempFile.h"
#include "crypto/KeyFile.h"
#include "dump/DumpCrypto.h"
#include "ledger/Proof.h"
#include "omega/OmegaHardened.h"

using namespace seedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    const QString path = fuzz::writeTempFile(in, QStringLiteral("side-input"));
    if (path.isEmpty())
        return 0;
    (void)dump::readKeyFile(path);
    (void)omega::readNodeSecret(path);
    (void)omega::readPublicKey(path);
    (void)crypto::readPublicHexFile(path, 16, u"device id");
    if (auto t = ledger::readTrustStore(path))
        (void)ledger::keyDirectoryFromTrustStore(*t);
    if (auto t = ledger::parseTrustStore(in))
        (void)ledger::keyDirectoryFromTrustStore(*t);
    return 0;
}
