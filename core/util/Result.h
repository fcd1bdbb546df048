// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors are values in core: every fallible operation returns Result<T>. No exceptions
// cross the core boundary, no dialogs, no exits (style.md: ImHex's Expected<>).

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace seedscope {

enum class ErrorCode {
    Io,              // the file system refused (missing, permission, read error)
    Unsupported,     // a version or feature this build does not read
    Malformed,       // the input is not what it claims to be
    Truncated,       // the input ends before a declared length
    LimitExceeded,   // a documented resource cap was hit
    Crypto,          // OpenSSL reported a failure that is not a verdict on the data
    AuthFailed,      // decryption or signature check failed (a verdict on the data)
    NotFound,        // an asked-for item does not exist
    InvalidArgument, // the caller passed something unusable
    Cancelled,       // the user or caller cancelled long work
    Internal,        // a bug in Seedscope: should never be seen
};

const char *errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;

    QString toString() const { return QString::fromLatin1(errorCodeName(code)) + QStringLiteral(": ") + message; }
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<1>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace seedscope
