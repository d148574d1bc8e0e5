#include "invalidaddressrule.h"

#include "deliveryexplainer.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

bool equals(const QString &value, QStringView expected)
{
    return value.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

// Receiving servers word "no such mailbox" many ways; these are the common ones.
bool saysUserUnknown(const QString &message)
{
    static const QStringList words{u"user unknown"_s,      u"unknown user"_s,       u"no such user"_s,
                                   u"does not exist"_s,    u"doesn't exist"_s,      u"mailbox not found"_s,
                                   u"no such mailbox"_s,   u"invalid recipient"_s,  u"recipient unknown"_s,
                                   u"unknown recipient"_s, u"mailbox unavailable"_s};
    for (const QString &word : words) {
        if (message.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool InvalidAddressRule::isInvalidAddressFailure(const MailRecord &record)
{
    if (record.status == DeliveryStatus::Delivered || record.toAddress.trimmed().isEmpty())
        return false;
    const QString &classification = record.errorClassification;
    if (equals(classification, u"SysOutRcptOnGlobalBounceList"))
        return false;
    if (equals(classification, u"SmtpNxBox") || equals(classification, u"SysOutRcptOnAccountLevelBounceList"))
        return true;
    const SmtpReply reply = DeliveryExplainer::parseSmtpReply(record.message);
    if (reply.kind != ReplyKind::Permanent)
        return false;
    if (reply.code == 563 || reply.enhancedCode == "5.1.1"_L1)
        return true;
    return (reply.code == 550 || reply.code == 0) && saysUserUnknown(record.message);
}

} // namespace sendtrail
