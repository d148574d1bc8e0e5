#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace sendtrail {

// The parts of one HTTP request the sandbox looks at, copied out of QHttpServerRequest so
// verification is a pure function that tests can feed directly.
struct SandboxHttpRequest
{
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray rawQuery;                          // as received, still percent-encoded, no '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names as received (any case)
    QByteArray body;

    // First value of a header, matched case-insensitively, trimmed; empty if absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value.trimmed();
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

} // namespace sendtrail
