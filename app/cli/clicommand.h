#pragma once

#include "connectionoptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

namespace sendtrail {

class ApiClient;
struct ApiError;
class Connection;
class ConnectionFactory;

// A command that talks to the service, from start to exit code: open the connection (profile or
// environment), run(), and turn what happens into stderr lines and an exit code. Subclasses do
// the work in run() and end it with succeed() or fail().
class CliCommand : public QObject
{
    Q_OBJECT
public:
    CliCommand(const ConnectionRequest &connection, bool quiet, const QString &cancelledText,
               QTextStream &err, QObject *parent = nullptr);
    ~CliCommand() override;

    void start();
    void cancel();
    // Runs in this process's event loop until done, SIGINT/SIGTERM cancelling; the exit code.
    int exec();

Q_SIGNALS:
    void done(int exitCode);

protected:
    virtual void run(ApiClient *client) = 0;
    // Stops the work in flight. Return true when the work will still report (its cancel ends
    // in fail(cancelledText(), 130) later), false to end at once.
    virtual bool stop() = 0;

    void succeed(int exitCode = 0);
    void fail(const QString &text, int exitCode = 1);
    // A service failure: `what` ("Export failed: %1") with the error, and for a permission denial
    // the RAM action needed and the policy to hand to an administrator.
    void failService(const QString &what, const ApiError &error);
    void progress(const QString &line, bool final = false);
    double elapsedSeconds() const { return double(m_elapsed.elapsed()) / 1000.0; }
    bool isFinished() const { return m_finished; }
    const QString &cancelledText() const { return m_cancelledText; }

private:
    ConnectionRequest m_request;
    bool m_quiet;
    QString m_cancelledText;
    QTextStream &m_err;
    Connection *m_connection;
    ConnectionFactory *m_factory;
    QElapsedTimer m_elapsed;
    qint64 m_lastProgressMs = -1000;
    bool m_running = false;
    bool m_finished = false;
};

// A command's usage errors on stderr, one a line, then where to look; returns exit code 2.
int reportUsageErrors(const QStringList &errors, const QString &command, QTextStream &err);

} // namespace sendtrail
