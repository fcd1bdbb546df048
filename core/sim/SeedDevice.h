// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reference Seed device: the code a device would run over its ledger flash, written
// against format v1 (docs/format/seed-dump-v1.md). It appends hash-chained journal
// entries, seals the chain, writes FULL and DELTA checkpoints into rotating slots with
// the seed's atomic rule (write, read back and verify, then commit; the old checkpoint
// stays until the new one is committed), logs markers, encrypts when configured, and
// performs the seed's boot-time recovery on its own image (boot()).
//
// Device state is the checkpoint state plus the journal entries applied in storage
// order with ledger::applyEntry, so "replay the journal from checkpoint N" reproduces
// checkpoint N+1 exactly.

#include "crypto/Ed25519.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "dump/Format.h"
#include "ledger/Apply.h"
#include "ledger/LedgerState.h"
#include "ledger/Merkle.h"
#include "ledger/Network.h"
#include "sim/NorFlash.h"
#include "util/Result.h"

#include <memory>

namespace seedscope::sim {

struct DeviceConfig {
    QString name;
    QString networkId;
    uint32_t blockSize = 4096;
    uint32_t identityBlocks = 1;
    uint32_t slotCount = 4;
    uint32_t slotBlocks = 8;
    uint32_t journalBlocks = 64;
    uint32_t markerBlocks = 8;
    bool encrypt = false;
    QByteArray signingSeed;          // 32: the device's Ed25519 private key seed
    QByteArray storageRootKey;       // 32: escrowed to the auditor as <name>.key
    QByteArray registrationSignature; // 64: the authority's certificate
    uint64_t rngSeed = 0;            // salts and nonces are deterministic per seed
    int fullEvery = 3;               // a FULL checkpoint at least every N checkpoints

    uint32_t totalBlocks() const { return 2 + identityBlocks + slotCount * slotBlocks + journalBlocks + markerBlocks; }
    dump::Superblock superblock(const QByteArray &deviceId) const;
};

// What boot() found and did: the device's own account of its recovery (also written to
// the BOOT and RECOVERY markers).
struct BootReport {
    int loadedSlot = -1;
    uint64_t loadedCheckpointSeq = 0;
    bool usedFallback = false;
    bool noValidCheckpoint = false;  // slots held data but none loaded: replayed from genesis
    qint64 truncatedAt = -1;         // absolute offset of the journal damage, -1 when none
    bool newRecoveryMarker = false;
    uint64_t lastValidSeq = 0;
    uint64_t replayed = 0;           // entries applied after the checkpoint
    uint32_t epoch = 0;
};

class SeedDevice {
public:
    // Formats an erased flash and boots the fresh device (epoch 1, BOOT marker).
    static Result<std::unique_ptr<SeedDevice>> format(NorFlash &flash, const DeviceConfig &cfg, ledger::KeyDirectory keys,
                                                      ledger::NetworkParams params);
    // The seed's boot-time recovery on the image already in `flash`.
    static Result<std::unique_ptr<SeedDevice>> boot(NorFlash &flash, const DeviceConfig &cfg, ledger::KeyDirectory keys,
                                                    ledger::NetworkParams params, BootReport *report = nullptr);
    // A clean restart: the device was running, its flash holds exactly what it wrote and
    // no power was lost. boot() would load the last committed checkpoint, replay the
    // journal up to the head and arrive at the running device's own state; restart()
    // takes that state over instead of re-reading the image, then writes what boot()
    // writes (a new BOOT epoch, the BOOT marker). boot() reads the whole image, so a
    // simulator that rebooted through it at a fixed rate was quadratic in entries.
    // tst_sim proves both write the same bytes.
    static Result<std::unique_ptr<SeedDevice>> restart(std::unique_ptr<SeedDevice> running, BootReport *report = nullptr);

