// The log redactor. A secret is planted in every form redact.h promises to mask (text pairs
// plain, once and twice percent-encoded, header lines, JSON, an Authorization value; query
// parameters with any name spelling; URL user info; sensitive headers), between arbitrary text.
// Invariants: the planted value never survives; redaction is idempotent; no CR/LF in a
// redacted header or URL.
#include "api/redact.h"
#include "fuzzsupport.h"

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

const QString kSecrets[] = {u"LTAI5tPlantedKeyId0"_s, u"Zm9vYmFy+/PlantedSig="_s,
                            u"0f9e8d7c6b5a4d3c2b1a0f9e8d7c6b5aplanted"_s, u"CAIS.Planted.Sts_Token-1"_s};
const QString kTextNames[] = {u"AccessKeyId"_s,        u"SecurityToken"_s,      u"Signature"_s,
                              u"BearerToken"_s,        u"x-acs-accesskey-id"_s, u"x-acs-security-token"_s,
                              u"x-acs-bearer-token"_s, u"Credential"_s};
const QString kQueryNames[] = {u"AccessKeyId"_s,        u"Signature"_s,          u"SecurityToken"_s,
                               u"BearerToken"_s,        u"x-acs-accesskey-id"_s, u"x-acs-security-token"_s,
                               u"x-acs-bearer-token"_s, u"Authorization"_s};
const QString kTerminators[] = {u"&"_s, u"%26"_s, u"%2526"_s, u" "_s, u"\n"_s, u","_s,
                                u";"_s, u"\""_s,  u"'"_s,     u"<"_s, u">"_s,  QString()};
template <typename T, std::size_t N> const T &pick(const T (&list)[N], char byte)
{
    return list[quint8(byte) % N];
}

// Flips letters to upper or lower case by the bits of `mask`.
QString recase(QString name, quint32 mask)
{
    for (qsizetype i = 0; i < name.size(); ++i)
        name[i] = (mask >> (i % 32)) & 1 ? name[i].toUpper() : name[i].toLower();
    return name;
}

QString plantedText(const QString &name, const QString &secret, char form, const QString &end)
{
    switch (quint8(form) % 6) {
    case 0:
        return name + u'=' + secret + end;
    case 1:
        return name + u"%3D"_s + secret + (end.isEmpty() ? u"%26"_s : end);
    case 2:
        return name + u"%253D"_s + secret + (end.isEmpty() ? u"%2526"_s : end);
    case 3:
        return name + u':' + secret + u'\n';
    case 4:
        return u'"' + name + u"\":\""_s + secret + u'"';
    default:
        return u"ACS3-HMAC-SHA256 Credential="_s + secret + u",SignedHeaders=host,Signature="_s + secret;
    }
}

void checkText(const QByteArray &control, const QString &prefix, const QString &suffix)
{
    const QString &secret = pick(kSecrets, control[0]);
    const QString name = recase(pick(kTextNames, control[1]), quint8(control[2]));
    const QString text =
        prefix + plantedText(name, secret, control[3], pick(kTerminators, control[4])) + suffix;
    const QString out = redactText(text);
    fuzz::check(!out.contains(secret), "redactText kept a planted secret", text.toUtf8());
    fuzz::check(redactText(out) == out, "redactText is idempotent", text.toUtf8());
}

QByteArray encodedName(const QByteArray &name, quint32 mask)
{
    QByteArray out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const bool encode = (mask >> (i % 32)) & 1;
        out += encode ? '%' + QByteArray(1, name[i]).toHex().toUpper() : QByteArray(1, name[i]);
    }
    return out;
}

QString decodedName(QByteArray name)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(name.replace('+', ' ')));
}

// The URL's own encoding may re-encode the planted name ("%41" becomes "%2541" when the query
// also holds a stray '%'); the server then sees another name. What must hold: every parameter
// whose name, decoded as the server decodes it, is sensitive is logged as ***.
void checkUrl(const QByteArray &control, const QByteArray &query)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"dm.aliyuncs.com"_s);
    const QString password = u"PlantedPassword"_s + QString::number(quint8(control[6]));
    url.setUserInfo(u"user:"_s + password);
    url.setQuery(QString::fromUtf8(query));
    const QString redacted = redactUrl(url);
    if (!query.contains("PlantedPassword"))
        fuzz::check(!redacted.contains(password), "redactUrl kept the user info", query);
    fuzz::check(!redacted.contains(u'\n') && !redacted.contains(u'\r'), "redactUrl kept a line break", query);
    const qsizetype mark = redacted.indexOf(u'?');
    if (mark < 0)
        return;
    for (const QByteArray &pair : redacted.mid(mark + 1).toUtf8().split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq >= 0 && isSensitiveParameter(decodedName(pair.left(eq))))
            fuzz::check(pair.mid(eq + 1) == kRedacted, "redactUrl kept a sensitive value", redacted.toUtf8());
    }
}

void checkQuery(const QByteArray &control, const QByteArray &prefix, const QByteArray &suffix)
{
    const QByteArray secret = pick(kSecrets, control[0]).toUtf8().toPercentEncoding();
    const QByteArray name = recase(pick(kQueryNames, control[1]), quint8(control[2])).toLatin1();
    const QByteArray query =
        prefix + '&' + encodedName(name, quint8(control[5])) + '=' + secret + '&' + suffix;
    if (!prefix.contains(secret) && !suffix.contains(secret))
        fuzz::check(!redactQuery(query).contains(secret), "redactQuery kept a planted secret", query);
    checkUrl(control, query);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 3);
    const QByteArray control = parts[0].leftJustified(9, '\0');
    checkText(control, QString::fromUtf8(parts[1]), QString::fromUtf8(parts[2]));
    checkQuery(control, parts[1], parts[2]);
    return 0;
}
