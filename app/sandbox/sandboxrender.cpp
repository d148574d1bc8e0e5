#include "sandboxrender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace sendtrail::sandboxrender {

namespace {

constexpr auto kHostId = "dm.aliyuncs.com";

QString recommendUrl(const QString &code, const QString &requestId)
{
    return u"https://api.aliyun.com/troubleshoot?q=%1&product=Dm&requestId=%2"_s.arg(code, requestId);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Server Error" : "Error";
    }
}

void writeRecordXml(QXmlStreamWriter &xml, const QJsonObject &record)
{
    static const QStringList order = {u"Status"_s,     u"LastUpdateTime"_s,      u"Message"_s,
                                      u"ToAddress"_s,  u"UtcLastUpdateTime"_s,   u"AccountName"_s,
                                      u"Subject"_s,    u"ErrorClassification"_s, u"IpPoolId"_s,
                                      u"IpPoolName"_s, u"ConfigSetId"_s,         u"ConfigSetName"_s};
    xml.writeStartElement(u"mailDetail"_s);
    for (const QString &field : order) {
        const QJsonValue value = record.value(field);
        if (value.isNull())
            continue; // null fields are simply absent in XML
        xml.writeTextElement(field, value.isDouble() ? QString::number(value.toInt()) : value.toString());
    }
    xml.writeEndElement();
}

void writeValueXml(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const auto &item : value.toArray())
            writeValueXml(xml, name, item);
        return;
    }
    if (value.isNull())
        return;
    xml.writeStartElement(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeValueXml(xml, it.key(), it.value());
    } else if (value.isBool()) {
        xml.writeCharacters(value.toBool() ? u"true"_s : u"false"_s);
    } else if (value.isDouble()) {
        xml.writeCharacters(QString::number(value.toInteger()));
    } else {
        xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
}

} // namespace

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray contentType(bool xml)
{
    return xml ? "text/xml;charset=utf-8" : "application/json;charset=utf-8";
}

QByteArray errorBody(const SandboxError &error, const QString &requestId, bool xml)
{
    const QString hostId = QString::fromLatin1(kHostId);
    if (!xml) {
        const QJsonObject body{{u"RequestId"_s, requestId},
                               {u"HostId"_s, hostId},
                               {u"Code"_s, error.code},
                               {u"Message"_s, error.message},
                               {u"Recommend"_s, recommendUrl(error.code, requestId)}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writer.writeStartElement(u"Error"_s);
    writer.writeTextElement(u"RequestId"_s, requestId);
    writer.writeTextElement(u"HostId"_s, hostId);
    writer.writeTextElement(u"Code"_s, error.code);
    writer.writeTextElement(u"Message"_s, error.message);
    writer.writeTextElement(u"Recommend"_s, recommendUrl(error.code, requestId));
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

QByteArray pageBody(const SandboxDataset &dataset, const SandboxPage &page, const QString &requestId,
                    int serviceUtcOffsetSeconds, bool xml)
{
    if (!xml) {
        QJsonArray details;
        for (int row : page.rows)
            details.append(dataset.recordJson(row, serviceUtcOffsetSeconds));
        QJsonObject body{{u"RequestId"_s, requestId}, {u"data"_s, QJsonObject{{u"mailDetail"_s, details}}}};
        if (page.nextStart)
            body.insert(u"NextStart"_s, *page.nextStart);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writer.writeStartElement(u"SenderStatisticsDetailByParamResponse"_s);
    writer.writeTextElement(u"RequestId"_s, requestId);
    if (page.nextStart)
        writer.writeTextElement(u"NextStart"_s, *page.nextStart);
    writer.writeStartElement(u"data"_s);
    for (int row : page.rows)
        writeRecordXml(writer, dataset.recordJson(row, serviceUtcOffsetSeconds));
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

QByteArray objectBody(const QString &action, const QJsonObject &body, bool xml)
{
    if (!xml)
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writeValueXml(writer, action + u"Response"_s, body);
    writer.writeEndDocument();
    return out;
}

QByteArray httpResponse(int status, const HeaderList &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return out + body;
}

} // namespace sendtrail::sandboxrender
