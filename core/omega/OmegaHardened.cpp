// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaHardened.h"

#include "crypto/KeyFile.h"

#include "crypto/Aead.h"
#include "omega/OmegaCodes.h"
#include "omega/OmegaJson.h"
#include "omega/PythonJson.h"
#include "util/Hex.h"

#include <QFile>

namespace seedscope::omega {
namespace {

const QByteArray kPrefix = "{\n  \"body\": ";
const QByteArray kMiddle = ",\n  \"signature\": \"";
const QByteArray kSuffix = "\"\n}\n";

QByteArray signedMessage(QByteArrayView body)
{
    QByteArray m(kManifestSigningDomain);
    m.append('\0');
    m.append(body.data(), body.size());
    return m;
}

bool isLowerHex(const QString &s, int chars)
{
    if (s.size() != chars)
        return false;
    for (QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

bool validEntryName(const QString &n)
{
    return n.startsWith(QLatin1StringView("checkpoint_")) && !n.contains(QLatin1Char('/')) && !n.contains(QLatin1Char('\\')) &&
           (n.endsWith(QLatin1StringView(".json")) || n.endsWith(QLatin1StringView(".json.enc"))) && n.size() <= 255;
}

class ManifestReader {
public:
    ManifestReader(QByteArrayView bytes, const ValidationContext &ctx, Findings &out) : m_bytes(bytes), m_ctx(ctx), m_out(out) {}

    Finding &bad(int node, const FindingText &expected, const FindingText &found)
    {
        Finding f;
        f.code = QLatin1StringView(code::ManifestMalformed);
        f.severity = Severity::Error;
        f.subject = QLatin1StringView(kManifestFileName);
        f.evidence = m_ctx.evidencePrefix + QLatin1Char('/') + f.subject;
        if (node >= 0) {
            f.offset = m_doc.node(node).offset;
            f.length = m_doc.node(node).length;
            f.location = m_doc.path(node);
        }
        f.setText(FindingField::Expected, expected);
        f.setText(FindingField::Found, found);
        f.verdict = Verdict::Tampering;
        f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "manifest.json is not in the exact form the hardened layout defines, so it authenticates nothing.")));
        m_out.append(f);
        return m_out.last();
    }

    // Returns the body node when the outer structure is exactly right.
    int outer(QByteArray &signature)
    {
        m_doc = parseJson(m_bytes);
        if (!m_doc.ok()) {
            Finding &f = bad(-1, ftr(QT_TRANSLATE_NOOP("Finding", "valid JSON")), m_doc.errorMessage());
            f.offset = m_doc.errorOffset();
            return -1;
        }
        const int root = m_doc.root();
        const int body = m_doc.member(root, u"body");
        const int sig = m_doc.member(root, u"signature");
        if (m_doc.node(root).type != JsonType::Object || body < 0 || sig < 0 || m_doc.node(root).childCount != 2 ||
            m_doc.node(body).type != JsonType::Object || m_doc.node(sig).type != JsonType::String) {
            bad(root, QStringLiteral("{\"body\": {...}, \"signature\": \"<hex>\"}"), ftr(QT_TRANSLATE_NOOP("Finding", "another structure")));
            return -1;
        }
        const QString sigHex = m_doc.node(sig).text;
        if (!isLowerHex(sigHex, 2 * crypto::kEd25519SignatureSize)) {
            bad(sig, ftr(QT_TRANSLATE_NOOP("Finding", "128 lowercase hex characters")), ftr(QT_TRANSLATE_NOOP("Finding", "%1 characters"), sigHex.size()));
            return -1;
        }
        signature = QByteArray::fromHex(sigHex.toLatin1());
        // Only the body is signed, so every byte outside it must be exactly as defined.
        const JsonNode &b = m_doc.node(body);
        const QByteArray expected = kPrefix + m_bytes.sliced(b.offset, b.length).toByteArray() + kMiddle + sigHex.toLatin1() + kSuffix;
        if (expected != m_bytes) {
            qint64 at = 0;
            while (at < expected.size() && at < m_bytes.size() && expected[at] == m_bytes[at])
                ++at;
            Finding &f = bad(-1, ftr(QT_TRANSLATE_NOOP("Finding", "the exact envelope bytes around the signed body")),
                             ftr(QT_TRANSLATE_NOOP("Finding", "different byte at offset %1"), at));
            f.offset = at;
            f.length = 1;
            return -1;
        }
        return body;
    }

