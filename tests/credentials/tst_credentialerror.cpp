// Mapping of QtKeychain codes + backend texts to CredentialError. The texts are the ones observed
// on Debian 12 (qtkeychain 0.13.2, libsecret 0.20.5, gnome-keyring 42.1; reliability.md §1).

#include "credentials/credentialerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sendtrail {

class TestCredentialError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_codesAndTexts_data();
    void classify_codesAndTexts();
    void noKeychain_messageSaysSoPlainly();
    void notFound_messageDoesNotClaimThereIsNoKey();
    void timeout_messageNamesTheDelay();
    void other_keepsTheBackendTextAsDetail();
};

void TestCredentialError::classify_codesAndTexts_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CredentialError::Kind>("kind");

    using K = CredentialError::Kind;
    QTest::newRow("EntryNotFound") << 1 << u"Entry not found"_s << K::NotFound;
    QTest::newRow("AccessDeniedByUser") << 3 << u"User denied"_s << K::AccessDenied;
    QTest::newRow("AccessDenied = libsecret IS_LOCKED") << 4 << u"Collection is locked"_s << K::Locked;
    QTest::newRow("NoBackendAvailable") << 5 << u"No keychain service available"_s << K::NoKeychain;
    QTest::newRow("NotImplemented") << 6 << QString() << K::NoKeychain;
    QTest::newRow("no provider on the bus")
        << 7 << u"The name org.freedesktop.secrets was not provided by any .service files"_s << K::NoKeychain;
    QTest::newRow("no session bus") << 7 << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                    << K::NoKeychain;
    QTest::newRow("bus socket missing")
        << 7 << u"Could not connect: No such file or directory"_s << K::NoKeychain;
    QTest::newRow("kwallet not running")
        << 7 << u"Could not open wallet: org.freedesktop.DBus.Error.ServiceUnknown; no such name"_s
        << K::NoKeychain;
    QTest::newRow("no login collection")
        << 7 << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s << K::Locked;
    QTest::newRow("locked collection") << 7 << u"Cannot create an item in a locked collection"_s << K::Locked;
    QTest::newRow("unknown D-Bus failure")
        << 7 << u"Message recipient disconnected from message bus"_s << K::Other;
    QTest::newRow("CouldNotDeleteEntry") << 2 << u"Could not delete"_s << K::Other;
    QTest::newRow("empty OtherError") << 7 << QString() << K::Other;
}

void TestCredentialError::classify_codesAndTexts()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(CredentialError::Kind, kind);
    const CredentialError error = classifyKeychainError(code, text);
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.message.isEmpty());
}

void TestCredentialError::noKeychain_messageSaysSoPlainly()
{
    const auto error = classifyKeychainError(7, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    QCOMPARE(error.message, u"No system keychain is available (Secret Service not running). Start "
                            "gnome-keyring or KWallet, or use a session-only profile."_s);
    QCOMPARE(error.detail, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
}

void TestCredentialError::notFound_messageDoesNotClaimThereIsNoKey()
{
    const auto error = CredentialError::notFound();
    QVERIFY(error.message.contains(u"locked"_s));
    QVERIFY(!error.message.contains(u"no key"_s, Qt::CaseInsensitive));
    QVERIFY(!error.message.contains(u"does not exist"_s));
}

void TestCredentialError::timeout_messageNamesTheDelay()
{
    const auto error = CredentialError::timeout(10s);
    QCOMPARE(error.kind, CredentialError::Kind::Timeout);
    QVERIFY2(error.message.contains(u"10 s"_s), qPrintable(error.message));
    QVERIFY(error.message.contains(u"may still complete"_s));
    QVERIFY2(CredentialError::timeout(1500ms).message.contains(u"1.5 s"_s), "fractions are kept");
}

void TestCredentialError::other_keepsTheBackendTextAsDetail()
{
    const auto error = classifyKeychainError(7, u"Something odd"_s);
    QCOMPARE(error.kind, CredentialError::Kind::Other);
    QCOMPARE(error.detail, u"Something odd"_s);
    QVERIFY(error.message.contains(u"Something odd"_s));
    QCOMPARE(CredentialError::kindName(CredentialError::Kind::NoKeychain), u"NoKeychain"_s);
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestCredentialError)
#include "tst_credentialerror.moc"
