#include "present/deliveryexplainer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sendtrail::DeliveryExplainer;
using sendtrail::DeliveryStatus;
using sendtrail::ReplyKind;

class TestDeliveryExplainer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSmtpReply_findsCodes_data();
    void parseSmtpReply_findsCodes();
    void explainClassification_knownValues_data();
    void explainClassification_knownValues();
    void explainClassification_unknownValue_namesItAndStaysHonest();
    void explainSmtpReply_commonCodes_data();
    void explainSmtpReply_commonCodes();
    void explainRecord_bounceList_tellsHowToRemoveAndResend();
    void explainRecord_delivered_hasNoNextStep();
    void statusText_coversEveryStatus_data();
    void statusText_coversEveryStatus();
};

void TestDeliveryExplainer::parseSmtpReply_findsCodes_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<ReplyKind>("kind");

    QTest::newRow("ok") << u"250 Send Mail OK"_s << 250 << QString() << ReplyKind::Success;
    QTest::newRow("user unknown") << u"550 5.1.1 <a@b.c>: Recipient address rejected"_s << 550 << u"5.1.1"_s
                                  << ReplyKind::Permanent;
    QTest::newRow("wrapped") << u"host mx.example.com said: 421 4.7.0 Try again later"_s << 421 << u"4.7.0"_s
                             << ReplyKind::Temporary;
    QTest::newRow("dash continuation")
        << u"552-5.2.2 Mailbox full"_s << 552 << u"5.2.2"_s << ReplyKind::Permanent;
    QTest::newRow("smtp prefix") << u"smtp;554 Transaction failed"_s << 554 << QString()
                                 << ReplyKind::Permanent;
    QTest::newRow("enhanced only") << u"status 5.7.1 blocked"_s << 0 << u"5.7.1"_s << ReplyKind::Permanent;
    QTest::newRow("no code") << u"Timeout waiting for the remote server"_s << 0 << QString()
                             << ReplyKind::None;
    QTest::newRow("number inside text is not a code")
        << u"queued as 5501234"_s << 0 << QString() << ReplyKind::None;
    QTest::newRow("empty") << QString() << 0 << QString() << ReplyKind::None;
}

void TestDeliveryExplainer::parseSmtpReply_findsCodes()
{
    QFETCH(QString, message);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(ReplyKind, kind);
    const auto reply = DeliveryExplainer::parseSmtpReply(message);
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.enhancedCode, enhanced);
    QCOMPARE(reply.kind, kind);
}

void TestDeliveryExplainer::explainClassification_knownValues_data()
{
    QTest::addColumn<QString>("classification");
    QTest::addColumn<QString>("summaryContains");
    QTest::addColumn<QStringList>("nextStepContains");

    QTest::newRow("SendOk") << u"SendOk"_s << u"delivered"_s << QStringList();
    QTest::newRow("SmtpNxBox") << u"SmtpNxBox"_s << u"does not exist"_s
                               << QStringList{u"Invalid Addresses"_s, u"DeleteInvalidAddress"_s};
    QTest::newRow("bounce list") << u"SysOutRcptOnAccountLevelBounceList"_s << u"invalid-address list"_s
                                 << QStringList{u"Invalid Addresses"_s, u"DeleteInvalidAddress"_s,
                                                u"send the message again"_s};
    QTest::newRow("case and spaces") << u"  sendok "_s << u"delivered"_s << QStringList();
}

void TestDeliveryExplainer::explainClassification_knownValues()
{
    QFETCH(QString, classification);
    QFETCH(QString, summaryContains);
    QFETCH(QStringList, nextStepContains);
    const auto e = DeliveryExplainer::explainClassification(classification);
    QVERIFY2(e.summary.contains(summaryContains), qPrintable(e.summary));
    QCOMPARE(e.nextStep.isEmpty(), nextStepContains.isEmpty());
    for (const QString &part : std::as_const(nextStepContains))
        QVERIFY2(e.nextStep.contains(part), qPrintable(e.nextStep));
}

void TestDeliveryExplainer::explainClassification_unknownValue_namesItAndStaysHonest()
{
    const auto e = DeliveryExplainer::explainClassification(u"SomethingNew"_s);
    QVERIFY(e.summary.contains(u"SomethingNew"_s));
    QVERIFY(e.detail.contains(u"no explanation"_s));
    const auto spam = DeliveryExplainer::explainClassification(u"SpamContentRejected"_s);
    QVERIFY(spam.detail.contains(u"spam"_s));
}

