#include "aliyunimportdialog.h"
#include "connection/appsession.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "credentials/sessionsecretstore.h"
#include "profilesdialog.h"
#include "uitestsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SENDTRAIL_SOURCE_DIR "/tests/credentials/data/") + QString::fromLatin1(name);
}

// A keychain that holds every write until the test answers it, so the test can look at the
// dialog while the import waits; reads and removes are answered by memory at once.
class HeldSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    bool isPersistent() const override { return true; }
    void read(const QString &key, QObject *context, Handler handler) override
    {
        m_memory->read(key, context, std::move(handler));
    }
    void remove(const QString &key, QObject *context, Handler handler) override
    {
        m_memory->remove(key, context, std::move(handler));
    }
    void write(const QString &key, const QByteArray &secret, QObject *context, Handler handler) override
    {
        m_held.append({key, secret, context, std::move(handler)});
    }

    qsizetype held() const { return m_held.size(); }
    // Answers the writes held so far (later ones are held again): stored, or refused as locked.
    void release(bool fail = false)
    {
        for (Held &write : std::exchange(m_held, {})) {
            if (!fail) {
                m_memory->write(write.key, write.secret, write.context, std::move(write.handler));
                continue;
            }
            QTimer::singleShot(0, this, [write = std::move(write)] {
                Result refused;
                refused.error = CredentialError::locked(u"the test locked it"_s);
                if (write.context)
                    write.handler(refused);
            });
        }
    }

private:
    struct Held
    {
        QString key;
        QByteArray secret;
        QPointer<QObject> context;
        Handler handler;
    };
    SessionSecretStore *m_memory = new SessionSecretStore(this);
    QList<Held> m_held;
};

} // namespace

// The dialog opened from the Profiles dialog, over the credentials fixtures; a stand-in keychain.
class TestAliyunImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init();
    void cleanup();

    void opens_listsCandidatesAndSkippedWithReasons();
    void import_waitsOnKeychainWithoutBlockingAndReportsInWords();
    void keychainFailure_reportedInWordsNothingSaved();
    void takenName_isSkipped();
    void unusableFile_explainedAndImportDisabled();
    void accelerators_areUnique();

private:
    AliyunImportDialog *openImport(const QString &path);
    static QStringList column(QTableWidget *list, int column);

    HeldSecretStore *m_keychain = nullptr;
    AppSession *m_session = nullptr;
    ProfilesDialog *m_profiles = nullptr;
};

void TestAliyunImportDialog::init()
{
    ProfileStore store;
    for (const QString &name : store.names())
        store.remove(name);
    m_keychain = new HeldSecretStore;
    m_session = new AppSession(nullptr, m_keychain);
    m_profiles = new ProfilesDialog(m_session);
    m_profiles->show();
}

void TestAliyunImportDialog::cleanup()
{
    delete m_profiles;
    delete m_session; // owns m_keychain
}

AliyunImportDialog *TestAliyunImportDialog::openImport(const QString &path)
{
    m_profiles->setAliyunConfigPath(path);
    QTest::mouseClick(m_profiles->findChild<QPushButton *>(u"importAliyunButton"_s), Qt::LeftButton);
    auto *dialog = m_profiles->findChild<AliyunImportDialog *>(u"aliyunImportDialog"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList TestAliyunImportDialog::column(QTableWidget *list, int column)
{
    QStringList texts;
    for (int row = 0; row < list->rowCount(); ++row)
        texts << list->item(row, column)->text();
    return texts;
}

void TestAliyunImportDialog::opens_listsCandidatesAndSkippedWithReasons()
{
    AliyunImportDialog *dialog = openImport(fixture("aliyun-all-modes.json"));
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTableWidget *>(u"profilesTable"_s);
    QCOMPARE(list->rowCount(), 17);
    QCOMPARE(column(list, 0).mid(0, 3), (QStringList{u"default"_s, u"temporary"_s, u"lowercase"_s}));
    QCOMPARE(column(list, 2).mid(0, 3), (QStringList{u"****0001"_s, u"****0002"_s, u"****0003"_s}));
    QCOMPARE(column(list, 4).mid(0, 3), (QStringList{u"no"_s, u"yes"_s, u"no"_s}));
    const QStringList outcomes = column(list, 5);
    QCOMPARE(outcomes.at(0), u"Will be imported."_s);
    QVERIFY(
        outcomes.contains(u"Skipped: RamRoleArn profile: it assumes a RAM role through STS, which Sendtrail "
                          "does not do."_s));
    QVERIFY(outcomes.contains(u"Skipped: unknown mode “QuantumKey”; only AK and StsToken profiles can be "
                              "imported."_s));
    for (int c = 0; c < list->columnCount(); ++c) {
        const QString all = column(list, c).join(u'|');
        QVERIFY(!all.contains(u"LTAI5tFixture"_s) && !all.contains(u"fixture-"_s)); // no key ID, no secret
    }
    QVERIFY(dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(u"resultLabel"_s)->text(), u"3 profiles can be imported."_s);
    QVERIFY(m_session->profileNames().isEmpty()); // nothing happens before Import
}

void TestAliyunImportDialog::import_waitsOnKeychainWithoutBlockingAndReportsInWords()
{
    AliyunImportDialog *dialog = openImport(fixture("aliyun-all-modes.json"));
    QVERIFY(dialog);
    QSignalSpy imported(m_profiles, &ProfilesDialog::profilesImported);
    auto *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
    auto *result = dialog->findChild<QLabel *>(u"resultLabel"_s);
    QTest::mouseClick(importButton, Qt::LeftButton);
    // The click returned while the keychain holds the first write: the window is live, waiting.
    QTRY_COMPARE(m_keychain->held(), qsizetype(1));
    QVERIFY(result->text().contains(u"Importing"_s));
    QVERIFY(!importButton->isEnabled());
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isEnabled());
    QVERIFY(m_session->profileNames().isEmpty());

    // default (secret), temporary (secret, token), lowercase (secret); each answered as it comes.
    QTRY_VERIFY((m_keychain->release(), imported.count() == 1));
    QCOMPARE(imported.at(0).at(0).toStringList(),
             (QStringList{u"default"_s, u"temporary"_s, u"lowercase"_s}));
    QCOMPARE(result->text(), u"Imported 3 of 3; the secrets are in the system keychain."_s);
    QCOMPARE(column(dialog->findChild<QTableWidget *>(), 5).mid(0, 3),
             (QStringList{u"Imported."_s, u"Imported."_s, u"Imported."_s}));
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close));
    QCOMPARE(m_session->profileNames(), (QStringList{u"default"_s, u"lowercase"_s, u"temporary"_s}));
    QVERIFY(!m_session->isSessionOnly(u"temporary"_s));
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(u"temporary"_s)).secret,
             QByteArray("fixture-sts-token-0002"));
    QSettings settings(m_session->savedProfiles()->profiles()->settingsFileName(), QSettings::NativeFormat);
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(u"fixture-"_s));
    QVERIFY(m_profiles->findChild<QLabel *>(u"resultLabel"_s)
                ->text()
                .contains(u"default, temporary, lowercase"_s));
}

