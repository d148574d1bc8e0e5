#include "connection/appsession.h"
#include "credentials/profilestore.h"
#include "credentials/sessionsecretstore.h"
#include "profilesdialog.h"
#include "sandbox/sandboxserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

// The dialog against a memory-only stand-in for the system keychain, so the test can look
// inside it; the profile settings go to this test's own XDG_CONFIG_HOME.
class TestProfilesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_storesSecretInKeychainAndNeverShowsItAgain();
    void save_invalidFields_flaggedAndNothingStored();
    void caFile_withoutCertificate_isFlaggedAndAValidOneIsStored();
    void delete_removesProfileAndKeychainEntry();
    void testConnection_reportsSuccessAndFailureInWords();
    void saveAfterFailedTest_warnsAndSavesOnlyWhenConfirmed();
    void longMessage_growsTheDialogInsteadOfSquashingFields();

private:
    template <typename T> T *child(const QString &name) const { return m_dialog->findChild<T *>(name); }
    void fill(const QString &name, const QString &id, const QString &secret);
    std::optional<SecretStore::Result> readSecret(const QString &key);

    QTemporaryDir m_config;
    SessionSecretStore *m_keychain = nullptr;
    AppSession *m_session = nullptr;
    ProfilesDialog *m_dialog = nullptr;
};

void TestProfilesDialog::initTestCase()
{
    // Settings go to the XDG_CONFIG_HOME that ctest sets for this executable alone; run by hand,
    // a temporary one, so the user's real profiles are never touched.
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationName(u"SendtrailUiTest"_s);
}

void TestProfilesDialog::init()
{
    ProfileStore store;
    for (const QString &name : store.names())
        store.remove(name);
    m_keychain = new SessionSecretStore;
    m_session = new AppSession(nullptr, m_keychain);
    m_dialog = new ProfilesDialog(m_session);
    m_dialog->show();
}

void TestProfilesDialog::cleanup()
{
    delete m_dialog;
    delete m_session; // owns m_keychain
}

void TestProfilesDialog::fill(const QString &name, const QString &id, const QString &secret)
{
    child<QLineEdit>(u"nameLineEdit"_s)->setText(name);
    child<QLineEdit>(u"accessKeyIdLineEdit"_s)->setText(id);
    child<QLineEdit>(u"secretLineEdit"_s)->setText(secret);
}

std::optional<SecretStore::Result> TestProfilesDialog::readSecret(const QString &key)
{
    std::optional<SecretStore::Result> result;
    m_keychain->read(key, nullptr, [&result](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

void TestProfilesDialog::save_storesSecretInKeychainAndNeverShowsItAgain()
{
    auto *secret = child<QLineEdit>(u"secretLineEdit"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    fill(u"work"_s, u"LTAI5tExampleKey01"_s, u"s3cret-value"_s);
    QSignalSpy saved(m_dialog, &ProfilesDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.at(0).at(0).toString(), u"work"_s);

    QCOMPARE(m_session->profileNames(), QStringList{u"work"_s});
    const auto stored = readSecret(secretKeyFor(u"work"_s));
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->secret, QByteArray("s3cret-value"));
    // Shown again: masked, empty, disabled; only "Replace secret" is offered.
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!secret->isEnabled());
    QVERIFY(child<QPushButton>(u"replaceSecretButton"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"nameLineEdit"_s)->isReadOnly());
    // Nothing secret in the settings file.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(u"s3cret"_s));
}

void TestProfilesDialog::save_invalidFields_flaggedAndNothingStored()
{
    fill(u"bad name!"_s, u"x"_s, QString());
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"nameErrorLabel"_s)->isVisible());
    QVERIFY(child<QLabel>(u"accessKeyIdErrorLabel"_s)->isVisible());
    QVERIFY(child<QLabel>(u"secretErrorLabel"_s)->isVisible());
    QTest::qWait(200);
    QVERIFY(m_session->profileNames().isEmpty());
}

