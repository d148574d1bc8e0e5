#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sendtrail {

inline constexpr auto kRedacted = "***";

// True for query parameter / header names whose value must never reach a log: AccessKeyId,
// Signature, SecurityToken, BearerToken and their x-acs-* header forms. Case-insensitive.
bool isSensitiveParameter(QStringView name);
bool isSensitiveHeader(QByteArrayView name);

// The URL, fully encoded (so control characters cannot forge log lines), with user info
// dropped and the value of every sensitive query parameter replaced by ***.
QString redactUrl(const QUrl &url);

// Same for a bare encoded query string ("a=1&Signature=...").
QByteArray redactQuery(const QByteArray &encodedQuery);

// The value to log for a header: *** for Authorization, x-acs-security-token,
// x-acs-content-sha256, x-acs-accesskey-id, cookies and the like; otherwise the value with
// CR/LF flattened to spaces.
QByteArray redactHeader(const QByteArray &name, const QByteArray &value);

// Free text from the server or our own diagnostics, e.g. SignatureDoesNotMatch's
// "server string to sign is: POST&%2F&AccessKeyId%3D...": masks name=value pairs of sensitive
// names in plain, once- and twice-percent-encoded form, "name:value" header lines, JSON
// "name":"value", and the Credential/Signature of an Authorization value.
QString redactText(const QString &text);

} // namespace sendtrail