void TestDeliveryExplainer::explainSmtpReply_commonCodes_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("summaryContains");
    QTest::addColumn<QString>("detailContains");

    QTest::newRow("250") << u"250 Send Mail OK"_s << u"accepted"_s << QString();
    QTest::newRow("421") << u"421 Too many connections"_s << u"busy"_s << u"temporary"_s;
    QTest::newRow("451") << u"451 4.7.1 Greylisted"_s << u"greylisting"_s << u"retries"_s;
    QTest::newRow("535") << u"535 Authentication failure"_s << u"authentication"_s << u"password"_s;
    QTest::newRow("550 nobody") << u"550 5.1.1 User unknown"_s << u"does not exist"_s << u"permanent"_s;
    QTest::newRow("550 policy") << u"550 Message rejected as spam"_s << u"policy"_s << u"permanent"_s;
    QTest::newRow("552") << u"552 5.2.2 Mailbox full"_s << u"full"_s << u"mailbox is full"_s;
    QTest::newRow("553") << u"553 Invalid address syntax"_s << u"not allowed"_s << u"permanent"_s;
    QTest::newRow("554") << u"554 DT:SPM"_s << u"spam"_s << u"permanent"_s;
    QTest::newRow("559") << u"559 Invalid rcptto"_s << u"global invalid-address"_s << u"permanent"_s;
    QTest::newRow("499 generic") << u"499 Odd"_s << u"temporary"_s << u"retries"_s;
    QTest::newRow("599 generic") << u"599 Odd"_s << u"permanent"_s << u"permanent"_s;
    QTest::newRow("no code") << u"Delivery in progress"_s << u"no SMTP code"_s << u"service"_s;
}

void TestDeliveryExplainer::explainSmtpReply_commonCodes()
{
    QFETCH(QString, message);
    QFETCH(QString, summaryContains);
    QFETCH(QString, detailContains);
    const auto e = DeliveryExplainer::explainSmtpReply(message);
    QVERIFY2(e.summary.contains(summaryContains, Qt::CaseInsensitive), qPrintable(e.summary));
    if (!detailContains.isEmpty())
        QVERIFY2(e.detail.contains(detailContains, Qt::CaseInsensitive), qPrintable(e.detail));
}

void TestDeliveryExplainer::explainRecord_bounceList_tellsHowToRemoveAndResend()
{
    sendtrail::MailRecord record;
    record.status = DeliveryStatus::InvalidAddress;
    record.errorClassification = u"SysOutRcptOnAccountLevelBounceList"_s;
    record.message = u"550 Invalid rcptto on bounce list"_s;
    const QString text = DeliveryExplainer::explainRecord(record);
    QVERIFY(text.contains(u"Not delivered"_s));
    QVERIFY(text.contains(u"DeleteInvalidAddress"_s));
    QVERIFY(text.contains(u"What to do:"_s));
    QCOMPARE(text.count(u"\n\n"_s), 2); // status, classification, reply
}

void TestDeliveryExplainer::explainRecord_delivered_hasNoNextStep()
{
    sendtrail::MailRecord record;
    record.status = DeliveryStatus::Delivered;
    record.errorClassification = u"SendOk"_s;
    record.message = u"250 Send Mail OK"_s;
    const QString text = DeliveryExplainer::explainRecord(record);
    QVERIFY(text.startsWith(u"Delivered"_s));
    QVERIFY(!text.contains(u"What to do:"_s));
}

void TestDeliveryExplainer::statusText_coversEveryStatus_data()
{
    QTest::addColumn<DeliveryStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << DeliveryStatus::Delivered << u"Delivered"_s;
    QTest::newRow("2") << DeliveryStatus::InvalidAddress << u"Invalid address"_s;
    QTest::newRow("3") << DeliveryStatus::Spam << u"Spam"_s;
    QTest::newRow("4") << DeliveryStatus::Failed << u"Failed"_s;
    QTest::newRow("-1") << DeliveryStatus::Unknown << u"Unknown"_s;
}

void TestDeliveryExplainer::statusText_coversEveryStatus()
{
    QFETCH(DeliveryStatus, status);
    QFETCH(QString, text);
    QCOMPARE(DeliveryExplainer::statusText(status), text);
}

QTEST_APPLESS_MAIN(TestDeliveryExplainer)
#include "tst_deliveryexplainer.moc"
