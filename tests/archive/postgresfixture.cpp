#include "postgresfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

const QString kBin = u"/usr/lib/postgresql/15/bin/"_s;

} // namespace

PostgresFixture::~PostgresFixture()
{
    if (m_started) {
        QString ignored;
        run(kBin + u"pg_ctl"_s, {u"-D"_s, m_dir.path() + u"/data"_s, u"-m"_s, u"immediate"_s, u"stop"_s},
            &ignored);
    }
}

bool PostgresFixture::run(const QString &program, const QStringList &args, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    else
        process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = program + u": "_s + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool PostgresFixture::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    const QString dir = m_dir.path();
    QFile pw(dir + u"/pw"_s);
    if (!pw.open(QIODevice::WriteOnly) || pw.write(kPassword) < 0)
        return false;
    pw.close();
    if (geteuid() == 0 && QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, dir}) != 0) {
        *error = u"chown to postgres failed"_s;
        return false;
    }
    if (!run(kBin + u"initdb"_s,
             {u"-D"_s, dir + u"/data"_s, u"-U"_s, u"postgres"_s, u"--auth=scram-sha-256"_s, u"--pwfile"_s,
              dir + u"/pw"_s, u"--locale=C"_s, u"-E"_s, u"UTF8"_s, u"-N"_s},
             error))
        return false;
    const QString options = u"-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                            "-c full_page_writes=off -c shared_buffers=128MB"_s.arg(dir);
    if (!run(kBin + u"pg_ctl"_s,
             {u"-D"_s, dir + u"/data"_s, u"-o"_s, options, u"-l"_s, dir + u"/log"_s, u"-w"_s, u"start"_s},
             error))
        return false;
    m_started = true;
    qputenv("PGPASSWORD", kPassword);
    return true;
}

ArchiveLocation PostgresFixture::createDatabase(QString *error)
{
    const QString name = u"archive_%1"_s.arg(++m_databases);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"fixture-admin"_s);
        admin.setHostName(m_dir.path());
        admin.setUserName(u"postgres"_s);
        admin.setDatabaseName(u"postgres"_s);
        const bool opened = admin.open();
        QSqlQuery create(admin);
        if (!opened)
            *error = admin.lastError().text();
        else if (!create.exec(u"CREATE DATABASE "_s + name))
            *error = create.lastError().text();
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"fixture-admin"_s);
    ArchiveLocation location;
    location.engine = ArchiveLocation::Engine::Postgres;
    location.host = m_dir.path();
    location.user = u"postgres"_s;
    location.database = name;
    return location;
}

} // namespace sendtrail::test
