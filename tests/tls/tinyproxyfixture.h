#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sendtrail::test {

// A real tinyproxy (Debian's; scripts/deps.sh installs it) on a free loopback port, in the
// foreground, logging to a file the test reads: the proof a request went through it.
class TinyProxy final
{
public:
    TinyProxy() = default;
    ~TinyProxy();

    // basicAuth "user password" makes the proxy answer 407 to anyone without them. False, with
    // error() saying why, when tinyproxy is missing or does not start listening.
    bool start(const QString &basicAuth = {});
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString address() const; // "127.0.0.1:PORT"

    // The targets of the requests logged since the last call, e.g. "CONNECT 127.0.0.1:4443 HTTP/1.1".
    QStringList takeRequests();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    qint64 m_logOffset = 0;
    QString m_error;
};

} // namespace sendtrail::test
