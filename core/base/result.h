#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Dz
{

/**
 * Why something failed: a translated, user-readable message. Converts to
 * any Result, so a function passes a failure on without naming its type:
 *
 *     auto text = read(path);
 *     if (!text)
 *         return Failure(text.error());
 */
struct Failure {
    explicit Failure(QString message)
        : message(std::move(message))
    {
    }
    QString message;
};

/**
 * A value, or a translated message saying why there is none.
 *
 * Recoverable failures (a file that cannot be read, a scheme that does not
 * parse) travel as Result so that no exception crosses the event loop and
 * the caller decides how to show the message.
 */
template<typename T = void>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    {
    }

    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool isValid() const
    {
        return m_value.has_value();
    }
    explicit operator bool() const
    {
        return isValid();
    }

    const T &value() const &
    {
        return *m_value;
    }
    T &value() &
    {
        return *m_value;
    }
    T &&value() &&
    {
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        return &*m_value;
    }
    T *operator->()
    {
        return &*m_value;
    }
    const T &operator*() const
    {
        return *m_value;
    }

    /// The user-readable reason; empty when the result is valid.
    const QString &error() const
    {
        return m_error;
    }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

/**
 * Done, or a translated message saying why not: for work that has no value
 * to give back (a write, a check). `Result<>` is the same type.
 */
template<>
class Result<void>
{
public:
    /// Done.
    Result() = default;
    Result(Failure failure)
        : m_failed(true)
        , m_error(std::move(failure.message))
    {
    }

    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        return r;
    }

    bool isValid() const
    {
        return !m_failed;
    }
    explicit operator bool() const
    {
        return isValid();
    }

    /// The user-readable reason; empty when it was done.
    const QString &error() const
    {
        return m_error;
    }

private:
    bool m_failed = false;
    QString m_error;
};

/// Done: what a function returning Result<> returns when it succeeded.
inline const Result<> ResultOk {};

} // namespace Dz
