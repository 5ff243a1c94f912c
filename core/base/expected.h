// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace nss {

// The error half of Expected: a message a user can read, already translated.
struct Unexpected
{
    QString message;
};

inline Unexpected fail(QString message)
{
    return Unexpected{std::move(message)};
}

// A value or a readable error message: how core reports failure (no exceptions cross its edge).
template <typename T> class Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    { }
    Expected(Unexpected error)
        : m_error(std::move(error.message))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but may fail.
struct Done
{ };
using Status = Expected<Done>;

inline Status succeeded()
{
    return Done{};
}

} // namespace nss
