#pragma once

// The official @alicloud/dm20151123 client installed next to the test binary (npm ci, only when
// the lock file changed) and run as a node script against an in-process sandbox. Shared by the
// fidelity tests; QTest macros inside, so call prepare() from initTestCase.

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sendtrail::test {

struct NodeRun
{
    int exitCode = -1;
    QList<QJsonObject> records; // one a stdout line
    QString stderrText;
};

// lists.mjs writes "page <body without its items>" to stderr once a page: those bodies, in order.
QList<QJsonObject> pagesOf(const NodeRun &run);

class OfficialClientFixture final
{
public:
    void
    prepare(const QStringList &scripts); // copies package.json, the lock file, client.mjs and the scripts
    NodeRun run(SandboxServer &server, const QString &script, const QStringList &args,
                const QByteArray &secret) const;
    // One run, every throttleEvery-th call throttled (0: none), that must fail on its first call
    // with `expected` ("code=… status=…") on stderr: the SDK does not retry by default.
    void checkRefused(SandboxServer &server, const QString &script, const QStringList &args,
                      const QByteArray &secret, int throttleEvery, const QString &expected) const;

private:
    bool copyFixture(const QString &name) const;

    QString m_workDir;
    QString m_node;
};

} // namespace sendtrail::test