    QString str(int obj, const char16_t *key, bool &ok)
    {
        const int n = m_doc.member(obj, QStringView(key));
        if (n < 0 || m_doc.node(n).type != JsonType::String) {
            bad(n >= 0 ? n : obj, ftr(QT_TRANSLATE_NOOP("Finding", "string \"%1\""), QStringView(key).toString()), ftr(QT_TRANSLATE_NOOP("Finding", "missing or not a string")));
            ok = false;
            return {};
        }
        return m_doc.node(n).text;
    }
    qint64 integer(int obj, const char16_t *key, bool &ok)
    {
        const int n = m_doc.member(obj, QStringView(key));
        if (n < 0 || m_doc.node(n).type != JsonType::Number || m_doc.node(n).numberKind != NumberKind::Int ||
            m_doc.node(n).number < 0 || m_doc.node(n).number > 9.0e15) {
            bad(n >= 0 ? n : obj, ftr(QT_TRANSLATE_NOOP("Finding", "non-negative integer \"%1\""), QStringView(key).toString()), ftr(QT_TRANSLATE_NOOP("Finding", "missing or not one")));
            ok = false;
            return 0;
        }
        return qint64(m_doc.node(n).number);
    }
    QByteArray hex(int obj, const char16_t *key, int bytes, bool &ok)
    {
        const QString s = str(obj, key, ok);
        if (!ok)
            return {};
        if (!isLowerHex(s, 2 * bytes)) {
            bad(m_doc.member(obj, QStringView(key)), ftr(QT_TRANSLATE_NOOP("Finding", "%1 lowercase hex characters"), 2 * bytes), s.left(80));
            ok = false;
            return {};
        }
        return QByteArray::fromHex(s.toLatin1());
    }

