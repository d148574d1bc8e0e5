#include "deliveryexplainer.h"

#include "records/recordcolumns.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

ReplyKind kindForDigit(QChar digit)
{
    switch (digit.unicode()) {
    case u'2':
        return ReplyKind::Success;
    case u'4':
        return ReplyKind::Temporary;
    case u'5':
        return ReplyKind::Permanent;
    default:
        return ReplyKind::None;
    }
}

bool mentionsAny(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

SmtpReply DeliveryExplainer::parseSmtpReply(const QString &message)
{
    // Replies are often wrapped ("smtp;550 5.1.1 ..." or "host mx.example said: 421 ..."),
    // so look for the first code that stands alone rather than only at the start.
    static const QRegularExpression basic(u"(?<![\\d.])([245]\\d\\d)(?=[\\s-]|$)"_s);
    static const QRegularExpression enhanced(u"(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])"_s);
    SmtpReply reply;
    const auto basicMatch = basic.match(message);
    if (basicMatch.hasMatch())
        reply.code = basicMatch.captured(1).toInt();
    const auto enhancedMatch = enhanced.match(message);
    if (enhancedMatch.hasMatch())
        reply.enhancedCode = enhancedMatch.captured(0);
    if (reply.code != 0)
        reply.kind = kindForDigit(QString::number(reply.code).front());
    else if (!reply.enhancedCode.isEmpty())
        reply.kind = kindForDigit(reply.enhancedCode.front());
    return reply;
}

QString DeliveryExplainer::statusText(DeliveryStatus status)
{
    return RecordColumns::statusText(status);
}

DeliveryExplanation DeliveryExplainer::explainStatus(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Delivered:
        return {tr("Delivered: the recipient's mail server accepted the message."), {}, {}};
    case DeliveryStatus::InvalidAddress:
        return {tr("Not delivered: the address was treated as invalid."),
                tr("Either the recipient's server said the mailbox does not exist, or the address was "
                   "already on the account's invalid-address list."),
                tr("Check the spelling of the address with the recipient.")};
    case DeliveryStatus::Spam:
        return {tr("Not delivered: the message was treated as spam."),
                tr("The recipient's server or Direct Mail's own checks judged the content or the "
                   "sender as unwanted mail."),
                tr("Review the subject and content, make sure SPF, DKIM and DMARC are set up for the "
                   "sending domain, and only mail people who asked for it.")};
    case DeliveryStatus::Failed:
        return {tr("Not delivered: the delivery failed."), tr("The server reply below says why."),
                tr("Read the explanation of the server reply below.")};
    case DeliveryStatus::Unknown:
        break;
    }
    return {tr("The service reported a status this version does not know."), {}, {}};
}

DeliveryExplanation DeliveryExplainer::explainClassification(const QString &classification)
{
    const QString value = classification.trimmed();
    if (value.isEmpty())
        return {tr("The service gave no error classification."), {}, {}};
    if (value.compare(u"SendOk"_s, Qt::CaseInsensitive) == 0)
        return {tr("SendOk: the message was delivered."),
                tr("The recipient's mail server accepted it. What happens next (inbox, spam folder, "
                   "filters) is up to the recipient's provider."),
                {}};
    if (value.compare(u"SmtpNxBox"_s, Qt::CaseInsensitive) == 0)
        return {tr("SmtpNxBox: the address does not exist."),
                tr("The recipient's mail server said there is no such mailbox. Direct Mail added the "
                   "address to the account's invalid-address list, so later mail to it is not sent."),
                tr("Ask the recipient for a correct address. If the address really exists, remove it "
                   "from the invalid-address list (Direct Mail console → Invalid Addresses, or the "
                   "DeleteInvalidAddress API) and send again.")};
    if (value.compare(u"SysOutRcptOnAccountLevelBounceList"_s, Qt::CaseInsensitive) == 0)
        return {tr("SysOutRcptOnAccountLevelBounceList: not sent, the address is on the account's "
                   "invalid-address list."),
                tr("An earlier message to this address bounced as non-existent, so Direct Mail "
                   "skipped this one without contacting the recipient's server."),
                tr("If you are sure the address is valid, remove it from the list: Direct Mail console "
                   "→ Invalid Addresses, search for the address and delete it, or call the "
                   "DeleteInvalidAddress API with ToAddress set to it. Then send the message again. "
                   "The list can also be switched off for the whole account.")};
    return explainUnknownClassification(value);
}

