// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tuma {

// An error as it crosses a layer: a stable machine code (used in JSON output and tests), a
// sentence for the user that says what went wrong and what to do, and the underlying
// technical detail (the driver's or provider's own words) for logs and "Details…".
struct Error
{
    QString code;
    QString message;
    QString detail;

    QString messageWithDetail() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

// A value or an error. Deliberately small: C++20 has no std::expected. The provider layer
// uses its own error type (ProviderError) through the second parameter.
template<typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(E error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    // By value: `for (auto& x : f().value())` must not dangle when f() returns a temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const E& error() const { return std::get<E>(m_state); }
    // The value, or `fallback` when there is none (for displays that show nothing on error).
    T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_state;
};

template<typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return m_error; }

private:
    E m_error;
    bool m_failed = false;
};

} // namespace tuma
