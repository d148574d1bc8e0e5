#include "redact.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr std::array kSensitiveParameters = {
    "accesskeyid"_L1,          "accesskeysecret"_L1,    "signature"_L1,
    "securitytoken"_L1,        "bearertoken"_L1,        "x-acs-accesskey-id"_L1,
    "x-acs-security-token"_L1, "x-acs-bearer-token"_L1, "authorization"_L1,
};

template <typename List> bool containsIgnoringCase(const List &list, QStringView name)
{
    return std::any_of(list.begin(), list.end(), [&](QLatin1StringView entry) {
        return name.compare(entry, Qt::CaseInsensitive) == 0;
    });
}

QString decodeName(QByteArray name)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(name.replace('+', ' ')));
}

} // namespace

bool isSensitiveParameter(QStringView name)
{
    return containsIgnoringCase(kSensitiveParameters, name);
}

QByteArray redactQuery(const QByteArray &encodedQuery)
{
    QByteArrayList parts = encodedQuery.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        // Names are decoded first so "Access%4BeyId" cannot slip through.
        if (eq >= 0 && isSensitiveParameter(decodeName(part.left(eq))))
            part = part.left(eq + 1) + kRedacted;
    }
    return parts.join('&');
}

QString redactUrl(const QUrl &url)
{
    QByteArray out =
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    if (url.hasQuery())
        out += '?' + redactQuery(url.query(QUrl::FullyEncoded).toUtf8());
    return QString::fromUtf8(out);
}

QString redactText(const QString &text)
{
    // Separators cover plain, percent-encoded (query in a StringToSign) and twice-encoded forms,
    // "name:value" lines of a canonical request and JSON. Over-matching ("MyAccessKeyId=") is harmless.
    static const QRegularExpression pattern(
        u"(AccessKeyId|AccessKeySecret|SecurityToken|Signature|BearerToken|x-acs-accesskey-id|x-acs-security-"
        u"token|"
        "x-acs-bearer-token|Credential)(\"?[ \\t]*(?:=|%3D|%253D|:)[ \\t]*\"?)([^&\\s,;\"'<>]+?)(?=&|%26|%2526|[\\s,;\"'<>]|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The next search starts inside the value just found, not after it: in
    // BearerToken="SecurityToken":"..." the first value is the second pair's name.
    // Values that overlap or touch become one ***.
    QString out;
    qsizetype last = 0;
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = pattern.match(text, from);
        if (!match.hasMatch())
            break;
        if (match.capturedStart(3) > last || last == 0) {
            out += QStringView(text).mid(last, match.capturedStart(3) - last);
            out += QLatin1StringView(kRedacted);
        }
        last = std::max(last, match.capturedEnd(3));
        from = match.capturedStart(3);
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace sendtrail
