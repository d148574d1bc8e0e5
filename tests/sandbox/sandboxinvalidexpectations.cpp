#include "sandboxinvalidexpectations.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

// The sandbox's documented reading: Status 2 from a missing mailbox or the account's own list;
// the platform-wide list (SysOutRcptOnGlobalBounceList) is not the account's.
bool invalid(const QJsonObject &record)
{
    const QString classification = record.value(u"ErrorClassification"_s).toString();
    return record.value(u"Status"_s).toInt() == 2 &&
           (classification == u"SmtpNxBox"_s || classification == u"SysOutRcptOnAccountLevelBounceList"_s);
}

// Each address's first invalid record, oldest first, over the whole data set.
QList<QJsonObject> firstInvalidRecords(const SandboxDataset &data, int offset)
{
    SandboxQuery query;
    query.order = SandboxOrder::OldestFirst;
    QList<QJsonObject> out;
    QSet<QString> seen;
    for (const QJsonObject &record : data.expectedRecords(query, offset)) {
        const QString address = record.value(u"ToAddress"_s).toString();
        if (invalid(record) && !seen.contains(address)) {
            seen.insert(address);
            out.append(record);
        }
    }
    return out;
}

} // namespace

QList<QJsonObject> expectedInvalidAddresses(const SandboxDataset &data, const InvalidFilter &filter,
                                            int offset)
{
    QList<QJsonObject> out;
    for (const QJsonObject &record : firstInvalidRecords(data, offset)) {
        const QString address = record.value(u"ToAddress"_s).toString();
        const qint64 utc = record.value(u"UtcLastUpdateTime"_s).toString().toLongLong();
        const QDate day = QDateTime::fromSecsSinceEpoch(utc + offset, Qt::UTC).date();
        if (day < filter.first || day > filter.last || filter.gone.contains(address) ||
            !address.contains(filter.keyword, Qt::CaseInsensitive))
            continue;
        out.prepend({{u"LastUpdateTime"_s, record.value(u"LastUpdateTime"_s)},
                     {u"ToAddress"_s, address},
                     {u"UtcLastUpdateTime"_s, double(utc)}});
    }
    return out;
}

QStringList invalidAddresses(const SandboxDataset &data)
{
    QStringList out;
    for (const QJsonObject &record : firstInvalidRecords(data, 0))
        out.append(record.value(u"ToAddress"_s).toString());
    return out;
}

} // namespace sendtrail::test
