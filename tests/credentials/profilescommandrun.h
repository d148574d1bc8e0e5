#pragma once

// Test helper: runs `sendtrail-cli profiles ...` in-process with injected streams, stores and a
// scripted hidden prompt, and records what it printed and how much input it left unread.

#include "cli/profilescommand.h"

#include <QBuffer>
#include <QTextStream>

namespace sendtrail::test {

struct ProfilesRun
{
    int code = -1;
    QString out;
    QString err;
    QStringList prompts;
    qint64 inputLeft = 0;
};

// `typed` answers the hidden prompts in order (terminal only); stdinData is the input device.
inline ProfilesRun runProfiles(const QStringList &args, ProfileStore *profiles, SecretStore *secrets,
                               const QByteArray &stdinData = {}, bool terminal = false,
                               const QList<QByteArray> &typed = {})
{
    ProfilesRun result;
    QBuffer input;
    input.setData(stdinData);
    input.open(QIODevice::ReadOnly);
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    qsizetype next = 0;
    ProfilesCommandContext context{&out,
                                   &err,
                                   &input,
                                   terminal,
                                   [&](const QString &prompt) -> std::optional<QByteArray> {
                                       result.prompts.append(prompt);
                                       if (next >= typed.size())
                                           return std::nullopt;
                                       return typed.at(next++);
                                   },
                                   profiles,
                                   secrets};
    result.code = runProfilesCommand(args, context);
    result.inputLeft = input.bytesAvailable();
    return result;
}

} // namespace sendtrail::test
