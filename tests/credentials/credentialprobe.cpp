// Runs keychain operations in a child process so tests can control the environment that
// QtKeychain reads once per process (QT_NO_GLIB, desktop detection, which bus).
//
// Usage: credentialprobe SERVICE TIMEOUT_MS OP:KEY [OP:KEY ...]   (OP = write | read | remove)
// A write's secret is the next line of stdin. Prints one line per operation:
//   ok | ok <base64 of the secret read> | error <Kind> <message>

#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using sendtrail::CredentialError;
using sendtrail::CredentialStore;
using sendtrail::SecretStore;

namespace {

QString describe(const SecretStore::Result &result)
{
    if (!result.ok())
        return u"error %1 %2"_s.arg(CredentialError::kindName(result.error->kind), result.error->message);
    if (!result.secret.isEmpty())
        return u"ok "_s + QString::fromLatin1(result.secret.toBase64());
    return u"ok"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fputs("usage: credentialprobe SERVICE TIMEOUT_MS OP:KEY...\n", stderr);
        return 2;
    }
    CredentialStore store(args.at(1), std::chrono::milliseconds(args.at(2).toInt()));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    QTextStream out(stdout);
    for (const QString &step : args.mid(3)) {
        const QString op = step.section(u':', 0, 0);
        const QString key = step.section(u':', 1);
        SecretStore::Result result;
        if (op == "write"_L1) {
            QByteArray secret = input.readLine();
            if (secret.endsWith('\n'))
                secret.chop(1);
            result = sendtrail::writeSecretBlocking(store, key, secret);
        } else if (op == "read"_L1) {
            result = sendtrail::readSecretBlocking(store, key);
        } else if (op == "remove"_L1) {
            result = sendtrail::removeSecretBlocking(store, key);
        } else {
            return 2;
        }
        out << describe(result) << Qt::endl;
    }
    return 0;
}
