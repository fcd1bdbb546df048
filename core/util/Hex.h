// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace seedscope {

// Lowercase hex, the one spelling used in findings, JSON and the UI.
inline QString toHex(QByteArrayView bytes) { return QString::fromLatin1(bytes.toByteArray().toHex()); }

// Strict: even length, hex digits only. Returns nullopt instead of guessing.
std::optional<QByteArray> fromHexStrict(QStringView hex);

// "0x" + 8 hex digits for offsets below 4 GiB, more when needed.
QString formatOffset(qint64 offset);

} // namespace seedscope
