// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors are values in core: every fallible operation returns Result<T>. No exceptions
// cross the core boundary, no dialogs, no exits (as ImHex's Expected<> does).

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <type_traits>
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

namespace detail {
// What error() answers on a success: a documented Internal error, never undefined
// behaviour.
const Error &noError();
// value() on an error is a bug in the caller (it must test ok()/has_value() first). A
// debug build asserts; a release build stops with the error's text (qFatal) rather than
// going on with a made-up value that could end up in a verdict. Never reached on input:
// core tests every Result before it reads the value.
[[noreturn]] void valueOfError(const Error &error);
} // namespace detail

template <typename T>
class Result;

// Result<T> follows std::expected<T, Error> (C++23) by name and meaning: has_value(),
// operator bool, value(), error(), value_or(), and_then(), transform(). The older names
// ok() and valueOr() stay as synonyms.
template <typename T>
class [[nodiscard]] Result {
public:
    using value_type = T;
    using error_type = Error;

    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_v.index() == 0; }
    bool ok() const { return has_value(); }
    explicit operator bool() const { return has_value(); }

    T &value() & { check(); return *std::get_if<0>(&m_v); }
    const T &value() const & { check(); return *std::get_if<0>(&m_v); }
    T &&value() && { check(); return std::move(*std::get_if<0>(&m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }

    // The error; on a success: detail::noError() (Internal), so a message built eagerly
    // (e.g. QVERIFY2's description) is harmless.
    const Error &error() const
    {
        const Error *e = std::get_if<1>(&m_v);
        return e ? *e : detail::noError();
    }

    template <typename U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? *std::get_if<0>(&m_v) : static_cast<T>(std::forward<U>(fallback));
    }
    template <typename U>
    T value_or(U &&fallback) &&
    {
        return has_value() ? std::move(*std::get_if<0>(&m_v)) : static_cast<T>(std::forward<U>(fallback));
    }
    T valueOr(T fallback) const { return value_or(std::move(fallback)); }

    // f(const T &) -> Result<U>; an error passes through unchanged.
    template <typename F>
    auto and_then(F &&f) const &
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F, const T &>>;
        return has_value() ? std::invoke(std::forward<F>(f), *std::get_if<0>(&m_v)) : R(error());
    }
    // f(const T &) -> U (or void); gives Result<U>; an error passes through unchanged.
    template <typename F>
    auto transform(F &&f) const &
    {
        using U = std::remove_cvref_t<std::invoke_result_t<F, const T &>>;
        if (!has_value())
            return Result<U>(error());
        if constexpr (std::is_void_v<U>) {
            std::invoke(std::forward<F>(f), *std::get_if<0>(&m_v));
            return Result<U>();
        } else {
            return Result<U>(std::invoke(std::forward<F>(f), *std::get_if<0>(&m_v)));
        }
    }

private:
    void check() const
    {
        if (const Error *e = std::get_if<1>(&m_v)) [[unlikely]] {
            Q_ASSERT_X(false, "Result::value", "called on an error");
            detail::valueOfError(*e);
        }
    }
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    using value_type = void;
    using error_type = Error;

    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool has_value() const { return !m_error.has_value(); }
    bool ok() const { return has_value(); }
    explicit operator bool() const { return has_value(); }
    // Like std::expected<void, E>::value(): nothing to return; on an error, as value().
    void value() const
    {
        if (m_error) [[unlikely]] {
            Q_ASSERT_X(false, "Result::value", "called on an error");
            detail::valueOfError(*m_error);
        }
    }
    // The error; on a success: detail::noError() (Internal).
    const Error &error() const
    {
        return m_error ? *m_error : detail::noError();
    }

    // f() -> Result<U>; an error passes through unchanged.
    template <typename F>
    auto and_then(F &&f) const
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F>>;
        return has_value() ? std::invoke(std::forward<F>(f)) : R(*m_error);
    }
    // f() -> U (or void); gives Result<U>.
    template <typename F>
    auto transform(F &&f) const
    {
        using U = std::remove_cvref_t<std::invoke_result_t<F>>;
        if (!has_value())
            return Result<U>(*m_error);
        if constexpr (std::is_void_v<U>) {
            std::invoke(std::forward<F>(f));
            return Result<U>();
        } else {
            return Result<U>(std::invoke(std::forward<F>(f)));
        }
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace seedscope
