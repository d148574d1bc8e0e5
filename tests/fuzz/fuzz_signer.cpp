// The request builder and signer on arbitrary parameter strings. Invariants: every encoding is
// RFC 3986 (unreserved characters and uppercase %XX only) and decodes back; the canonical query,
// also as the third line of the V3 canonical request, parses back to the same parameter
// multiset in name order; V1 sends every parameter once plus its Signature; the built request
// carries the signer's query byte for byte.
#include "api/requestbuilder.h"
#include "api/signer.h"
#include "fuzzsupport.h"

#include <algorithm>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

void checkEncoding(const QByteArray &encoded, const QByteArray &original)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] == '%') {
            fuzz::check(i + 2 < encoded.size() && isUpperHex(encoded[i + 1]) && isUpperHex(encoded[i + 2]),
                        "percent escapes are %XX uppercase", encoded);
            i += 2;
        } else {
            fuzz::check(isUnreserved(encoded[i]), "only unreserved characters stay raw", encoded);
        }
    }
    fuzz::check(QByteArray::fromPercentEncoding(encoded) == original, "the encoding decodes back", encoded);
}

QueryParams parseQuery(const QByteArray &query)
{
    QueryParams out;
    if (query.isEmpty())
        return out;
    for (const QByteArray &pair : query.split('&')) {
        const QList<QByteArray> halves = pair.split('=');
        fuzz::check(halves.size() == 2, "each pair is name=value", query);
        checkEncoding(halves[0], QByteArray::fromPercentEncoding(halves[0]));
        checkEncoding(halves[1], QByteArray::fromPercentEncoding(halves[1]));
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(halves[0])),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(halves[1]))});
    }
    return out;
}

QueryParams sortedMultiset(QueryParams params)
{
    std::sort(params.begin(), params.end());
    return params;
}

void checkCanonical(const QueryParams &params, const QByteArray &query)
{
    const QueryParams back = parseQuery(query);
    fuzz::check(sortedMultiset(back) == sortedMultiset(params), "the canonical query round-trips", query);
    fuzz::check(std::is_sorted(back.begin(), back.end(),
                               [](const auto &a, const auto &b) { return a.first < b.first; }),
                "the canonical query is in name order", query);
}

// Later values replace earlier ones; the V1 common parameters are not in `params`' names here.
QueryParams lastWins(const QueryParams &params)
{
    QueryParams out;
    for (const auto &param : params) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == param.first; });
        if (it == out.end())
            out.append(param);
        else
            it->second = param.second;
    }
    return out;
}

void checkRequest(const QueryParams &params, const QByteArray &host)
{
    SignInput input;
    input.host = QString::fromUtf8(host);
    input.action = u"SenderStatisticsDetailByParam"_s;
    input.params = params;
    input.timestamp = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);
    input.nonce = u"nonce"_s;
    const QByteArray secret("fuzz-secret");
    const SigningKey key{u"LTAI5tFuzzKey"_s, secret, {}};

    const SignedRequest v3 = signRequest(SignatureVersion::V3, input, key);
    fuzz::check(v3.query == canonicalQuery(params), "V3 sends the canonical query");
    const V3Signature sig =
        v3Sign("POST", "/", v3.query, v3.headers, QByteArray(64, '0'), key.id, key.secret);
    const QList<QByteArray> lines = sig.canonicalRequest.split('\n');
    fuzz::check(lines.size() > 3 && lines[2] == v3.query, "the canonical request's query line is the query");
    checkCanonical(params, lines[2]);

    const SignedRequest v1 = signRequest(SignatureVersion::V1, input, key);
    const QueryParams sent = parseQuery(v1.query);
    for (const auto &param : lastWins(params)) {
        static const QStringList overridden = {u"SecurityToken"_s, u"SignatureMethod"_s,
                                               u"SignatureVersion"_s, u"AccessKeyId"_s, u"Signature"_s};
        if (!overridden.contains(param.first))
            fuzz::check(sent.count(param) == 1, "V1 sends every parameter once", v1.query);
    }
    fuzz::check(
        std::count_if(sent.begin(), sent.end(), [](const auto &p) { return p.first == "Signature"_L1; }) >= 1,
        "V1 signs", v1.query);

    ClientConfig config;
    config.endpoint = QUrl(u"https://dm.aliyuncs.com"_s);
    config.key.id = key.id;
    for (const SignedRequest *signedRequest : {&v3, &v1}) {
        const QNetworkRequest request = buildApiRequest(config, *signedRequest);
        fuzz::check(request.url().isValid(), "the built URL is valid", signedRequest->query);
        fuzz::check(request.url().query(QUrl::FullyEncoded).toLatin1() == signedRequest->query,
                    "the built request keeps the query byte for byte", signedRequest->query);
    }
}

void checkEndpoint(const QByteArray &text)
{
    ClientConfig config;
    config.endpoint = QUrl(QString::fromUtf8(text));
    config.key.id = u"id"_s;
    if (validateClientConfig(config, QByteArrayView("secret")).isError())
        return;
    const QString host = hostHeaderFor(config.endpoint);
    fuzz::check(!host.isEmpty(), "a usable endpoint has a Host header", text);
    for (QChar c : host)
        fuzz::check(c.unicode() > 0x20 && c.unicode() < 0x7F, "the Host header is printable ASCII", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    const QString whole = QString::fromUtf8(input);
    checkEncoding(percentEncode(whole), whole.toUtf8());

    // Fields alternate name, value; the first is the endpoint.
    const QList<QByteArray> parts = input.split('\x1f');
    QueryParams params;
    for (qsizetype i = 1; i + 1 < parts.size() && params.size() < 64; i += 2)
        params.append({QString::fromUtf8(parts[i]), QString::fromUtf8(parts[i + 1])});
    checkCanonical(params, canonicalQuery(params));
    checkRequest(params, parts[0].left(200));
    checkEndpoint(parts[0]);
    return 0;
}
