#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sendtrail::test {

// One data.mailDetail[] item shaped like the documentation's example.
inline QJsonObject mailItem(int n, qint64 utcSeconds = 1619601108)
{
    using namespace Qt::StringLiterals;
    return QJsonObject{
        {u"Status"_s, n % 5 == 4 ? 4 : 0},
        {u"LastUpdateTime"_s, u"2021-04-28T17:11Z"_s},
        {u"Message"_s, n % 5 == 4 ? u"550 Mailbox not found"_s : u"250 Send Mail OK"_s},
        {u"ToAddress"_s, u"user%1@example.net"_s.arg(n)},
        {u"UtcLastUpdateTime"_s, QString::number(utcSeconds)},
        {u"AccountName"_s, u"sender@example.net"_s},
        {u"Subject"_s, u"Newsletter %1"_s.arg(n % 3)},
        {u"ErrorClassification"_s, n % 5 == 4 ? u"SmtpNxBox"_s : u"SendOk"_s},
        {u"IpPoolId"_s, QJsonValue(QJsonValue::Null)},
        {u"IpPoolName"_s, QJsonValue(QJsonValue::Null)},
        {u"ConfigSetId"_s, u"cs-1"_s},
        {u"ConfigSetName"_s, u"default"_s},
    };
}

inline QList<QJsonObject> mailItems(int first, int count)
{
    QList<QJsonObject> items;
    for (int i = first; i < first + count; ++i)
        items.append(mailItem(i, 1619601108 - i));
    return items;
}

// A reply body; nextStart nullopt leaves the key out.
inline QJsonObject pageBody(const QList<QJsonObject> &items, const std::optional<QString> &nextStart,
                            const QString &requestId = QStringLiteral("REQ-1"))
{
    using namespace Qt::StringLiterals;
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    QJsonObject body{{u"RequestId"_s, requestId}, {u"data"_s, QJsonObject{{u"mailDetail"_s, array}}}};
    if (nextStart)
        body.insert(u"NextStart"_s, *nextStart);
    return body;
}

} // namespace sendtrail::test
