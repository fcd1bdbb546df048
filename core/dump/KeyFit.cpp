// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump/KeyFit.h"

#include "util/Hex.h"

namespace seedscope::dump {

KeyFit assessKeyFit(const DumpImage &img)
{
    KeyFit fit;
    for (const RecordInfo &r : img.journal) {
        if (r.decrypt == DecryptState::Decrypted)
            ++fit.authenticated;
        else if (r.decrypt == DecryptState::Failed && r.payloadCrcOk)
            ++fit.failed;
    }
    for (const SlotInfo &s : img.checkpointSlots) {
        if (s.decrypt == DecryptState::Decrypted)
            ++fit.authenticated;
        else if (s.decrypt == DecryptState::Failed)
            ++fit.failed;
    }
    return fit;
}

bool withdrawMismatchedKey(DumpImage &img, const QString &keyFingerprint)
{
    if (!img.readable || !img.superblock.encrypted() || !img.keyProvided)
        return false;
    const KeyFit fit = assessKeyFit(img);
    if (!fit.mismatch())
        return false;
    img.keyMismatch = true;
    Findings kept;
    for (const Finding &f : img.findings)
        if (f.code != QLatin1String("JOURNAL_DECRYPT_FAILED") && f.code != QLatin1String("SLOT_DECRYPT_FAILED"))
            kept.append(f);
    img.findings = kept;
    for (RecordInfo &r : img.journal)
        if (r.decrypt == DecryptState::Failed)
            r.decrypt = DecryptState::NoKey;
    for (SlotInfo &s : img.checkpointSlots)
        if (s.decrypt == DecryptState::Failed)
            s.decrypt = DecryptState::NoKey;
    Finding f;
    f.code = QStringLiteral("KEY_MISMATCH");
    f.severity = Severity::Error;
    f.evidence = img.evidence;
    f.setText(FindingField::Location, ftr(QT_TRANSLATE_NOOP("Finding", "storage key")));
    f.setText(FindingField::Subject, ftr(QT_TRANSLATE_NOOP("Finding", "key %1"), keyFingerprint));
    f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "the storage root key of device %1"), toHex(img.superblock.deviceId)));
    f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "key %1: 0 of %2 encrypted records authenticate"), keyFingerprint, fit.failed));
    f.setText(FindingField::Explanation,
              ftr(QT_TRANSLATE_NOOP("Finding", "The storage key given (fingerprint %1) is not this dump's: none of its %2 intact encrypted records authenticates under it, so nothing encrypted was read. This is a problem with the key supplied, not with the device; what needs the key is reported as not checked."),
                  keyFingerprint, fit.failed));
    img.findings.prepend(f);
    return true;
}

} // namespace seedscope::dump
