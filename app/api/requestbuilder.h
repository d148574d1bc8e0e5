#pragma once

#include "apiclient.h"
#include "signer.h"

#include <QNetworkRequest>

namespace sendtrail {

// Rejects what must never be sent: no endpoint, a scheme other than https, plain http to a
// host that is not loopback (the query carries the AccessKeyId and signature), no key id or
// no secret (config.key.secret is ignored: the client holds the secret apart).
// Returns kind None when the config is usable.
ApiError validateClientConfig(const ClientConfig &config, QByteArrayView secret);

// The Host header exactly as QNetworkAccessManager sends it: host[:port], port only when it
// is not the scheme's default, IPv6 literals in brackets. This is what gets signed.
QString hostHeaderFor(const QUrl &endpoint);

// POST / with the signer's query kept byte for byte and its headers; no redirects, no
// HTTP/2, no cookies, full TLS verification plus the config's extra CAs.
QNetworkRequest buildApiRequest(const ClientConfig &config, const SignedRequest &signedRequest);

} // namespace sendtrail