    bool body(int b, Manifest &m)
    {
        bool ok = true;
        if (str(b, u"format", ok) != QLatin1StringView(kManifestFormat) && ok)
            ok = false, bad(m_doc.member(b, u"format"), QLatin1StringView(kManifestFormat), ftr(QT_TRANSLATE_NOOP("Finding", "another format")));
        if (integer(b, u"version", ok) != kManifestVersion && ok)
            ok = false, bad(m_doc.member(b, u"version"), QString::number(kManifestVersion), ftr(QT_TRANSLATE_NOOP("Finding", "another version")));
        m.networkId = str(b, u"network_id", ok);
        m.publicKey = hex(b, u"public_key", crypto::kEd25519PublicKeySize, ok);
        m.created = integer(b, u"created", ok);
        const int enc = m_doc.member(b, u"encryption");
        if (enc < 0 || (m_doc.node(enc).type != JsonType::Null && m_doc.node(enc).type != JsonType::Object)) {
            bad(enc >= 0 ? enc : b, ftr(QT_TRANSLATE_NOOP("Finding", "\"encryption\": null or an object")), ftr(QT_TRANSLATE_NOOP("Finding", "missing or other")));
            ok = false;
        } else if (m_doc.node(enc).type == JsonType::Object) {
            if (str(enc, u"aead", ok) != QLatin1StringView("AES-256-GCM") && ok)
                ok = false, bad(enc, QStringLiteral("AES-256-GCM"), ftr(QT_TRANSLATE_NOOP("Finding", "another AEAD")));
            if (str(enc, u"kdf", ok) != QLatin1StringView("HKDF-SHA256") && ok)
                ok = false, bad(enc, QStringLiteral("HKDF-SHA256"), ftr(QT_TRANSLATE_NOOP("Finding", "another KDF")));
            m.salt = hex(enc, u"salt", kManifestSaltSize, ok);
        }
        const int files = m_doc.member(b, u"files");
        if (files < 0 || m_doc.node(files).type != JsonType::Array || m_doc.node(files).childCount > kMaxManifestEntries) {
            bad(files >= 0 ? files : b, ftr(QT_TRANSLATE_NOOP("Finding", "\"files\": a list of at most %1 entries"), kMaxManifestEntries),
                ftr(QT_TRANSLATE_NOOP("Finding", "missing, not a list or too long")));
            return false;
        }
        for (int e = m_doc.node(files).firstChild; e >= 0; e = m_doc.node(e).nextSibling) {
            if (m_doc.node(e).type != JsonType::Object) {
                bad(e, ftr(QT_TRANSLATE_NOOP("Finding", "an object")), ftr(QT_TRANSLATE_NOOP("Finding", "something else")));
                ok = false;
                continue;
            }
            ManifestEntry entry;
            entry.name = str(e, u"name", ok);
            entry.size = integer(e, u"size", ok);
            entry.sha256 = hex(e, u"sha256", 32, ok);
            const int encNode = m_doc.member(e, u"encrypted");
            entry.encrypted = encNode >= 0 && m_doc.node(encNode).type == JsonType::Bool && m_doc.node(encNode).boolean;
            if (!validEntryName(entry.name) || encNode < 0 || m_doc.node(encNode).type != JsonType::Bool ||
                entry.encrypted != entry.name.endsWith(QLatin1StringView(".enc"))) {
                bad(e, ftr(QT_TRANSLATE_NOOP("Finding", "a checkpoint file name and a matching \"encrypted\" flag")), entry.name.left(80));
                ok = false;
            }
            m.files.append(entry);
        }
        return ok;
    }

    JsonDocument m_doc;

private:
    QByteArrayView m_bytes;
    const ValidationContext &m_ctx;
    Findings &m_out;
};

QByteArray quoted(const QString &s) { return pythonJsonString(s); }

} // namespace

