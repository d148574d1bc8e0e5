// Which failed records offer the invalid-address check: the account's own list and missing
// mailboxes, never the platform's list, deliveries or other failures.
#include "present/invalidaddressrule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestInvalidAddressRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isInvalidAddressFailure_data();
    void isInvalidAddressFailure();
};

void TestInvalidAddressRule::isInvalidAddressFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("classification");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");
    const int invalid = int(DeliveryStatus::InvalidAddress);
    const int failed = int(DeliveryStatus::Failed);
    const int delivered = int(DeliveryStatus::Delivered);
    const QString a = u"a@example.com"_s;
    QTest::newRow("nxbox") << invalid << u"SmtpNxBox"_s << QString() << a << true;
    QTest::newRow("nxbox any case") << invalid << u" smtpnxbox "_s << QString() << a << true;
    QTest::newRow("account list") << invalid << u"SysOutRcptOnAccountLevelBounceList"_s << QString() << a
                                  << true;
    QTest::newRow("global list") << invalid << u"SysOutRcptOnGlobalBounceList"_s << u"559 global"_s << a
                                 << false;
    QTest::newRow("550 5.1.1") << failed << QString() << u"smtp;550 5.1.1 <a@example.com>: rejected"_s << a
                               << true;
    QTest::newRow("550 user unknown")
        << failed << QString() << u"550 User unknown in virtual table"_s << a << true;
    QTest::newRow("550 no such user")
        << failed << QString() << u"host mx said: 550 No such user here"_s << a << true;
    QTest::newRow("563 account list") << failed << QString() << u"563 on the list"_s << a << true;
    QTest::newRow("550 policy") << failed << QString() << u"550 rejected by policy"_s << a << false;
    QTest::newRow("554 spam") << failed << QString() << u"554 5.7.1 spam"_s << a << false;
    QTest::newRow("4xx user unknown")
        << failed << QString() << u"450 4.1.1 user unknown, try later"_s << a << false;
    QTest::newRow("552 full") << failed << QString() << u"552 5.2.2 mailbox full"_s << a << false;
    QTest::newRow("delivered") << delivered << u"SendOk"_s << u"250 ok"_s << a << false;
    QTest::newRow("delivered nxbox") << delivered << u"SmtpNxBox"_s << QString() << a << false;
    QTest::newRow("no address") << invalid << u"SmtpNxBox"_s << QString() << QString() << false;
    QTest::newRow("no reply") << failed << QString() << QString() << a << false;
}

void TestInvalidAddressRule::isInvalidAddressFailure()
{
    QFETCH(int, status);
    QFETCH(QString, classification);
    QFETCH(QString, message);
    QFETCH(QString, address);
    QFETCH(bool, expected);
    MailRecord record;
    record.status = DeliveryStatus(status);
    record.errorClassification = classification;
    record.message = message;
    record.toAddress = address;
    QCOMPARE(InvalidAddressRule::isInvalidAddressFailure(record), expected);
}

QTEST_APPLESS_MAIN(TestInvalidAddressRule)
#include "tst_invalidaddressrule.moc"
