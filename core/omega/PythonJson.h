// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes JSON byte-for-byte the way CPython's json.dump(obj, f, indent=2) does for the
// checkpoint dictionary, so simulated directories look like the real writer's output:
// repr() floats (shortest round-trip digits, "1e-07", "1.0"), bare NaN / Infinity /
// -Infinity, ensure_ascii escapes with lowercase \uXXXX and surrogate pairs, ", " and
// ": " separators, two-space indent, no trailing newline.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace seedscope::omega {

// repr(float) in CPython 3 (float_repr_style 'short').
QByteArray pythonFloatRepr(double v);
// json.dumps(str) with ensure_ascii=True.
QByteArray pythonJsonString(const QString &s);

// A checkpoint as the writer's asdict() produces it. A number may have been passed as an
// int by the caller (the project's own tests do that): PyNumber keeps the distinction.
struct PyNumber {
    double value = 0.0;
    bool isInt = false;
};
struct CheckpointRecord {
    QList<PyNumber> iVector;
    QList<PyNumber> omegaVector;
    PyNumber timestamp;
    PyNumber coherenceScore;
    PyNumber modulator;
    QString networkId;
};

QByteArray pythonNumber(const PyNumber &n);
// json.dump(asdict(record), f, indent=2): the exact bytes of one checkpoint file.
QByteArray dumpCheckpoint(const CheckpointRecord &record);

} // namespace seedscope::omega
