// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace seedscope::crypto {

inline constexpr int kSha256Size = 32;

QByteArray sha256(QByteArrayView data);

// Incremental SHA-256 for evidence hashing in chunks (files larger than memory).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(QByteArrayView data);
    QByteArray finish(); // 32 bytes; the object is reset afterwards
    // The same into 32 bytes at `out`, for callers that hash millions of small inputs
    // (Merkle nodes) and would otherwise allocate a QByteArray for each.
    void finishInto(uint8_t *out);

private:
    struct Deleter {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Deleter> m_ctx;
};

} // namespace seedscope::crypto
