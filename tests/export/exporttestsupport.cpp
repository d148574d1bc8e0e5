#include "exporttestsupport.h"

#include "records/recordshape.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sendtrail::testsupport {

namespace {

qint64 epochSeconds(const QJsonValue &value)
{
    qint64 n = value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
    if (n > 100000000000LL) // milliseconds
        n /= 1000;
    return n;
}

DeliveryStatus statusFrom(const QJsonValue &value)
{
    return value.isDouble() ? deliveryStatusFromInt(value.toInt(-1)) : DeliveryStatus::Unknown;
}

} // namespace

MailRecord recordFromJson(const QJsonObject &o)
{
    MailRecord r;
    r.utcSeconds = epochSeconds(o.value(u"UtcLastUpdateTime"));
    r.status = statusFrom(o.value(u"Status"));
    r.toAddress = o.value(u"ToAddress").toString();
    r.accountName = o.value(u"AccountName").toString();
    r.subject = o.value(u"Subject").toString();
    r.errorClassification = o.value(u"ErrorClassification").toString();
    r.message = o.value(u"Message").toString();
    r.ipPoolId = o.value(u"IpPoolId").toString();
    r.ipPoolName = o.value(u"IpPoolName").toString();
    r.configSetId = o.value(u"ConfigSetId").toString();
    r.configSetName = o.value(u"ConfigSetName").toString();
    r.lastUpdateTime = o.value(u"LastUpdateTime").toString();
    return r;
}

std::shared_ptr<VectorExportSource> loadJsonlSource(const QString &path)
{
    auto source = std::make_shared<VectorExportSource>();
    const QList<QByteArray> lines = readAll(path).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        Q_ASSERT_X(error.error == QJsonParseError::NoError, "loadJsonlSource", "bad test input");
        source->append(recordFromJson(object), object);
    }
    return source;
}

std::shared_ptr<VectorExportSource> makeRealisticSource(qsizetype rows)
{
    const QStringList senders{u"notice@mail.example.com"_s, u"billing@mail.example.com"_s,
                              u"no-reply@news.example.cn"_s};
    const QStringList subjects{u"Your order has shipped"_s,     u"Password reset request"_s,
                               u"您的验证码是 482913"_s,        u"Monthly statement — March"_s,
                               u"Welcome to Example, Alice!"_s, u"Invoice #2024-0042 is due"_s};
    const QStringList messages{u"250 Send Mail OK"_s, u"550 5.1.1 <user>: Recipient address rejected"_s,
                               u"421 4.7.0 Try again later, closing connection."_s,
                               u"554 5.7.1 Message rejected as spam"_s};
    const QStringList classes{QString(), u"InvalidAddress"_s, u"ReceiverServerError"_s, u"SpamBlocked"_s};
    const DeliveryStatus statuses[] = {DeliveryStatus::Delivered, DeliveryStatus::InvalidAddress,
                                       DeliveryStatus::Failed, DeliveryStatus::Spam};
    const QString pool = u"ip-pool-shared-01"_s, poolName = u"Shared pool"_s;
    const QString rawTime = u"2024-03-01T12:00Z"_s;

    auto source = std::make_shared<VectorExportSource>();
    source->reserve(rows);
    for (qsizetype i = 0; i < rows; ++i) {
        MailRecord r;
        const qsizetype kind = (i * 7919) % 100 < 90 ? 0 : 1 + i % 3; // 90% delivered
        r.utcSeconds = 1709294400 - i * 3;
        r.status = statuses[kind];
        r.toAddress = u"user%1@recipient-%2.example.org"_s.arg(i).arg(i % 977);
        r.accountName = senders.at(i % senders.size());
        r.subject = subjects.at(i % subjects.size());
        r.errorClassification = classes.at(kind);
        r.message = messages.at(kind);
        r.ipPoolId = pool;
        r.ipPoolName = poolName;
        r.lastUpdateTime = rawTime;
        source->append(std::move(r));
    }
    return source;
}

QString findPython(const QStringList &modules)
{
    QStringList candidates{QStandardPaths::findExecutable(u"python3"_s), u"/usr/bin/python3"_s};
    const QString probe = modules.isEmpty() ? u"pass"_s : u"import "_s + modules.join(u", "_s);
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFile::exists(candidate) &&
            runProcess(candidate, {u"-c"_s, probe}, 30000).exitCode == 0)
            return candidate;
    }
    return {};
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out or failed to start: " + program.toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList dirEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace sendtrail::testsupport
