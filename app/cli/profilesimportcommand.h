#pragma once

#include <QString>
#include <QStringList>

namespace sendtrail {

struct ProfilesCommandContext;

// `sendtrail-cli profiles import-aliyun [--config PATH] [--yes]`: lists what the aliyun CLI's
// config.json holds, asks (on a terminal; otherwise --yes is required), then adds each AK and
// StsToken profile with its secret in ctx.secrets. Returns a ProfilesExitCode.
int runImportAliyun(const QStringList &args, const ProfilesCommandContext &ctx);
QString importAliyunHelp();

} // namespace sendtrail