ManifestCheck checkManifest(QByteArrayView bytes, const ValidationContext &ctx, const std::optional<QByteArray> &trustedKey, Findings &out)
{
    ManifestCheck c;
    ManifestReader r(bytes, ctx, out);
    QByteArray signature;
    const int body = r.outer(signature);
    if (body < 0)
        return c;
    c.wellFormed = r.body(body, c.manifest);
    // Python's dict and Qt keep the last of two equal keys, other readers the first, so a
    // signed manifest with a repeated key ("files" twice) says different things to
    // different verifiers. The writer never repeats a key.
    for (const JsonNote &n : r.m_doc.notes()) {
        if (n.kind != JsonNote::DuplicateKey)
            continue;
        c.ambiguous = true;
        const JsonNode &first = r.m_doc.node(n.node);
        Finding d;
        d.code = QLatin1StringView(code::ManifestDuplicateKey);
        d.severity = Severity::Error;
        d.subject = QLatin1StringView(kManifestFileName);
        d.evidence = ctx.evidencePrefix + QLatin1Char('/') + d.subject;
        d.offset = n.offset;
        d.length = first.key.toUtf8().size() + 2;
        d.location = r.m_doc.path(n.node);
        d.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "each key once per object")));
        d.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "\"%1\" again (first at offset %2)"), first.key, first.offset));
        d.verdict = Verdict::Unknown;
        d.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The manifest repeats a key. Seedscope, like Python, uses the last value; another "
                                       "verifier may use the first, so the signature does not pin down one list of files.")));
        out.append(d);
    }
    const QString evidence = ctx.evidencePrefix + QLatin1Char('/') + QLatin1StringView(kManifestFileName);
    Finding f;
    f.evidence = evidence;
    f.subject = QLatin1StringView(kManifestFileName);
    f.offset = r.m_doc.node(body).offset;
    f.length = r.m_doc.node(body).length;
    f.location = QStringLiteral("$.body");
    if (c.manifest.publicKey.size() != crypto::kEd25519PublicKeySize) {
        c.wellFormed = false;
        return c;
    }
    const JsonNode &b = r.m_doc.node(body);
    c.signature = crypto::ed25519Verify(c.manifest.publicKey, signedMessage(bytes.sliced(b.offset, b.length)), signature);
    const QString keyId = toHex(crypto::keyId16(c.manifest.publicKey));
    if (c.signature != crypto::SignatureCheck::Valid) {
        f.code = QLatin1StringView(code::ManifestSignatureInvalid);
        f.severity = Severity::Critical;
        f.verdict = Verdict::Tampering;
        f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a valid Ed25519 signature by key %1"), keyId));
        f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "signature check: %1"), QLatin1StringView(crypto::signatureCheckName(c.signature))));
        f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The manifest's signature does not verify: the manifest (or its key) was changed after signing, "
                                       "so none of its hashes can be relied on.")));
        out.append(f);
        return c;
    }
    c.trusted = trustedKey && *trustedKey == c.manifest.publicKey;
    if (trustedKey && !c.trusted) {
        // A valid signature by another key than the one the examiner gave: the wrong trust
        // key was supplied, or the folder was re-signed. The bytes cannot tell which, so
        // this is an input mismatch (exit 4), not a tampering verdict; nothing is authenticated.
        f.code = QLatin1StringView(code::TrustKeyMismatch);
        f.severity = Severity::Error;
        f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "signed by the trusted node key %1"), toHex(crypto::keyId16(*trustedKey))));
        f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "signed by key %1"), keyId));
        f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The manifest is validly signed, but by another key than the trust key given: either the trust key "
                                       "is not this node's or the folder was re-signed. Nothing in the folder is authenticated.")));
    } else if (!trustedKey) {
        f.code = QLatin1StringView(code::ManifestKeyUntrusted);
        f.severity = Severity::Warning;
        f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "a signer key the examiner trusts (--trust-key)")));
        f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "self-declared key %1"), keyId));
        f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The signature is consistent, but anyone can sign with their own key: give the node's "
                                       "public key with --trust-key to make it mean something.")));
    } else {
        f.code = QLatin1StringView(code::ManifestVerified);
        f.severity = Severity::Info;
        f.setText(FindingField::Expected, ftr(QT_TRANSLATE_NOOP("Finding", "signed by the trusted node key")));
        f.setText(FindingField::Found, ftr(QT_TRANSLATE_NOOP("Finding", "valid signature by %1 over %2 file entries"), keyId, c.manifest.files.size()));
        f.setText(FindingField::Explanation, ftr(QT_TRANSLATE_NOOP("Finding", "The manifest is authentic: every listed file is checked against its signed size and SHA-256.")));
    }
    out.append(f);
    return c;
}

Result<crypto::Ed25519Signer> signerFromSecret(const crypto::SecureBytes &secret)
{
    if (secret.size() != kNodeSecretSize)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("node secret must be %1 bytes").arg(kNodeSecretSize));
    auto seed = crypto::hkdfSha256(secret.view(), {}, "seedscope/omega/v1/sign", crypto::kEd25519SeedSize);
    if (!seed)
        return seed.error();
    const crypto::SecureBytes s(std::move(*seed));
    return crypto::Ed25519Signer::fromSeed(s.view());
}

Result<crypto::SecureBytes> fileKey(const crypto::SecureBytes &secret, QByteArrayView salt, const QString &fileName)
{
    if (secret.size() != kNodeSecretSize || salt.size() != kManifestSaltSize)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("node secret and salt must be 32 bytes"));
    QByteArray info("seedscope/omega/v1/file");
    info.append('\0');
    info.append(fileName.toUtf8());
    auto k = crypto::hkdfSha256(secret.view(), salt, info, crypto::kAesKeySize);
    if (!k)
        return k.error();
    return crypto::SecureBytes(std::move(*k));
}