void TestProfilesDialog::caFile_withoutCertificate_isFlaggedAndAValidOneIsStored()
{
    fill(u"corp"_s, u"LTAI5tExampleKey01"_s, u"s3cret-value"_s);
    auto *caFile = child<QLineEdit>(u"caFileLineEdit"_s);
    QCOMPARE(child<QLabel>(u"caFileLabel"_s)->buddy(), caFile);
    caFile->setText(QStringLiteral(SENDTRAIL_SOURCE_DIR "/README.md"));
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    auto *error = child<QLabel>(u"caFileErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"holds no PEM certificate"_s), qPrintable(error->text()));
    QTest::qWait(200);
    QVERIFY(m_session->profileNames().isEmpty());

    const QString pem = QStringLiteral(SENDTRAIL_SOURCE_DIR "/tests/client/data/ca.pem");
    caFile->setText(pem);
    QSignalSpy saved(m_dialog, &ProfilesDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QVERIFY(!error->isVisible());
    const auto stored = m_session->profile(u"corp"_s);
    QVERIFY(stored);
    QCOMPARE(stored->caFile, pem);
}

void TestProfilesDialog::delete_removesProfileAndKeychainEntry()
{
    fill(u"old"_s, u"LTAI5tExampleKey02"_s, u"gone-soon"_s);
    QSignalSpy saved(m_dialog, &ProfilesDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(5000));

    QSignalSpy removed(m_dialog, &ProfilesDialog::profileRemoved);
    QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"confirmRemoveMessageBox"_s)) != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    QVERIFY(m_session->profileNames().isEmpty());
    const auto stored = readSecret(secretKeyFor(u"old"_s));
    QVERIFY(stored);
    QVERIFY(!stored->ok());
    QCOMPARE(stored->error->kind, CredentialError::Kind::NotFound);
}

void TestProfilesDialog::testConnection_reportsSuccessAndFailureInWords()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen(0));
    auto *region = child<QComboBox>(u"regionComboBox"_s);
    region->setCurrentIndex(region->count() - 1); // custom endpoint
    child<QLineEdit>(u"endpointLineEdit"_s)->setText(sandbox.endpoint().toString());
    fill(u"sandbox"_s, SandboxServer::demoAccessKeyId(),
         QString::fromLatin1(SandboxServer::demoAccessKeySecret()));
    auto *result = child<QLabel>(u"resultLabel"_s);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Connection works"_s), 15000);
    QCOMPARE(sandbox.callCount(), 1);

    child<QLineEdit>(u"secretLineEdit"_s)->setText(u"wrong-secret"_s);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"test failed"_s), 15000);
    QVERIFY(!result->text().contains(u"wrong-secret"_s));
}

void TestProfilesDialog::saveAfterFailedTest_warnsAndSavesOnlyWhenConfirmed()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen(0));
    auto *region = child<QComboBox>(u"regionComboBox"_s);
    region->setCurrentIndex(region->count() - 1);
    child<QLineEdit>(u"endpointLineEdit"_s)->setText(sandbox.endpoint().toString());
    fill(u"typo"_s, SandboxServer::demoAccessKeyId(), u"wrong-secret"_s);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"resultLabel"_s)->text().contains(u"test failed"_s), 15000);

    QSignalSpy saved(m_dialog, &ProfilesDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"failedTestMessageBox"_s)) != nullptr);
    QVERIFY(box->text().contains(u"test of this profile failed"_s));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_session->profileNames().isEmpty());

    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"failedTestMessageBox"_s)) != nullptr &&
                box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(u"saveAnywayButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_session->profileNames(), QStringList{u"typo"_s});
}

void TestProfilesDialog::longMessage_growsTheDialogInsteadOfSquashingFields()
{
    m_dialog->resize(m_dialog->sizeHint());
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    const int before = m_dialog->height();
    QString longText;
    for (int i = 0; i < 12; ++i)
        longText += u"The service refused the request because the AccessKey has no permission for this. "_s;
    child<QLabel>(u"resultLabel"_s)->setText(longText);
    QTRY_VERIFY(m_dialog->height() > before);
    for (QLineEdit *edit : m_dialog->findChildren<QLineEdit *>()) {
        if (edit->isVisible() && !qobject_cast<QComboBox *>(edit->parentWidget())) // a combo's own edit
            QVERIFY2(edit->height() >= edit->minimumSizeHint().height(), qPrintable(edit->objectName()));
    }
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
