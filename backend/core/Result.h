// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Kiosk {

/**
 * A failure that a caller can show or log: a short machine-readable code ("amount_too_small",
 * "parse_error", "illegal_transition", ...) and a sentence for people. Never carries a secret.
 */
struct Error
{
    QString code;
    QString message;

    [[nodiscard]] QString toString() const { return code.isEmpty() ? message : code + QStringLiteral(": ") + message; }
};

/**
 * A value or an error. Backend calls return this instead of throwing; no exception crosses the
 * backend/ui boundary. Accessing value() of a failed result (or error() of a good one) is a
 * programming error and asserts.
 */
template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    [[nodiscard]] const E &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

private:
    std::variant<T, E> m_data;
};

/** Success without a value, or an error. */
template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true)
    { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const E &error() const
    {
        Q_ASSERT(m_failed);
        return m_error;
    }

private:
    E m_error {};
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(QString code, QString message)
{
    return Error { std::move(code), std::move(message) };
}

} // namespace Kiosk