DeliveryExplanation DeliveryExplainer::explainUnknownClassification(const QString &value)
{
    const QString summary = tr("%1: a classification set by the service.").arg(value);
    if (mentionsAny(value, {u"spam"_s, u"junk"_s}))
        return {summary, tr("The name says the message was treated as spam."),
                tr("Review the content and the sending domain's SPF, DKIM and DMARC records.")};
    if (mentionsAny(value, {u"timeout"_s, u"timedout"_s, u"connect"_s}))
        return {summary, tr("The name says the recipient's server could not be reached in time."),
                tr("Usually temporary; if it keeps happening for one domain, that domain's mail "
                   "servers have a problem.")};
    if (mentionsAny(value, {u"quota"_s, u"full"_s}))
        return {summary, tr("The name says the recipient's mailbox is full."),
                tr("Ask the recipient to make room, or contact them another way.")};
    if (mentionsAny(value, {u"dns"_s, u"domain"_s, u"mx"_s}))
        return {summary, tr("The name points at a problem with the recipient's domain."),
                tr("Check the part of the address after the @ for typos.")};
    return {
        summary, tr("This version has no explanation for it; the server reply below usually says more."), {}};
}

DeliveryExplanation DeliveryExplainer::explainSmtpReply(const QString &message)
{
    const SmtpReply reply = parseSmtpReply(message);
    if (reply.code != 0)
        return explainCode(reply.code, reply.enhancedCode, message);
    if (!reply.enhancedCode.isEmpty())
        return explainEnhanced(reply.enhancedCode);
    if (message.trimmed().isEmpty())
        return {tr("The service recorded no server reply."), {}, {}};
    return {tr("The reply carries no SMTP code."),
            tr("It is a note from the service rather than an answer from the recipient's server."),
            {}};
}

DeliveryExplanation DeliveryExplainer::explainEnhanced(const QString &enhanced)
{
    const bool temporary = enhanced.startsWith(u'4');
    if (enhanced.startsWith(u"5.1."_s))
        return {tr("%1: the address was refused as unknown or malformed.").arg(enhanced),
                {},
                tr("Check the address for typos.")};
    if (enhanced.endsWith(u".2.2"_s))
        return {tr("%1: the mailbox is full.").arg(enhanced),
                {},
                tr("Ask the recipient to make room in the mailbox.")};
    if (enhanced.contains(u".7."_s))
        return {tr("%1: refused by the receiving server's security or spam policy.").arg(enhanced),
                {},
                tr("Check SPF, DKIM and DMARC for the sending domain and review the content.")};
    if (temporary)
        return {tr("%1: a temporary problem; the service tries again by itself.").arg(enhanced), {}, {}};
    return {
        tr("%1: a permanent failure.").arg(enhanced), {}, tr("Resending the same message will fail again.")};
}

DeliveryExplanation DeliveryExplainer::explainCode(int code, const QString &enhanced, const QString &message)
{
    if (code >= 200 && code < 300)
        return {tr("%1: the receiving server accepted the message.").arg(code), {}, {}};
    DeliveryExplanation result = code < 500 ? explainTemporary(code) : explainPermanent(code, message);
    if (!enhanced.isEmpty() && code != 535) {
        const DeliveryExplanation extra = explainEnhanced(enhanced);
        result.detail = result.detail.isEmpty() ? extra.summary : result.detail + u' ' + extra.summary;
    }
    return result;
}

