#pragma once
// A real PostgreSQL 15 for the tests: initdb into a temporary folder, listening only on a Unix
// socket in it, started once per test executable. PostgreSQL refuses to run as root, so as root
// the server runs as the `postgres` user. Password authentication (scram) is on, so the tests see
// libpq take the password from PGPASSWORD or a password file, never from the URI.
#include "archive/archivelocation.h"

#include <QString>
#include <QTemporaryDir>

namespace sendtrail::test {

class PostgresFixture final
{
public:
    static constexpr const char *kPassword = "sendtrail-test-password";
    PostgresFixture() = default;
    ~PostgresFixture();
    Q_DISABLE_COPY_MOVE(PostgresFixture)

    // Starts the server and sets PGPASSWORD; false with *error when it cannot.
    bool start(QString *error);
    // A new, empty database on the server.
    ArchiveLocation createDatabase(QString *error);
    QString socketDir() const { return m_dir.path(); }

private:
    bool run(const QString &program, const QStringList &args, QString *error);
    QTemporaryDir m_dir{QStringLiteral("/tmp/sendtrail-pg-XXXXXX")};
    bool m_started = false;
    int m_databases = 0;
};

} // namespace sendtrail::test
