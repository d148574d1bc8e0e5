#pragma once

#include "apiclient.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace sendtrail {

// Extra trusted CAs (a TLS-inspecting company proxy's, a private endpoint's) from a PEM file:
// nullopt with `error` set, a sentence naming the file, when it cannot be read or holds no
// certificate. They are added to the system's CAs, never in their place (buildApiRequest).
std::optional<QList<QSslCertificate>> loadCaCertificates(const QString &path, QString *error);

// Adds the file's CAs to config.extraCaCertificates, or sets config.problem, so a call made with
// the config fails saying which file is wrong rather than with a misleading certificate error.
void addCaFile(ClientConfig &config, const QString &path);

} // namespace sendtrail
