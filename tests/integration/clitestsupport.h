#pragma once

// Runs the real sendtrail-cli binary while this process's event loop spins, so a sandbox served
// from the test itself can answer it.

#include "sandbox/sandboxoptions.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>
#include <functional>

namespace sendtrail::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// configHome: the CLI's XDG_CONFIG_HOME (its profiles). envSecret: the secret for the environment
// credentials (the sandbox demo key's id); empty means the demo secret; envCredentials false
// leaves both variables unset.
// prepare: anything to set on the process before it starts (e.g. a child-process modifier).
inline CliResult runCli(const QStringList &args, const QString &configHome, const QByteArray &envSecret = {},
                        bool envCredentials = true, const QByteArray &stdinText = {},
                        const std::function<void(QProcess &)> &prepare = {})
{
    QProcess process;
    if (prepare)
        prepare(process);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    if (envCredentials) {
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), sandboxDemoAccessKey().id);
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                   QString::fromUtf8(envSecret.isEmpty() ? sandboxDemoAccessKey().secret : envSecret));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SENDTRAIL_CLI), args);
    if (!process.waitForStarted())
        return {};
    process.write(stdinText);
    process.closeWriteChannel();
    QDeadlineTimer deadline(120000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning)
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace sendtrail::test