void TestAliyunImportDialog::keychainFailure_reportedInWordsNothingSaved()
{
    AliyunImportDialog *dialog = openImport(fixture("aliyun-all-modes.json"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_keychain->held(), qsizetype(1));
    m_keychain->release(true);
    auto *result = dialog->findChild<QLabel *>(u"resultLabel"_s);
    QTRY_VERIFY(result->text().contains(u"The keychain failed"_s));
    QVERIFY2(result->text().startsWith(u"Nothing was imported."_s), qPrintable(result->text()));
    const QStringList outcomes = column(dialog->findChild<QTableWidget *>(), 5);
    QVERIFY(outcomes.at(0).startsWith(u"Not imported: "_s));
    QCOMPARE(outcomes.at(1), u"Not imported: not tried after the keychain failed"_s);
    QCOMPARE(m_keychain->held(), qsizetype(0)); // stopped: nothing more was asked of the keychain
    QVERIFY(m_session->profileNames().isEmpty());
}

void TestAliyunImportDialog::takenName_isSkipped()
{
    ProfileStore store;
    Profile existing;
    existing.name = u"Default"_s;
    existing.accessKeyId = u"LTAI5tAlreadyHere01"_s;
    existing.regionId = u"us-east-1"_s;
    QVERIFY(store.add(existing).isEmpty());
    AliyunImportDialog *dialog = openImport(fixture("aliyun-all-modes.json"));
    QVERIFY(dialog);
    QVERIFY(
        column(dialog->findChild<QTableWidget *>(), 5)
            .contains(u"Skipped: Sendtrail already has a profile of this name; it is not overwritten."_s));
    QCOMPARE(dialog->findChild<QLabel *>(u"resultLabel"_s)->text(), u"2 profiles can be imported."_s);
}

void TestAliyunImportDialog::unusableFile_explainedAndImportDisabled()
{
    const QString path = fixture("aliyun-malformed.json");
    AliyunImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    const QString intro = dialog->findChild<QLabel *>(u"introLabel"_s)->text();
    QVERIFY2(intro.contains(path) && intro.contains(u"is not valid JSON"_s), qPrintable(intro));
    QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QVERIFY(!dialog->findChild<QTableWidget *>()->isVisible());
}

void TestAliyunImportDialog::accelerators_areUnique()
{
    QDialog control; // the check finds a clash
    new QPushButton(u"&Open"_s, &control);
    new QPushButton(u"&Other"_s, &control);
    QCOMPARE(uitest::acceleratorClashes(&control), QStringList{u"o: &Open / &Other"_s});

    QCOMPARE(uitest::acceleratorClashes(m_profiles), QStringList());
    AliyunImportDialog *dialog = openImport(fixture("aliyun-all-modes.json"));
    QVERIFY(dialog);
    QCOMPARE(uitest::acceleratorClashes(dialog), QStringList());
}

QTEST_MAIN(TestAliyunImportDialog)
#include "tst_aliyunimportdialog.moc"
