// An archive is a file path or a postgresql:// URI, and a URI never carries a password.
#include "archive/archivelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_ArchiveLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_readsPathsAndUris()
    {
        QString error;
        const auto file = ArchiveLocation::parse(u"/tmp/a.sqlite"_s, &error);
        QVERIFY(file);
        QCOMPARE(file->engine, ArchiveLocation::Engine::Sqlite);
        QCOMPARE(file->path, u"/tmp/a.sqlite"_s);
        const auto pg = ArchiveLocation::parse(u"postgresql://mail@db.example.com:6543/sendtrail"_s, &error);
        QVERIFY2(pg, qPrintable(error));
        QCOMPARE(pg->engine, ArchiveLocation::Engine::Postgres);
        QCOMPARE(pg->user, u"mail"_s);
        QCOMPARE(pg->host, u"db.example.com"_s);
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->database, u"sendtrail"_s);
        const auto socket =
            ArchiveLocation::parse(u"postgres://mail@/team?host=%2Fvar%2Frun%2Fpostgresql"_s, &error);
        QVERIFY2(socket, qPrintable(error));
        QCOMPARE(socket->host, u"/var/run/postgresql"_s);
        QCOMPARE(socket->database, u"team"_s);
        QCOMPARE(socket->displayName(), u"postgresql://mail@/team?host=/var/run/postgresql"_s);
    }

    void parse_refusesPasswordsAndOtherSchemes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password") << u"postgresql://mail:s3cret@db/x"_s << u"PGPASSWORD"_s;
        QTest::newRow("password-parameter") << u"postgresql://mail@db/x?password=s3cret"_s << u"PGPASSWORD"_s;
        QTest::newRow("mysql") << u"mysql://db/x"_s << u"postgresql://"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
    }

    void parse_refusesPasswordsAndOtherSchemes()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ArchiveLocation::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
    }

    void defaultPath_isTheAppsAppDataWhicheverProgramAsks()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Sendtrail"_s);
        QCoreApplication::setApplicationName(u"Sendtrail"_s);
        const QString app = ArchiveLocation::defaultSqlitePath();
        QCOMPARE(app,
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/archive.sqlite"_s);
        QCoreApplication::setApplicationName(u"sendtrail-cli"_s);
        QCOMPARE(ArchiveLocation::defaultSqlitePath(), app);
    }

    void defaultPath_keepsAnEarlierCliArchiveUntilTheSharedOneExists()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString shared = data + u"/Sendtrail/Sendtrail/archive.sqlite"_s;
        const QString cli = data + u"/Sendtrail/sendtrail-cli/archive.sqlite"_s;
        QFile::remove(shared);
        QFile::remove(cli);
        QCOMPARE(ArchiveLocation::defaultSqlitePath(), shared);
        QVERIFY(QDir().mkpath(QFileInfo(cli).absolutePath()));
        QVERIFY(touch(cli));
        QCOMPARE(ArchiveLocation::defaultSqlitePath(), cli);
        QVERIFY(QDir().mkpath(QFileInfo(shared).absolutePath()));
        QVERIFY(touch(shared));
        QCOMPARE(ArchiveLocation::defaultSqlitePath(), shared);
        QVERIFY(QFile::remove(shared));
        QVERIFY(QFile::remove(cli));
    }

private:
    static bool touch(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly);
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveLocation)
#include "tst_archivelocation.moc"