    const QByteArray &deviceId() const { return m_deviceId; }
    const QByteArray &publicKey() const { return m_signer.publicKey(); }
    const ledger::LedgerState &state() const { return m_state; }
    QByteArray stateRoot() const;
    uint64_t lamport() const { return m_lamport; }
    uint64_t headSeq() const { return m_headSeq; }
    const QByteArray &headHash() const { return m_headHash; }
    uint32_t epoch() const { return m_epoch; }
    uint64_t checkpointSeq() const { return m_ckptSeq; }
    qint64 lastRecordOffset() const { return m_lastRecordOffset; }
    // Where the last journal record write started, even when it was cut (fault manifests).
    qint64 lastJournalWriteOffset() const { return m_lastJournalAttempt; }
    qint64 slotOffset(uint32_t slot) const;
    uint32_t nextCheckpointSlot() const { return uint32_t((m_ckptSeq + 1) % m_cfg.slotCount); }
    const DeviceConfig &config() const { return m_cfg; }
    uint64_t nextOriginSequence() const;

    // Fills origin, lamport (local clock + 1), sequence and signature of a local entry.
    Result<ledger::Entry> createLocal(ledger::Entry draft);
    // Stores an entry (local or received over the mesh) and applies it to the state.
    Result<ledger::ApplyResult> append(const ledger::Entry &e);
    Status seal();
    Status checkpoint();
    Status genericMarker(dump::RecordType type, uint64_t value, uint64_t value2 = 0);

    // Fault hooks for the simulator: the next append stores a Lamport value below the
    // previous one (a clock rolled back); an entry signed by another key is appended
    // as if valid.
    void rollBackLamportOnce(uint64_t by) { m_rollback = by; }
    void setClock(uint64_t unixSeconds) { m_clock = unixSeconds; }

private:
    SeedDevice(NorFlash &flash, const DeviceConfig &cfg, crypto::Ed25519Signer signer, ledger::KeyDirectory keys,
               ledger::NetworkParams params);
    friend struct DeviceRecovery;

    Status writeRecord(bool journal, dump::RecordHeader h, const QByteArray &payload);
    Status openBlock(bool journal, uint64_t firstSeq);
    Status startEpoch(dump::EpochReason reason);
    Status writeMarker(dump::RecordType type, const QByteArray &payload);
    Status writeBoot(const BootReport &r);

    NorFlash &m_flash;
    DeviceConfig m_cfg;
    crypto::Ed25519Signer m_signer;
    QByteArray m_deviceId;
    dump::Superblock m_sb;
    ledger::KeyDirectory m_keys;
    ledger::NetworkParams m_params;
    crypto::SecureBytes m_rootKey;
    crypto::DeterministicRng m_rng;

    ledger::LedgerState m_state;
    uint64_t m_lamport = 0;
    uint64_t m_headSeq = 0;
    QByteArray m_headHash = QByteArray(32, '\0');
    ledger::merkle::MerkleLog m_log;
    bool m_logValid = true;

    uint32_t m_epoch = 0;
    crypto::SecureBytes m_journalKey;
    // Write positions: absolute block number, offset in block, next block sequence.
    uint32_t m_jBlock = 0;
    qint64 m_jPos = 0;
    bool m_jOpen = false;
    uint32_t m_jNextFree = 0;
    uint64_t m_jBlockSeq = 0;
    uint32_t m_mBlock = 0;
    qint64 m_mPos = 0;
    bool m_mOpen = false;
    uint32_t m_mNextFree = 0;
    uint64_t m_mBlockSeq = 0;
    uint64_t m_markerSeq = 0;
    QByteArray m_markerPrev = QByteArray(32, '\0');
    qint64 m_lastRecordOffset = -1;
    qint64 m_lastJournalAttempt = -1;

    uint64_t m_ckptSeq = 0;          // highest checkpoint sequence ever started
    bool m_haveCkpt = false;         // m_ckptState holds the last committed/loaded checkpoint
    ledger::LedgerState m_ckptState;
    uint64_t m_ckptStateSeq = 0;
    QList<uint32_t> m_chainSlots;    // slots the DELTA chain of m_ckptState needs
    uint32_t m_bootCounter = 0;
    uint64_t m_clock = 1700000000;
    uint64_t m_rollback = 0;
};

} // namespace seedscope::sim
