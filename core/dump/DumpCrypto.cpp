// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/DumpCrypto.h"

#include "crypto/KeyFile.h"

#include "crypto/Aead.h"
#include "util/ByteIo.h"
#include "util/Hex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace seedscope::dump {
namespace {

QByteArray label(const char *text)
{
    QByteArray b(text);
    b.append('\0');
    return b;
}

} // namespace

Result<crypto::SecureBytes> journalKey(const crypto::SecureBytes &rootKey, QByteArrayView deviceId, uint32_t epoch,
                                       QByteArrayView epochSalt)
{
    QByteArray info = label(kInfoJournalKey);
    info.append(deviceId.data(), deviceId.size());
    putU32(info, epoch);
    auto k = crypto::hkdfSha256(rootKey.view(), epochSalt, info, crypto::kAesKeySize);
    if (!k)
        return k.error();
    return crypto::SecureBytes(std::move(*k));
}

QByteArray journalNonce(uint32_t epoch, uint64_t seq)
{
    QByteArray n;
    putU32(n, epoch);
    putU64(n, seq);
    return n;
}

QByteArray recordAad(QByteArrayView h)
{
    QByteArray a = h.first(12).toByteArray();
    a.append(h.sliced(16, 52).data(), 52);
    return a;
}

Result<crypto::SecureBytes> checkpointKey(const crypto::SecureBytes &rootKey, QByteArrayView deviceId, uint8_t kind,
                                          uint64_t checkpointSeq, QByteArrayView kdfSalt)
{
    QByteArray info = label(kInfoCheckpointKey);
    info.append(deviceId.data(), deviceId.size());
    putU8(info, kind);
    putU64(info, checkpointSeq);
    auto k = crypto::hkdfSha256(rootKey.view(), kdfSalt, info, crypto::kAesKeySize);
    if (!k)
        return k.error();
    return crypto::SecureBytes(std::move(*k));
}

QByteArray slotAad(QByteArrayView h)
{
    QByteArray a = h.first(236).toByteArray();
    a.append(h.sliced(240, 12).data(), 12);
    return a;
}

Result<QByteArray> encryptJournalPayload(const crypto::SecureBytes &key, const RecordHeader &h, QByteArrayView plaintext)
{
    // The AAD does not contain the payload CRC, so it can be built before the CRC exists.
    return crypto::aesGcmSeal(key.view(), journalNonce(h.epoch, h.seq), recordAad(encodeRecordHeader(h)), plaintext);
}

Result<QByteArray> decryptJournalPayload(const crypto::SecureBytes &key, QByteArrayView header72, uint32_t epoch,
                                         uint64_t seq, QByteArrayView ciphertextAndTag)
{
    return crypto::aesGcmOpen(key.view(), journalNonce(epoch, seq), recordAad(header72), ciphertextAndTag);
}

QByteArray checkpointSignedBytes(QByteArrayView header256, QByteArrayView payloadSha256)
{
    QByteArray m = label(kSignCheckpoint);
    m.append(header256.data(), header256.size());
    m.append(payloadSha256.data(), payloadSha256.size());
    return m;
}

QByteArray sealSignedBytes(QByteArrayView deviceId, QByteArrayView sealPayload)
{
    QByteArray m = label(kSignSeal);
    m.append(deviceId.data(), deviceId.size());
    const QByteArrayView signedPart = sealPayload.first(std::min<qsizetype>(sealPayload.size(), kSealSignedSize));
    m.append(signedPart.data(), signedPart.size());
    return m;
}

Result<crypto::SecureBytes> readKeyFile(const QString &path)
{
    return crypto::readSecretHexFile(path, 32, u"storage root key");
}

QStringList storageKeyCandidates(const QString &dumpPath, const QString &keysDir, const QStringList &keyFiles)
{
    QStringList candidates;
    const QString base = QFileInfo(dumpPath).completeBaseName();
    if (!keysDir.isEmpty()) {
        const QString k = QDir(keysDir).filePath(base + QStringLiteral(".key"));
        if (QFileInfo::exists(k))
            candidates.append(k);
    }
    for (const QString &k : keyFiles)
        if (QFileInfo(k).completeBaseName() == base)
            candidates.prepend(k);
        else
            candidates.append(k);
    candidates.removeDuplicates();
    return candidates;
}

} // namespace seedscope::dump
