#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sendtrail {

inline constexpr auto kRedacted = "***";

// True for query parameter names whose value must never reach a log: AccessKeyId,
// AccessKeySecret, Signature, SecurityToken, BearerToken and their x-acs-* header forms.
// Case-insensitive.
bool isSensitiveParameter(QStringView name);

// The URL, fully encoded (so control characters cannot forge log lines), with user info
// dropped and the value of every sensitive query parameter replaced by ***.
QString redactUrl(const QUrl &url);

// Same for a bare encoded query string ("a=1&Signature=...").
QByteArray redactQuery(const QByteArray &encodedQuery);

// Free text from the server, Qt or our own diagnostics, e.g. SignatureDoesNotMatch's
// "server string to sign is: POST&%2F&AccessKeyId%3D...", a Recommend link or Qt's
// "Error transferring <the whole V1 URL> - server replied: ...": masks name=value pairs of sensitive
// names in plain, once- and twice-percent-encoded form, "name:value" header lines, JSON
// "name":"value", and the Credential/Signature of an Authorization value.
QString redactText(const QString &text);

} // namespace sendtrail
