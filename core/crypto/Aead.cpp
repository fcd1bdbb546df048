// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Aead.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace seedscope::crypto {
namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *u8(QByteArrayView v) { return reinterpret_cast<const unsigned char *>(v.data()); }
unsigned char *u8(QByteArray &v) { return reinterpret_cast<unsigned char *>(v.data()); }

Status checkSizes(QByteArrayView key, QByteArrayView nonce)
{
    if (key.size() != kAesKeySize)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("AES-256-GCM key must be 32 bytes"));
    if (nonce.size() != kGcmNonceSize)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM nonce must be 12 bytes"));
    return {};
}

} // namespace

Result<QByteArray> aesGcmSeal(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView plaintext)
{
    if (auto s = checkSizes(key, nonce); !s)
        return s.error();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray out(plaintext.size() + kGcmTagSize, Qt::Uninitialized);
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), u8(key), u8(nonce), nullptr) != 1
        || (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), int(aad.size())) != 1)
        || EVP_EncryptUpdate(ctx.get(), u8(out), &len, u8(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), u8(out) + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagSize, u8(out) + plaintext.size()) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("AES-256-GCM encryption failed"));
    return out;
}

Result<QByteArray> aesGcmOpen(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad,
                              QByteArrayView ciphertextAndTag)
{
    if (auto s = checkSizes(key, nonce); !s)
        return s.error();
    if (ciphertextAndTag.size() < kGcmTagSize)
        return makeError(ErrorCode::AuthFailed, QStringLiteral("ciphertext shorter than the 16-byte GCM tag"));
    const qsizetype ctLen = ciphertextAndTag.size() - kGcmTagSize;
    QByteArray tag = ciphertextAndTag.sliced(ctLen).toByteArray();
    QByteArray out(ctLen, Qt::Uninitialized);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), u8(key), u8(nonce), nullptr) != 1
        || (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), int(aad.size())) != 1)
        || EVP_DecryptUpdate(ctx.get(), u8(out), &len, u8(ciphertextAndTag), int(ctLen)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagSize, tag.data()) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("AES-256-GCM initialisation failed"));
    // The tag is set before DecryptFinal; <= 0 means authentication failed: discard.
    if (EVP_DecryptFinal_ex(ctx.get(), u8(out) + len, &len) <= 0) {
        out.fill('\0');
        return makeError(ErrorCode::AuthFailed, QStringLiteral("AES-GCM tag does not verify"));
    }
    return out;
}

Result<QByteArray> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length)
{
    if (length <= 0 || length > 255 * 32)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("HKDF output length out of range"));
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf)
        return makeError(ErrorCode::Crypto, QStringLiteral("HKDF is not available in this OpenSSL"));
    EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!kctx)
        return makeError(ErrorCode::Crypto, QStringLiteral("cannot create an HKDF context"));
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(ikm.data()),
                                                    size_t(ikm.size()));
    // An empty salt means "HashLen zeros" in RFC 5869; OpenSSL does that when it is absent.
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                                        size_t(salt.size()));
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.data()),
                                                    size_t(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    QByteArray out(length, Qt::Uninitialized);
    const int rc = EVP_KDF_derive(kctx, reinterpret_cast<unsigned char *>(out.data()), size_t(length), params);
    EVP_KDF_CTX_free(kctx);
    if (rc != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("HKDF derivation failed"));
    return out;
}

} // namespace seedscope::crypto
