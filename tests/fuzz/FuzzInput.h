// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets: the input as Qt views without copying.
#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace seedscope::fuzz {

inline QByteArrayView view(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input at its first NUL byte: targets that need two documents (a trust store
// and a proof) take both from one input so the fuzzer mutates them together.
inline std::pair<QByteArrayView, QByteArrayView> splitAtNul(QByteArrayView in)
{
    const qsizetype nul = in.indexOf('\0');
    if (nul < 0)
        return {in, {}};
    return {in.first(nul), in.sliced(nul + 1)};
}

// Separates whole images in targets that take several (reconciliation): a line no dump
// holds by accident, so seeds are plain concatenations.
inline constexpr QByteArrayView kImageSeparator("\n--seedscope-fuzz-next-image--\n");

// Separates the entries of an in-memory folder (the Omega folder target).
inline constexpr QByteArrayView kEntrySeparator("\n--seedscope-fuzz-next-entry--\n");

} // namespace seedscope::fuzz
