#pragma once

#include <QString>
#include <optional>

namespace sendtrail {

// Where an archive lives: an SQLite file (the default, one person) or a PostgreSQL database (a
// team). Never holds a password: libpq finds it in PGPASSWORD, ~/.pgpass or the service file.
struct ArchiveLocation
{
    enum class Engine
    {
        Sqlite,
        Postgres,
    };
    Engine engine = Engine::Sqlite;
    QString path;     // SQLite: the file
    QString host;     // PostgreSQL: a name, an address, or a socket folder (starts with '/')
    int port = 5432;  //
    QString user;     // empty: libpq's default (the login name)
    QString database; // empty: the user's name, as libpq does

    // "postgresql://user@host:port/db" (also "postgres://", "?host=/socket/dir"), or a file path.
    // A URI carrying a password is refused: it would show in `ps` and shell history.
    static std::optional<ArchiveLocation> parse(const QString &text, QString *error);
    // The one default archive of the app and the CLI: the app's AppDataLocation/archive.sqlite,
    // ~/.local/share/Sendtrail/Sendtrail/archive.sqlite, whichever program asks (or an earlier
    // CLI's ~/.local/share/Sendtrail/sendtrail-cli/archive.sqlite while only that one exists).
    static QString defaultSqlitePath();
    // For messages: the path, or the URI without any secret.
    QString displayName() const;
};

} // namespace sendtrail
