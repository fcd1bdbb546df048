// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test vectors for format v1 (docs/format/seed-dump-v1.md, section "Test vectors"):
// small deterministic dumps written by the reference device (core/sim/SeedDevice) with
// one fault each, and the JSON a correct reader must extract from them. Shared by the
// generator (make_vectors.cpp, run once, outputs committed) and tst_vectors.cpp, which
// regenerates every vector in memory and holds it against the committed bytes.

#include "dump/DumpImage.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace seedscope::vectors {

struct Vector {
    QString name;          // file stem: <name>.seeddump, <name>.json, <name>.key
    QString description;
    QByteArray image;
    QByteArray storageRootKey; // empty for plain dumps
    QJsonObject json;      // the full expected-extraction document
};

// Every vector, in a fixed order. Pure: same bytes on every call and every machine.
Result<QList<Vector>> generateVectors();

// What a correct reader extracts from `img` (the "read" object of a vector's JSON):
// superblocks, identity, slots, journal records, markers, epochs, findings, state roots.
// `image` is the dump the DumpImage was read from (for marker signature checks).
QJsonObject describeImage(const dump::DumpImage &img);

// Serialised form of a vector's JSON as committed (indented, trailing newline).
QByteArray vectorJsonBytes(const QJsonObject &json);

} // namespace seedscope::vectors
