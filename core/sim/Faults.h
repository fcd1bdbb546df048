// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Faults applied to a finished device image (media damage and tampering). Each returns
// the manifest entry: what was done where, and what a correct reader must report.

#include "crypto/SecureBytes.h"
#include "sim/MeshSimulator.h"

#include <QJsonObject>

namespace seedscope::sim {

struct ImageFaultContext {
    QByteArray *image = nullptr;
    QString deviceName;
    QString fileName;
    crypto::SecureBytes rootKey;
    bool encrypted = false;
};

bool isImageFault(const QString &kind);
Result<QJsonObject> applyImageFault(ImageFaultContext &ctx, const FaultSpec &spec);

// Shared helper for manifest entries.
QJsonObject expectedFinding(const QString &code, qint64 offset);

} // namespace seedscope::sim
