// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Result.h"

namespace seedscope {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return "IO_ERROR";
    case ErrorCode::Unsupported: return "UNSUPPORTED";
    case ErrorCode::Malformed: return "MALFORMED";
    case ErrorCode::Truncated: return "TRUNCATED";
    case ErrorCode::LimitExceeded: return "LIMIT_EXCEEDED";
    case ErrorCode::Crypto: return "CRYPTO_ERROR";
    case ErrorCode::AuthFailed: return "AUTH_FAILED";
    case ErrorCode::NotFound: return "NOT_FOUND";
    case ErrorCode::InvalidArgument: return "INVALID_ARGUMENT";
    case ErrorCode::Cancelled: return "CANCELLED";
    case ErrorCode::Internal: return "INTERNAL";
    }
    return "INTERNAL";
}

namespace detail {

const Error &noError()
{
    static const Error e{ErrorCode::Internal, QStringLiteral("error() asked of a Result that holds a value")};
    return e;
}

void valueOfError(const Error &error)
{
    qFatal("Result::value() called on an error (a bug in the caller): %s", qPrintable(error.toString()));
}

} // namespace detail

} // namespace seedscope
