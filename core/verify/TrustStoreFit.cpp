// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify/TrustStoreFit.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "dump/DumpCrypto.h"
#include "util/Hex.h"

namespace seedscope::verify {

using namespace seedscope::dump;

namespace {

// The key's fingerprint as findings name keys: the first 16 hex digits of its SHA-256.
QString fingerprint(const QByteArray &key) { return toHex(crypto::sha256(key)).left(16); }

// How many of the device's own intact signed records (committed checkpoint slots, SEAL
// markers) verify under `key`, of how many were tried.
QPair<int, int> ownRecordsVerifying(const DumpImage &img, const QByteArray &key)
{
    int ok = 0, tried = 0;
    for (const SlotInfo &s : img.checkpointSlots) {
        if (!s.headerValid || !s.commitValid || s.commit.keyIndex != 0)
            continue;
        ++tried;
        ok += crypto::ed25519Verify(key, checkpointSignedBytes(s.rawHeader, s.commit.payloadHash), s.commit.signature)
            == crypto::SignatureCheck::Valid;
    }
    for (const RecordInfo &m : img.markers) {
        if (m.header.type != uint8_t(RecordType::Seal) || !m.payloadCrcOk)
            continue;
        auto seal = decodeSealMarker(m.payload());
        if (!seal)
            continue;
        ++tried;
        ok += crypto::ed25519Verify(key, sealSignedBytes(img.superblock.deviceId, m.payload()), seal->signature) == crypto::SignatureCheck::Valid;
    }
    return {ok, tried};
}

Finding mismatch(const DumpImage &img, const FindingText &subject, const FindingText &explanation, const FindingText &expected, const FindingText &found)
{
    return makeFinding(img.evidence, "TRUST_STORE_MISMATCH", Severity::Error, -1, 0, ftr(QT_TRANSLATE_NOOP("Finding", "trust store")), subject, explanation,
                       expected, found, Verdict::None);
}

} // namespace

TrustStoreFit trustStoreFit(const DumpImage &img, const ledger::TrustStore &trust)
{
    TrustStoreFit fit;
    if (!img.readable)
        return fit;
    // Certificates sign the network id: a trust store for another network certifies
    // nothing here, and every device would read as unregistered.
    const QString dumpNetwork = img.superblock.networkId;
    if (trust.networkId != dumpNetwork) {
        fit.usable = false;
        fit.finding = mismatch(img, ftr(QT_TRANSLATE_NOOP("Finding", "network %1"), trust.networkId),
                               ftr(QT_TRANSLATE_NOOP("Finding", "The trust store is for network '%1', but this dump's superblock (CRC intact) names network '%2': the trust store is not this network's, so it was not used and nothing that needs it was checked."),
                                   trust.networkId, dumpNetwork),
                               ftr(QT_TRANSLATE_NOOP("Finding", "a trust store for network '%1'"), dumpNetwork),
                               ftr(QT_TRANSLATE_NOOP("Finding", "network '%1'"), trust.networkId));
        return fit;
    }
    // The trust store names this device with another key than the intact identity header.
    if (!img.identity.valid)
        return fit; // a damaged header defers to the trust store (format section 4.3)
    const QByteArray headerKey = img.identity.header.devicePublicKey;
    for (const ledger::RegisteredDevice &d : trust.devices) {
        if (d.deviceId != img.superblock.deviceId || d.publicKey == headerKey)
            continue;
        const auto [underTrust, tried] = ownRecordsVerifying(img, d.publicKey);
        const auto [underHeader, triedH] = ownRecordsVerifying(img, headerKey);
        (void)triedH;
        if (tried == 0 || underTrust > 0 || underHeader == 0)
            continue; // nothing decides between the two keys: not called either way
        fit.finding = mismatch(img, ftr(QT_TRANSLATE_NOOP("Finding", "device %1"), toHex(d.deviceId)),
                               ftr(QT_TRANSLATE_NOOP("Finding", "The trust store registers device %1 with key %2, but the dump's intact identity header holds key %3: %4 of the device's %5 signed records verify under the header's key and none under the trust store's. The trust store's entry for this device is wrong (it was ignored); the device's records are checked under its own key."),
                                   toHex(d.deviceId), fingerprint(d.publicKey), fingerprint(headerKey), underHeader, tried),
                               ftr(QT_TRANSLATE_NOOP("Finding", "key %1 (intact identity header)"), fingerprint(headerKey)),
                               ftr(QT_TRANSLATE_NOOP("Finding", "key %1 (trust store)"), fingerprint(d.publicKey)));
        return fit;
    }
    return fit;
}

} // namespace seedscope::verify
