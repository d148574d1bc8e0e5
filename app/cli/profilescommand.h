#pragma once

#include "credentials/profilecredentials.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QCommandLineParser;
class QIODevice;
class QTextStream;

namespace sendtrail {

class ProfileStore;
class SecretStore;

// Exit codes of `sendtrail-cli profiles ...` (also listed in its --help).
enum ProfilesExitCode : int
{
    ProfilesOk = 0,
    ProfilesFailed = 1,         // the settings file could not be written, or another failure
    ProfilesUsage = 2,          // bad arguments or invalid values
    ProfilesKeychainFailed = 3, // no keychain, locked, denied, timed out
    ProfilesNotFound = 4,       // no such profile
};

// Everything the command touches, injectable for tests.
struct ProfilesCommandContext
{
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    QIODevice *input = nullptr; // secrets are read from here when inputIsTerminal is false
    bool inputIsTerminal = false;
    // Reads one line without echo after printing the prompt (terminal only).
    std::function<std::optional<QByteArray>(const QString &prompt)> promptHidden;
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
};

// `sendtrail-cli profiles <list|add|remove> ...`; `args` are the words after "profiles".
// Uses the real stdin/stdout/stderr, the shared ProfileStore and the system keychain. Needs a
// QCoreApplication; runs local event loops while keychain jobs are pending.
int runProfilesCommand(const QStringList &args);
int runProfilesCommand(const QStringList &args, const ProfilesCommandContext &context);

// Shared by the profiles subcommands (profilesimportcommand.cpp too).
// Parses the words after the subcommand with -h/--help added; refuses any option that would carry
// a secret without echoing it. Prints a usage error and returns false on failure.
bool parseProfilesArguments(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                            QTextStream &err);
// Prints rows as left-aligned columns; the first row is the header.
void printProfilesTable(QTextStream &out, const QList<QStringList> &rows);

} // namespace sendtrail