DeliveryExplanation DeliveryExplainer::explainTemporary(int code)
{
    const QString retried = tr("4xx replies are temporary: Direct Mail retries on its own for a while.");
    const QString waitStep =
        tr("Nothing to do yet. If the final status is still a failure after a few hours, "
           "send again later.");
    switch (code) {
    case 421:
        return {tr("421: the receiving server is busy or is limiting connections."), retried, waitStep};
    case 450:
        return {tr("450: the mailbox is temporarily unavailable (busy or greylisting)."), retried, waitStep};
    case 451:
        return {tr("451: the receiving server had a local problem or is greylisting new senders."), retried,
                waitStep};
    case 452:
        return {tr("452: the receiving server is short of storage or got too many recipients."), retried,
                waitStep};
    default:
        return {tr("%1: a temporary failure.").arg(code), retried, waitStep};
    }
}

DeliveryExplanation DeliveryExplainer::explainPermanent(int code, const QString &message)
{
    const QString permanent = tr("5xx replies are permanent: the service does not retry, and resending the "
                                 "same message unchanged will fail again.");
    const bool policy = mentionsAny(message, {u"spam"_s, u"block"_s, u"policy"_s, u"reputation"_s,
                                              u"blacklist"_s, u"denied"_s, u"reject"_s});
    switch (code) {
    case 535:
        return {tr("535: SMTP authentication failed."),
                tr("The user name or SMTP password used to hand the message to Direct Mail was refused."),
                tr("Set the SMTP password again for the sender address in the Direct Mail console and "
                   "update it in the sending application.")};
    case 550:
        if (policy)
            return {tr("550: refused by the receiving server's policy."), permanent,
                    tr("The server blocked the sender or the content. Check SPF, DKIM and DMARC, review "
                       "the content, and check whether the sending IP is on a blocklist.")};
        return {tr("550: the mailbox does not exist or is unavailable."), permanent,
                tr("Check the address with the recipient; do not keep sending to it.")};
    case 551:
        return {tr("551: the recipient is not handled by that server."), permanent,
                tr("Ask the recipient for their current address.")};
    case 552:
        return {tr("552: the mailbox is full or the message is too large."), permanent,
                tr("Make attachments smaller, or ask the recipient to make room, then send again.")};
    case 553:
        return {tr("553: the address is not allowed (malformed or refused)."), permanent,
                tr("Check the address for typos or characters that do not belong in it.")};
    case 554:
        return {tr("554: the transaction failed, most often because the message was taken for spam or "
                   "the sender is blocklisted."),
                permanent,
                tr("Review the content, check SPF, DKIM and DMARC for the sending domain and whether the "
                   "sending IP is on a blocklist, then send again.")};
    case 559:
        return {tr("559: the address is on Direct Mail's global invalid-address list."), permanent,
                tr("Use a different address for this recipient.")};
    case 563:
        return {tr("563: the address is on your account's invalid-address list."), permanent,
                tr("Remove it in the Direct Mail console → Invalid Addresses (or with the "
                   "DeleteInvalidAddress API) if it is valid, then send again.")};
    default:
        return {tr("%1: a permanent failure.").arg(code), permanent,
                tr("Read the server's words in the reply for the reason.")};
    }
}

QString DeliveryExplainer::explainRecord(const MailRecord &record)
{
    QStringList paragraphs;
    const auto add = [&paragraphs](const DeliveryExplanation &e) {
        QStringList parts{e.summary};
        if (!e.detail.isEmpty())
            parts << e.detail;
        if (!e.nextStep.isEmpty())
            parts << tr("What to do: %1").arg(e.nextStep);
        paragraphs << parts.join(u' ');
    };
    add(explainStatus(record.status));
    if (!record.errorClassification.trimmed().isEmpty())
        add(explainClassification(record.errorClassification));
    if (!record.message.trimmed().isEmpty())
        add(explainSmtpReply(record.message));
    return paragraphs.join(u"\n\n"_s);
}

} // namespace sendtrail
