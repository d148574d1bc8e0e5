#include "tinyproxyfixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

TinyProxy::~TinyProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString TinyProxy::address() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

bool TinyProxy::start(const QString &basicAuth)
{
    m_port = freeLoopbackPort();
    if (!m_dir.isValid() || m_port == 0) {
        m_error = u"no temporary directory or free port"_s;
        return false;
    }
    QByteArray config = "Port " + QByteArray::number(m_port) +
                        "\nListen 127.0.0.1\nTimeout 30\nMaxClients 16\nAllow 127.0.0.1\nLogLevel Info\n"
                        "LogFile \"" +
                        m_dir.filePath(u"tinyproxy.log"_s).toUtf8() + "\"\n";
    if (!basicAuth.isEmpty())
        config += "BasicAuth " + basicAuth.toUtf8() + '\n';
    QSaveFile file(m_dir.filePath(u"tinyproxy.conf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size() || !file.commit()) {
        m_error = u"cannot write the tinyproxy configuration"_s;
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(u"tinyproxy"_s, {u"-d"_s, u"-c"_s, m_dir.filePath(u"tinyproxy.conf"_s)});
    if (!m_process.waitForStarted()) {
        m_error = u"cannot run tinyproxy (install it: scripts/deps.sh): %1"_s.arg(m_process.errorString());
        return false;
    }
    // Polls its port, not a fixed sleep: tinyproxy says nothing on stdout when it is ready.
    const QDeadlineTimer deadline(20000);
    while (!accepts(m_port)) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error = u"tinyproxy did not start listening: %1"_s.arg(QString::fromUtf8(m_process.readAll()));
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

QStringList TinyProxy::takeRequests()
{
    QFile log(m_dir.filePath(u"tinyproxy.log"_s));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(m_logOffset))
        return {};
    const QString text = QString::fromUtf8(log.readAll());
    m_logOffset = log.pos();
    // "CONNECT   Dec 01 23:05:02.532 [30161]: Request (file descriptor 5): CONNECT 127.0.0.1:9 HTTP/1.1"
    static const QRegularExpression request(u"\\]: Request \\(file descriptor \\d+\\): (.+)$"_s,
                                            QRegularExpression::MultilineOption);
    QStringList requests;
    for (auto it = request.globalMatch(text); it.hasNext();)
        requests << it.next().captured(1).trimmed();
    return requests;
}

} // namespace sendtrail::test
