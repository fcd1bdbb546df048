// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict field readers shared by the JSON files the ledger area parses (trust stores,
// proofs): a field is either exactly what the format says or absent.

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>
#include <optional>

namespace seedscope::ledger {

// Strict lowercase hex of an exact size (-1 = any even size).
std::optional<QByteArray> hexField(const QJsonObject &o, const char *name, int size);
// A non-negative integer a double holds exactly (at most 2^53 - 1).
std::optional<uint64_t> uintField(const QJsonObject &o, const char *name);

} // namespace seedscope::ledger
