#include "sandboxvocabulary.h"

using namespace Qt::StringLiterals;

namespace sendtrail::sandboxvocabulary {

namespace {

const QStringList &firstNames()
{
    static const QStringList names = {u"alice"_s,   u"bob"_s,   u"carol"_s,  u"dave"_s,  u"erin"_s,
                                      u"frank"_s,   u"grace"_s, u"heidi"_s,  u"ivan"_s,  u"judy"_s,
                                      u"mallory"_s, u"niaj"_s,  u"olivia"_s, u"peggy"_s, u"rupert"_s,
                                      u"sybil"_s,   u"trent"_s, u"victor"_s, u"wei"_s,   u"yuki"_s};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = {u"smith"_s,   u"jones"_s,  u"wang"_s,  u"li"_s,   u"zhang"_s,
                                      u"mueller"_s, u"garcia"_s, u"kim"_s,   u"sato"_s, u"nguyen"_s,
                                      u"rossi"_s,   u"dubois"_s, u"silva"_s, u"chen"_s};
    return names;
}

const QStringList &domains()
{
    static const QStringList names = {u"example.com"_s,     u"example.net"_s,        u"example.org"_s,
                                      u"mail.example.cn"_s, u"corp.example.co.uk"_s, u"163.example.com"_s};
    return names;
}

QString pick(const QStringList &list, quint64 random)
{
    return list.at(int(random % quint64(list.size())));
}

} // namespace

const QList<SandboxWeighted> &accounts()
{
    static const QList<SandboxWeighted> list = {
        {u"noreply@mail.example.com"_s, 40}, {u"news@mail.example.com"_s, 25},
        {u"billing@pay.example.net"_s, 15},  {u"alerts+ops@mail.example.com"_s, 10},
        {u"营销@邮件.例子.中国"_s, 5},       {u"s***@example.net"_s, 5}};
    return list;
}

const QList<SandboxWeighted> &tags()
{
    static const QList<SandboxWeighted> list = {
        {QString(), 15},          {u"Newsletter"_s, 25},
        {u"PasswordReset"_s, 10}, {u"OrderShipped"_s, 15},
        {u"Invoice"_s, 10},       {u"EmailQuestionnaireHelioscam"_s, 5},
        {u"测试 tag*~"_s, 8},     {u"promo,2024 \"spring\""_s, 7},
        {u"=formula-tag"_s, 5}};
    return list;
}

const QList<SandboxNamedId> &ipPools()
{
    static const QList<SandboxNamedId> list = {
        {u"e42a4d8e-66e0-4ea3-88aa-74c66c661cef"_s, u"marketing-pool"_s},
        {u"8b1f0a77-2c1d-4d8e-9f3a-5b6c7d8e9f01"_s, u"交易邮件池 🚀"_s}};
    return list;
}

const QList<SandboxNamedId> &configSets()
{
    static const QList<SandboxNamedId> list = {
        {u"95437e39-5433-4c6c-8b66-0c4eac2f4d97"_s, u"default-config"_s},
        {u"c0ffee00-1234-4abc-8def-0123456789ab"_s, u"Promo, \"Q3\""_s}};
    return list;
}

const QList<SandboxOutcome> &outcomes()
{
    static const QList<SandboxOutcome> list = {
        {0, u"SendOk"_s, u"250 Send Mail OK"_s, 700},
        {0, u"SendOk"_s, u"250 2.0.0 Ok: queued as 4F2C81A0B3"_s, 80},
        {0, u"SendOk"_s, u"250 OK id=1lbmL4-0003Nx-Qd"_s, 20},
        {2, u"SmtpNxBox"_s, u"550 5.1.1 User unknown"_s, 40},
        {2, u"SmtpNxBox"_s, u"550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table"_s,
         15},
        {2, u"SysOutRcptOnAccountLevelBounceList"_s,
         u"563 The recipient is in the invalid address list of your account"_s, 15},
        {2, u"SysOutRcptOnGlobalBounceList"_s, u"559 Invalid rcptto"_s, 10},
        {3, u"SpamBlocked"_s, u"554 spam detected"_s, 25},
        {3, u"SpamBlocked"_s, u"554 5.7.1 Message rejected as spam by Content Filtering"_s, 10},
        {3, u"IpBlacklisted"_s, u"550 5.7.1 Client host blocked using zen.spamhaus.example"_s, 5},
        {4, u"MailboxFull"_s, u"552 Mailbox full"_s, 20},
        {4, u"MailboxFull"_s, u"452 4.2.2 The email account that you tried to reach is over quota"_s, 8},
        {4, u"Timeout"_s, u"421 4.7.0 Try again later"_s, 15},
        {4, u"Timeout"_s, u"Connection timed out after 60 seconds"_s, 8},
        {4, u"ConnectionRefused"_s, u"Connection refused by mx.example.com[203.0.113.7]:25"_s, 8},
        {4, u"DomainNotFound"_s, u"Host or domain name not found (NXDOMAIN)"_s, 6},
        {4, u"RelayDenied"_s, u"554 5.7.1 Relay access denied"_s, 4},
        {4, u"RemoteServerError"_s,
         u"451 4.3.0 \"Temporary\" lookup failure,\nsee https://example.com/help?a=1&b=2"_s, 2}};
    return list;
}

const QStringList &hostileRecipients()
{
    static const QStringList list = {u"\"quoted,name\"@example.com"_s,
                                     u"=cmd|' /C calc'!A0@example.com"_s,
                                     u"+plus.sign@example.com"_s,
                                     u"-dash@example.org"_s,
                                     u"@at.start@example.net"_s,
                                     u"用户@例子.中国"_s,
                                     u"emoji😀user@example.com"_s,
                                     u"new\nline@example.com"_s,
                                     u"comma,user@example.com"_s,
                                     u"b***@example.net"_s,
                                     u"a***@example.net"_s,
                                     u"O'Brien@example.ie"_s,
                                     u"user+tag@example.com"_s,
                                     u"tab\tuser@example.com"_s,
                                     u"UPPER.Case@Example.COM"_s,
                                     u"hash#dot.name@example.com"_s};
    return list;
}

const QStringList &hostileSubjects()
{
    static const QStringList list = {u"\"Quoted\" subject, with commas, and \"more quotes\""_s,
                                     u"Line one\nLine two\r\nLine three"_s,
                                     u"=HYPERLINK(\"http://evil.example\",\"click\")"_s,
                                     u"=1+2"_s,
                                     u"+49 30 1234567 call now"_s,
                                     u"-10% discount"_s,
                                     u"@everyone meeting moved"_s,
                                     u"\tTab-led subject"_s,
                                     u"测试邮件：你好，世界"_s,
                                     u"🚀🔥 Launch day 🎉✨"_s,
                                     u"Ünïcödé Çhäråctérs — “smart quotes” ‘single’"_s,
                                     u"<script>alert('x')</script> & <b>bold</b>"_s,
                                     u"Back\\slash and /slash; semi;colon"_s,
                                     u"مرحبا بالعالم"_s,
                                     u"zero\u200Bwidth"_s,
                                     QString(),
                                     u"Long subject 长主题 📨 "_s.repeated(55)};
    return list;
}

QString ordinaryRecipient(quint64 random)
{
    const QString first = pick(firstNames(), random);
    const QString last = pick(lastNames(), random >> 8);
    const QString domain = pick(domains(), random >> 16);
    const int number = int((random >> 24) % 1000);
    switch ((random >> 40) % 4) {
    case 0:
        return first + u'.' + last + u'@' + domain;
    case 1:
        return first + last + QString::number(number) + u'@' + domain;
    case 2:
        return first.left(1) + u'.' + last + u'@' + domain;
    default:
        return first + u'_' + last + QString::number(number % 100) + u'@' + domain;
    }
}

QString ordinarySubject(quint64 random)
{
    static const QStringList templates = {u"Your order #%1 has shipped"_s,
                                          u"Invoice %1 for %2"_s,
                                          u"Password reset requested"_s,
                                          u"Weekly digest – week %1"_s,
                                          u"【通知】您的订单 %1 已发货"_s,
                                          u"Welcome aboard, %2!"_s,
                                          u"Ihre Bestellung %1 – Versandbestätigung"_s,
                                          u"Last chance: %1% off everything 🎉"_s,
                                          u"Security alert: new sign-in from %2"_s,
                                          u"Votre facture n° %1"_s};
    const QString number = QString::number((random >> 8) % 100000);
    QString subject = pick(templates, random);
    if (subject.contains(u"%1"))
        subject = subject.replace(u"%1"_s, number);
    if (subject.contains(u"%2"))
        subject = subject.replace(u"%2"_s, pick(firstNames(), random >> 32));
    return subject;
}

} // namespace sendtrail::sandboxvocabulary