static QByteArray envelopeAad(const QString &fileName)
{
    return QByteArray(kEnvelopeMagic, kEnvelopeMagicSize) + fileName.toUtf8();
}

Result<QByteArray> sealCheckpoint(const crypto::SecureBytes &secret, QByteArrayView salt, const QString &fileName,
                                  QByteArrayView nonce, QByteArrayView plaintext)
{
    auto key = fileKey(secret, salt, fileName);
    if (!key)
        return key.error();
    auto ct = crypto::aesGcmSeal(key->view(), nonce, envelopeAad(fileName), plaintext);
    if (!ct)
        return ct.error();
    return QByteArray(kEnvelopeMagic, kEnvelopeMagicSize) + nonce.toByteArray() + *ct;
}

Result<QByteArray> openCheckpoint(const crypto::SecureBytes &secret, QByteArrayView salt, const QString &fileName,
                                  QByteArrayView envelope)
{
    const qint64 minSize = kEnvelopeMagicSize + crypto::kGcmNonceSize + crypto::kGcmTagSize;
    if (envelope.size() < minSize)
        return makeError(ErrorCode::Truncated, QStringLiteral("envelope of %1 bytes is shorter than %2").arg(envelope.size()).arg(minSize));
    if (envelope.first(kEnvelopeMagicSize) != QByteArrayView(kEnvelopeMagic, kEnvelopeMagicSize))
        return makeError(ErrorCode::AuthFailed, QStringLiteral("envelope magic is not SSOMEGA1"));
    if (envelope.size() > kMaxJsonBytes + minSize)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("envelope larger than the cap"));
    auto key = fileKey(secret, salt, fileName);
    if (!key)
        return key.error();
    return crypto::aesGcmOpen(key->view(), envelope.sliced(kEnvelopeMagicSize, crypto::kGcmNonceSize), envelopeAad(fileName),
                              envelope.sliced(kEnvelopeMagicSize + crypto::kGcmNonceSize));
}

Result<QByteArray> buildManifest(const Manifest &m, const crypto::Ed25519Signer &signer)
{
    QByteArray body = "{\n    \"format\": " + quoted(QLatin1StringView(kManifestFormat));
    body += ",\n    \"version\": " + QByteArray::number(kManifestVersion);
    body += ",\n    \"network_id\": " + quoted(m.networkId);
    body += ",\n    \"public_key\": \"" + signer.publicKey().toHex() + '"';
    body += ",\n    \"created\": " + QByteArray::number(m.created);
    if (m.salt.isEmpty())
        body += ",\n    \"encryption\": null";
    else
        body += ",\n    \"encryption\": {\"aead\": \"AES-256-GCM\", \"kdf\": \"HKDF-SHA256\", \"salt\": \"" + m.salt.toHex() + "\"}";
    body += ",\n    \"files\": [";
    for (int i = 0; i < m.files.size(); ++i) {
        const ManifestEntry &e = m.files[i];
        body += i ? ",\n      " : "\n      ";
        body += "{\"name\": " + quoted(e.name) + ", \"size\": " + QByteArray::number(e.size) + ", \"sha256\": \"" +
                e.sha256.toHex() + "\", \"encrypted\": " + (e.encrypted ? "true" : "false") + '}';
    }
    body += m.files.isEmpty() ? "]\n  }" : "\n    ]\n  }";
    auto sig = signer.sign(signedMessage(body));
    if (!sig)
        return sig.error();
    return kPrefix + body + kMiddle + sig->toHex() + kSuffix;
}

Result<crypto::SecureBytes> readNodeSecret(const QString &path)
{
    return crypto::readSecretHexFile(path, kNodeSecretSize, u"node key");
}

Result<QByteArray> readPublicKey(const QString &path)
{
    return crypto::readPublicHexFile(path, crypto::kEd25519PublicKeySize, u"public key");
}

} // namespace seedscope::omega
