// SPDX-License-Identifier: GPL-3.0-or-later
// Opening evidence: the input is written to a file and opened the way every command opens
// a dump (EvidenceFile::open: read-only, mapped, hashed, re-hashed), and read through the
// shared side-input reader with a cap the input may exceed. The hash must not depend on
// how the bytes were read.
#include "FuzzInput.h"
#include "FuzzTempFile.h"
#include "crypto/Hash.h"
#include "evidence/EvidenceFile.h"
#include "util/SideInput.h"

#include <cstdlib>

using namespace seedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    const QString path = fuzz::writeTempFile(in, QStringLiteral("evidence.seeddump"));
    if (path.isEmpty())
        return 0;
    const QByteArray expected = crypto::sha256(in);
    if (auto ev = EvidenceFile::open(path, 1 << 20)) {
        if ((*ev)->identity().sha256 != expected || (*ev)->bytes() != in)
            std::abort();
        auto again = (*ev)->rehash();
        if (!again || *again != expected)
            std::abort();
    }
    // A cap from the input itself, so both the refusal and the exact-fit branches run.
    const qint64 cap = size > 0 ? qint64(data[0]) * 64 : 0;
    auto side = readSideInput(path, u"fuzz input", cap);
    if (side && (qint64(size) > cap || *side != in))
        std::abort();
    if (!side && qint64(size) <= cap)
        std::abort();
    return 0;
}
