#pragma once

#include "records/mailrecord.h"

#include <QCoreApplication>
#include <QString>

namespace sendtrail {

// How an SMTP reply code is to be read: 2xx done, 4xx try again later, 5xx give up.
enum class ReplyKind
{
    None,
    Success,
    Temporary,
    Permanent
};

struct SmtpReply
{
    int code = 0;         // 0 when the text carries no three-digit reply code
    QString enhancedCode; // RFC 3463 "5.1.1", empty when absent
    ReplyKind kind = ReplyKind::None;
};

// Plain-language reading of one delivery: what happened, and what to do about it.
struct DeliveryExplanation
{
    QString summary;  // one sentence
    QString detail;   // why, in words a support person can repeat to a customer
    QString nextStep; // what to do now; empty when nothing needs doing
};

// Widget-free so it can be unit-tested and reused by the CLI; every text goes through tr().
class DeliveryExplainer final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryExplainer)

public:
    static SmtpReply parseSmtpReply(const QString &message);
    static DeliveryExplanation explainClassification(const QString &classification);
    static DeliveryExplanation explainSmtpReply(const QString &message);
    static DeliveryExplanation explainStatus(DeliveryStatus status);
    static QString statusText(DeliveryStatus status);
    // Everything above for one record, as paragraphs of plain text.
    static QString explainRecord(const MailRecord &record);

private:
    static DeliveryExplanation explainCode(int code, const QString &enhanced, const QString &message);
    static DeliveryExplanation explainEnhanced(const QString &enhanced);
    static DeliveryExplanation explainUnknownClassification(const QString &value);
    static DeliveryExplanation explainTemporary(int code);
    static DeliveryExplanation explainPermanent(int code, const QString &message);
};

} // namespace sendtrail
