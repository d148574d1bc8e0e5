#include "credentials/sessionsecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sendtrail {

class TestSessionSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeThenRead_returnsSameBytes();
    void writeTwice_readReturnsLatest();
    void remove_thenRead_reportsNotFound();
    void remove_missingKey_succeeds();
    void handler_isNeverCalledSynchronously();
    void handler_contextDestroyed_isNotCalled();
    void signalApi_emitsPastTenseSignals();
    void clear_forgetsEverything();
    void isNotPersistent();
    void usableThroughTheInterface();
};

void TestSessionSecretStore::writeThenRead_returnsSameBytes()
{
    SessionSecretStore store;
    const QByteArray secret = u"pässwörd+/=密钥"_s.toUtf8();
    QVERIFY(writeSecretBlocking(store, u"p"_s, secret).ok());
    const auto read = readSecretBlocking(store, u"p"_s);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, secret);
}

void TestSessionSecretStore::writeTwice_readReturnsLatest()
{
    SessionSecretStore store;
    QVERIFY(writeSecretBlocking(store, u"p"_s, "one").ok());
    QVERIFY(writeSecretBlocking(store, u"p"_s, "two").ok());
    QCOMPARE(readSecretBlocking(store, u"p"_s).secret, QByteArray("two"));
}

void TestSessionSecretStore::remove_thenRead_reportsNotFound()
{
    SessionSecretStore store;
    QVERIFY(writeSecretBlocking(store, u"p"_s, "one").ok());
    QVERIFY(removeSecretBlocking(store, u"p"_s).ok());
    const auto read = readSecretBlocking(store, u"p"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error->kind, CredentialError::Kind::NotFound);
}

void TestSessionSecretStore::remove_missingKey_succeeds()
{
    SessionSecretStore store;
    QVERIFY(removeSecretBlocking(store, u"nothing"_s).ok());
}

void TestSessionSecretStore::handler_isNeverCalledSynchronously()
{
    SessionSecretStore store;
    bool called = false;
    store.write(u"p"_s, "x", nullptr, [&](const SecretStore::Result &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestSessionSecretStore::handler_contextDestroyed_isNotCalled()
{
    SessionSecretStore store;
    auto *context = new QObject;
    bool called = false;
    store.read(u"p"_s, context, [&](const SecretStore::Result &) { called = true; });
    delete context;
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestSessionSecretStore::signalApi_emitsPastTenseSignals()
{
    SessionSecretStore store;
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy failed(&store, &SecretStore::secretFailed);
    store.writeSecret(u"k"_s, "v");
    QVERIFY(written.wait());
    store.readSecret(u"k"_s);
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(1).toByteArray(), QByteArray("v"));
    store.readSecret(u"missing"_s);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).toString(), u"missing"_s);
    QCOMPARE(failed.first().at(1).value<SecretStore::Operation>(), SecretStore::Operation::Read);
}

void TestSessionSecretStore::clear_forgetsEverything()
{
    SessionSecretStore store;
    QVERIFY(writeSecretBlocking(store, u"a"_s, "1").ok());
    QVERIFY(writeSecretBlocking(store, u"b"_s, "2").ok());
    store.clear();
    QVERIFY(!readSecretBlocking(store, u"a"_s).ok());
    QVERIFY(!readSecretBlocking(store, u"b"_s).ok());
}

void TestSessionSecretStore::isNotPersistent()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
}

void TestSessionSecretStore::usableThroughTheInterface()
{
    SessionSecretStore session;
    SecretStore &store = session;
    QVERIFY(writeSecretBlocking(store, u"i"_s, "via-interface").ok());
    QCOMPARE(readSecretBlocking(store, u"i"_s).secret, QByteArray("via-interface"));
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestSessionSecretStore)
#include "tst_sessionsecretstore.moc"
