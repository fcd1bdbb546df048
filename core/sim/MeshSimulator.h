// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deterministic mesh simulator behind `seedscope-cli simulate`: N reference devices
// create transfers, run savings groups and trust events, sync over a simulated mesh (so
// the same transaction sits in several journals), seal, checkpoint and reboot. Faults
// are injected only when asked; the manifest records each one (kind, device, byte
// offset, expected reader findings): the ground truth for verifier tests. Same options,
// same bytes.

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "util/Progress.h"

namespace seedscope::sim {

// Bumped whenever the same options stop giving the same bytes (benchmark fixtures cached
// under the build folder are regenerated when it changes).
inline constexpr int kSimulatorOutputVersion = 1;

struct FaultSpec {
    QString kind;        // see faultKinds()
    int device = 0;      // @D
    qint64 param = -1;   // @D:N  (journal seq for record faults)
};
// Every fault kind with a one-line description (docs/findings/dump.md lists them too).
QList<QPair<QString, QString>> faultKinds();
Result<FaultSpec> parseFaultSpec(const QString &text); // "KIND[@D[:N]]"

struct SimOptions {
    int devices = 3;
    int entries = 1000;          // entries created by devices (issuance comes on top)
    uint64_t seed = 1;
    bool encrypt = false;
    bool groups = false;
    int checkpointEvery = 0;     // 0: entries / 8 per device, at least 25
    QList<FaultSpec> faults;
    QString networkId = QStringLiteral("seed-sim");
    uint32_t blockSize = 4096;
    // Clean reboots of a fault-free run take the running device's state over
    // (SeedDevice::restart) rather than re-reading the whole image; every device's first
    // reboot still runs the full recovery. Tests set this to recover from the image at
    // every reboot, to prove the output is the same.
    bool recoverFromImageOnEveryReboot = false;
};

struct SimDeviceOutput {
    QString name;
    QByteArray image;
    QByteArray storageRootKey;
};

struct SimResult {
    QList<SimDeviceOutput> devices;
    QJsonObject manifest;
    QJsonObject trustStore;
};

// Progress: stage "simulate" (entries created of entries asked). A tripped token returns
// ErrorCode::Cancelled.
Result<SimResult> runSimulation(const SimOptions &options, const Progress &progress = {});
// Writes <name>.seeddump, <name>.key, trust-store.json and manifest.json into dir.
Status writeSimulation(const SimResult &result, const QString &dir);

} // namespace seedscope::sim
