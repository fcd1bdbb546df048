// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stable finding codes for Omega checkpoint directories. Each is documented with an
// example in docs/findings/omega.md; tests compare against these constants, so renaming
// one is a format change.

namespace seedscope::omega::code {

// Reading and parsing one file
inline constexpr const char *FileUnreadable = "OMEGA_FILE_UNREADABLE";
inline constexpr const char *TruncatedJson = "OMEGA_TRUNCATED_JSON";
inline constexpr const char *MalformedJson = "OMEGA_MALFORMED_JSON";
inline constexpr const char *LimitExceeded = "OMEGA_LIMIT_EXCEEDED";
inline constexpr const char *NonFinite = "OMEGA_NON_FINITE";
inline constexpr const char *LoneSurrogate = "OMEGA_LONE_SURROGATE";
inline constexpr const char *DuplicateKey = "OMEGA_DUPLICATE_KEY";
inline constexpr const char *NonAscii = "OMEGA_NON_ASCII";

// Schema and ranges of one checkpoint
inline constexpr const char *MissingField = "OMEGA_MISSING_FIELD";
inline constexpr const char *WrongType = "OMEGA_WRONG_TYPE";
inline constexpr const char *UnknownField = "OMEGA_UNKNOWN_FIELD";
inline constexpr const char *IntForFloat = "OMEGA_INT_FOR_FLOAT";
inline constexpr const char *EmptyVector = "OMEGA_EMPTY_VECTOR";
inline constexpr const char *VectorLengthMismatch = "OMEGA_VECTOR_LENGTH_MISMATCH";
inline constexpr const char *PsiOutOfRange = "OMEGA_PSI_OUT_OF_RANGE";
inline constexpr const char *ModulatorNotPositive = "OMEGA_MODULATOR_NOT_POSITIVE";
inline constexpr const char *ModulatorUnstable = "OMEGA_MODULATOR_UNSTABLE";
inline constexpr const char *TimestampFuture = "OMEGA_TIMESTAMP_FUTURE";
inline constexpr const char *NameTimestampMismatch = "OMEGA_NAME_TIMESTAMP_MISMATCH";
inline constexpr const char *NameNotTimestamp = "OMEGA_NAME_NOT_TIMESTAMP";
inline constexpr const char *NameNotUtf8 = "OMEGA_NAME_NOT_UTF8";
inline constexpr const char *NormMismatch = "OMEGA_NORM_MISMATCH";
inline constexpr const char *ModulatorMismatch = "OMEGA_MODULATOR_MISMATCH";

// Directory level
inline constexpr const char *NoCheckpoints = "OMEGA_NO_CHECKPOINTS";
inline constexpr const char *TooManyFiles = "OMEGA_TOO_MANY_FILES";
inline constexpr const char *MixedNetworkIds = "OMEGA_MIXED_NETWORK_IDS";
inline constexpr const char *StringOrderDiffers = "OMEGA_STRING_ORDER_DIFFERS";
inline constexpr const char *LoaderPicksStale = "OMEGA_LOADER_PICKS_STALE";
inline constexpr const char *LoaderReturnsNothing = "OMEGA_LOADER_RETURNS_NOTHING";
inline constexpr const char *LoaderPicksInvalid = "OMEGA_LOADER_PICKS_INVALID";
inline constexpr const char *NewestValid = "OMEGA_NEWEST_VALID";
inline constexpr const char *NoValidCheckpoint = "OMEGA_NO_VALID_CHECKPOINT";
inline constexpr const char *RetentionExceeded = "OMEGA_RETENTION_EXCEEDED";
inline constexpr const char *Gap = "OMEGA_GAP";
inline constexpr const char *SameSecondOverwrite = "OMEGA_SAME_SECOND_OVERWRITE";
inline constexpr const char *ContinuityBreak = "OMEGA_CONTINUITY_BREAK";
inline constexpr const char *DuplicateTimestamp = "OMEGA_DUPLICATE_TIMESTAMP";
inline constexpr const char *SymlinkInside = "OMEGA_SYMLINK_INSIDE";
inline constexpr const char *SymlinkOutside = "OMEGA_SYMLINK_OUTSIDE";

// Authentication (hardened layout)
inline constexpr const char *NotAuthenticated = "OMEGA_NOT_AUTHENTICATED";
inline constexpr const char *ManifestMalformed = "OMEGA_MANIFEST_MALFORMED";
inline constexpr const char *ManifestDuplicateKey = "OMEGA_MANIFEST_DUPLICATE_KEY";
inline constexpr const char *ManifestSignatureInvalid = "OMEGA_MANIFEST_SIGNATURE_INVALID";
inline constexpr const char *ManifestKeyUntrusted = "OMEGA_MANIFEST_KEY_UNTRUSTED";
inline constexpr const char *ManifestVerified = "OMEGA_MANIFEST_VERIFIED";
inline constexpr const char *ManifestFileMissing = "OMEGA_MANIFEST_FILE_MISSING";
inline constexpr const char *ManifestHashMismatch = "OMEGA_MANIFEST_HASH_MISMATCH";
inline constexpr const char *ManifestUnlistedFile = "OMEGA_MANIFEST_UNLISTED_FILE";
inline constexpr const char *EncryptedNoKey = "OMEGA_ENCRYPTED_NO_KEY";
inline constexpr const char *DecryptFailed = "OMEGA_DECRYPT_FAILED";
// The examiner's inputs do not fit the folder (exit code 4, never a verdict on the node).
inline constexpr const char *KeyMismatch = "OMEGA_KEY_MISMATCH";
inline constexpr const char *TrustKeyMismatch = "OMEGA_TRUST_KEY_MISMATCH";

} // namespace seedscope::omega::code
