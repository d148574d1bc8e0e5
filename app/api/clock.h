#pragma once

#include <QDateTime>
#include <QUuid>

namespace sendtrail {

// Seams injected into the client so tests control time and nonces.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class NonceSource
{
public:
    virtual ~NonceSource() = default;
    virtual QString next() = 0;
};

class UuidNonceSource final : public NonceSource
{
public:
    QString next() override { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

} // namespace sendtrail
