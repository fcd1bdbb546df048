// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeyFile.h"

#include "util/SideInput.h"

#include <openssl/crypto.h>

namespace seedscope::crypto {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Decodes into `out` (pre-sized, so it never reallocates and leaves a stray copy behind).
Status decodeInto(const QString &path, int bytes, QStringView what, QByteArray &out)
{
    // Read into our own buffer, never through QFile's (one more unwiped copy). The shared
    // side-input reader refuses FIFOs, devices and directories and checks the size first.
    QByteArray raw(kMaxKeyFileBytes + 1, '\0');
    qint64 n = 0;
    if (Status s = readSideInputInto(path, QStringLiteral("%1 file").arg(what), kMaxKeyFileBytes, raw.data(), n); !s) {
        OPENSSL_cleanse(raw.data(), size_t(raw.size()));
        if (s.error().code == ErrorCode::LimitExceeded)
            return makeError(ErrorCode::LimitExceeded,
                             QStringLiteral("%1; a key file is at most %2 bytes").arg(s.error().message).arg(kMaxKeyFileBytes));
        return s;
    }
    qsizetype begin = 0, end = n < 0 ? 0 : qsizetype(n);
    while (begin < end && isSpace(raw[begin]))
        ++begin;
    while (end > begin && isSpace(raw[end - 1]))
        --end;
    bool ok = n >= 0 && n <= kMaxKeyFileBytes && end - begin == 2 * qsizetype(bytes);
    out = QByteArray(bytes, '\0');
    for (int i = 0; ok && i < bytes; ++i) {
        const int hi = hexValue(raw[begin + 2 * i]), lo = hexValue(raw[begin + 2 * i + 1]);
        ok = hi >= 0 && lo >= 0;
        out[i] = char(ok ? hi * 16 + lo : 0);
    }
    OPENSSL_cleanse(raw.data(), size_t(raw.size()));
    if (!ok) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("%1 file %2 does not hold exactly %3 hex characters").arg(what, path).arg(2 * bytes));
    }
    return {};
}

} // namespace

Result<SecureBytes> readSecretHexFile(const QString &path, int bytes, QStringView what)
{
    QByteArray out;
    if (Status s = decodeInto(path, bytes, what, out); !s)
        return s.error();
    return SecureBytes(std::move(out));
}

Result<QByteArray> readPublicHexFile(const QString &path, int bytes, QStringView what)
{
    QByteArray out;
    if (Status s = decodeInto(path, bytes, what, out); !s)
        return s.error();
    return out;
}

} // namespace seedscope::crypto
