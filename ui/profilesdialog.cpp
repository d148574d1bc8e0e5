#include "profilesdialog.h"

#include "aliyunimportdialog.h"
#include "connection/appsession.h"
#include "connection/connectiontest.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "ui_profilesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kCustomEndpointIndex = -1;

void showError(QLabel *label, const QString &text)
{
    label->setText(QCoreApplication::translate("sendtrail::ProfilesDialog", "⚠ %1").arg(text));
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setVisible(!text.isEmpty());
}

} // namespace

ProfilesDialog::ProfilesDialog(AppSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ProfilesDialog>()),
      m_test(new ConnectionTest(session->connection(), this)), m_aliyunConfigPath(defaultAliyunConfigPath())
{
    m_ui->setupUi(this);
    for (const QString &region : knownRegionIds())
        m_ui->regionComboBox->addItem(region, region);
    m_ui->regionComboBox->addItem(tr("Custom endpoint"), kCustomEndpointIndex);
    for (int hours : {8, 0, 9, 7, 1, -5})
        m_ui->offsetComboBox->addItem(u"UTC"_s + formatUtcOffset(hours * 3600));
    m_ui->offsetComboBox->lineEdit()->setAccessibleName(tr("Service time zone")); // editable: its own field
    connect(m_ui->regionComboBox, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateRegionFields);
    connect(m_ui->profilesListWidget, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            showProfile(m_ui->profilesListWidget->currentItem()->data(Qt::UserRole).toString());
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::confirmRemove);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->importAliyunButton, &QPushButton::clicked, this, &ProfilesDialog::openAliyunImport);
    connect(m_ui->replaceSecretButton, &QPushButton::clicked, this, [this] { setSecretEditable(true); });
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &ProfilesDialog::chooseCaFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &AppSession::keychainProbed, this, &ProfilesDialog::updateKeychainNote);
    connect(
        m_test, &ConnectionTest::passed, this,
        [this](const QString &requestId, bool hasRecords, bool hasMail) {
            setBusy(false);
            m_failedTest.reset();
            m_ui->resultLabel->setStyleSheet(u"color: #2e7d32;"_s);
            m_ui->resultLabel->setText(
                hasRecords
                    ? tr("✔ Connection works: the service accepted the key and answered (RequestId %1). %2")
                          .arg(requestId, hasMail ? tr("There is mail in the last hour.")
                                                  : tr("No mail in the last hour."))
                    : tr("The service answered, but not with sending records (RequestId %1).")
                          .arg(requestId));
        });
    connect(m_test, &ConnectionTest::failed, this, [this](const ApiError &error) {
        setBusy(false);
        m_failedTest = error.userText();
        m_ui->resultLabel->setStyleSheet(u"color: #c62828;"_s);
        m_ui->resultLabel->setText(tr("✘ The test failed: %1").arg(error.userText()));
    });
    // A failed test speaks for the values it tried; any edit makes it stale.
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->accessKeyIdLineEdit, m_ui->secretLineEdit,
                            m_ui->securityTokenLineEdit, m_ui->endpointLineEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_failedTest.reset(); });
    connect(m_ui->regionComboBox, &QComboBox::activated, this, [this] { m_failedTest.reset(); });
    updateKeychainNote();
    reloadList({});
}

// A long message wraps onto more lines than the dialog has room for: grow (up to the screen)
// rather than squash the fields.
bool ProfilesDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest && layout() && isVisible()) {
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        const int room = screen() ? screen()->availableGeometry().height() - 64 : needed;
        if (needed > height() && height() < room)
            resize(width(), qMin(needed, room));
    }
    return handled;
}
ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::reloadList(const QString &select)
{
    auto *list = m_ui->profilesListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const QString &name : m_session->profileNames()) {
        const QString text = m_session->isSessionOnly(name) ? tr("%1 (this session only)").arg(name) : name;
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, name);
        if (name == select)
            list->setCurrentItem(item);
    }
    if (list->count() == 0 || select.isEmpty())
        startNewProfile();
    else
        showProfile(select);
}

void ProfilesDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

void ProfilesDialog::startNewProfile()
{
    m_failedTest.reset();
    m_current.clear();
    m_ui->profilesListWidget->clearSelection();
    m_ui->nameLineEdit->clear();
    m_ui->nameLineEdit->setReadOnly(false);
    m_ui->accessKeyIdLineEdit->clear();
    m_ui->securityTokenLineEdit->clear();
    m_ui->regionComboBox->setCurrentIndex(0);
    m_ui->endpointLineEdit->clear();
    m_ui->caFileLineEdit->clear();
    m_ui->signatureComboBox->setCurrentIndex(0);
    m_ui->offsetComboBox->setCurrentIndex(0);
    m_ui->sessionOnlyCheckBox->setEnabled(true);
    m_ui->sessionOnlyCheckBox->setChecked(m_session->keychainState() ==
                                          AppSession::KeychainState::Unavailable);
    m_ui->removeButton->setEnabled(false);
    m_ui->resultLabel->clear();
    setSecretEditable(true);
    clearErrors();
    m_ui->nameLineEdit->setFocus();
}

void ProfilesDialog::showProfile(const QString &name)
{
    m_failedTest.reset();
    const auto profile = m_session->profile(name);
    if (!profile)
        return startNewProfile();
    m_current = name;
    clearErrors();
    m_ui->resultLabel->clear();
    m_ui->nameLineEdit->setText(profile->name);
    m_ui->nameLineEdit->setReadOnly(true); // the name keys the keychain entry
    m_ui->accessKeyIdLineEdit->setText(profile->accessKeyId);
    const int region = m_ui->regionComboBox->findData(profile->regionId);
    if (!profile->customEndpoint.isEmpty() || region < 0)
        m_ui->regionComboBox->setCurrentIndex(m_ui->regionComboBox->count() - 1);
    else
        m_ui->regionComboBox->setCurrentIndex(region);
    m_ui->endpointLineEdit->setText(profile->customEndpoint.toString());
    m_ui->signatureComboBox->setCurrentIndex(profile->signatureVersion == SignatureVersion::V1 ? 1 : 0);
    m_ui->offsetComboBox->setEditText(u"UTC"_s + formatUtcOffset(profile->serviceUtcOffsetSeconds));
    m_ui->caFileLineEdit->setText(profile->caFile);
    m_ui->securityTokenLineEdit->clear();
    m_ui->securityTokenLineEdit->setPlaceholderText(profile->hasSecurityToken
                                                        ? tr("stored; type to replace")
                                                        : tr("optional, for temporary credentials"));
    m_ui->sessionOnlyCheckBox->setChecked(m_session->isSessionOnly(name));
    m_ui->sessionOnlyCheckBox->setEnabled(false);
    m_ui->removeButton->setEnabled(true);
    setSecretEditable(false);
}

void ProfilesDialog::setSecretEditable(bool editable)
{
    auto *edit = m_ui->secretLineEdit;
    edit->clear();
    edit->setEnabled(editable);
    edit->setPlaceholderText(editable ? tr("AccessKey secret") : tr("stored in the keychain, never shown"));
    if (!m_current.isEmpty() && m_session->isSessionOnly(m_current) && !editable)
        edit->setPlaceholderText(tr("kept in memory for this session, never shown"));
    m_ui->replaceSecretButton->setVisible(!editable && !m_current.isEmpty());
    if (editable && !m_current.isEmpty())
        edit->setFocus();
}

void ProfilesDialog::updateRegionFields()
{
    const bool custom = m_ui->regionComboBox->currentData().toInt() == kCustomEndpointIndex &&
                        m_ui->regionComboBox->currentIndex() == m_ui->regionComboBox->count() - 1;
    m_ui->endpointLineEdit->setEnabled(custom);
}

void ProfilesDialog::updateKeychainNote()
{
    const bool unavailable = m_session->keychainState() == AppSession::KeychainState::Unavailable;
    m_ui->keychainLabel->setVisible(unavailable);
    if (unavailable) {
        m_ui->keychainLabel->setText(
            tr("No usable system keychain (%1). Secrets cannot be saved, but a profile can be used for "
               "this session only: it is kept in memory and forgotten when Sendtrail quits.")
                .arg(m_session->keychainProblem()));
        if (m_current.isEmpty())
            m_ui->sessionOnlyCheckBox->setChecked(true);
    }
}

std::optional<Profile> ProfilesDialog::profileFromFields()
{
    Profile p;
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.accessKeyId = m_ui->accessKeyIdLineEdit->text().trimmed();
    const bool custom = m_ui->endpointLineEdit->isEnabled();
    if (custom)
        p.customEndpoint = QUrl::fromUserInput(m_ui->endpointLineEdit->text().trimmed());
    else
        p.regionId = m_ui->regionComboBox->currentData().toString();
    p.signatureVersion =
        m_ui->signatureComboBox->currentIndex() == 1 ? SignatureVersion::V1 : SignatureVersion::V3;
    const auto offset = parseUtcOffset(m_ui->offsetComboBox->currentText());
    if (!offset) {
        showError(m_ui->offsetErrorLabel, tr("Write the offset like UTC+08:00."));
        return std::nullopt;
    }
    p.serviceUtcOffsetSeconds = *offset;
    p.caFile = m_ui->caFileLineEdit->text().trimmed();
    if (const auto stored = m_session->profile(m_current))
        p.hasSecurityToken = stored->hasSecurityToken;
    if (!m_ui->securityTokenLineEdit->text().isEmpty())
        p.hasSecurityToken = true;
    return p;
}

void ProfilesDialog::clearErrors()
{
    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->accessKeyIdErrorLabel, m_ui->secretErrorLabel,
                          m_ui->regionErrorLabel, m_ui->offsetErrorLabel, m_ui->caFileErrorLabel}) {
        label->clear();
        label->setVisible(false);
    }
}

void ProfilesDialog::showFieldErrors(const QList<ProfileFieldError> &errors)
{
    for (const ProfileFieldError &e : errors) {
        if (e.field == u"name"_s)
            showError(m_ui->nameErrorLabel, e.message);
        else if (e.field == u"accessKeyId"_s)
            showError(m_ui->accessKeyIdErrorLabel, e.message);
        else if (e.field == u"regionId"_s || e.field == u"customEndpoint"_s)
            showError(m_ui->regionErrorLabel, e.message);
        else if (e.field == u"serviceUtcOffset"_s)
            showError(m_ui->offsetErrorLabel, e.message);
        else if (e.field == u"caFile"_s)
            showError(m_ui->caFileErrorLabel, e.message);
        else
            showError(m_ui->secretErrorLabel, e.message);
    }
}

void ProfilesDialog::setBusy(bool busy, const QString &text)
{
    for (QPushButton *button :
         {m_ui->saveButton, m_ui->testButton, m_ui->addButton, m_ui->importAliyunButton})
        button->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && !m_current.isEmpty());
    if (!text.isEmpty()) {
        m_ui->resultLabel->setStyleSheet({});
        m_ui->resultLabel->setText(text);
    }
}

void ProfilesDialog::save()
{
    if (m_failedTest)
        return confirmSaveAfterFailedTest();
    saveProfile();
}

void ProfilesDialog::confirmSaveAfterFailedTest()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Profile"),
                                tr("The connection test of this profile failed: %1").arg(*m_failedTest),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"failedTestMessageBox"_s);
    box->setInformativeText(tr("Save it anyway? You can fix it later in Profiles."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *anyway = box->addButton(tr("&Save Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(u"saveAnywayButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(anyway, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    box->open();
}

void ProfilesDialog::saveProfile()
{
    clearErrors();
    const auto profile = profileFromFields();
    if (!profile)
        return;
    const bool adding = m_current.isEmpty();
    const bool sessionOnly =
        adding ? m_ui->sessionOnlyCheckBox->isChecked() : m_session->isSessionOnly(m_current);
    ProfileCredentials *target = sessionOnly ? m_session->sessionProfiles() : m_session->savedProfiles();
    QList<ProfileFieldError> errors =
        adding ? target->profiles()->validateForAdd(*profile) : validateProfile(*profile);
    if (adding && m_session->profile(profile->name))
        errors << ProfileFieldError{u"name"_s, tr("A profile with this name exists already.")};
    const QByteArray secret = m_ui->secretLineEdit->text().toUtf8();
    if (adding && secret.isEmpty())
        errors << ProfileFieldError{u"secret"_s, tr("Enter the AccessKey secret.")};
    if (!errors.isEmpty())
        return showFieldErrors(errors);
    const QByteArray token = m_ui->securityTokenLineEdit->text().toUtf8();
    setBusy(true, sessionOnly ? tr("Saving…") : tr("Saving; the keychain may ask for permission…"));
    const auto done = [this, p = *profile, sessionOnly](const ProfileOutcome &o) {
        onSaved(p, sessionOnly, o);
    };
    if (adding) {
        target->addProfile(*profile, secret, token, this, done);
    } else {
        const auto newSecret = secret.isEmpty() ? std::nullopt : std::optional<QByteArray>(secret);
        const auto newToken = token.isEmpty() ? std::nullopt : std::optional<QByteArray>(token);
        target->updateProfile(*profile, newSecret, newToken, this, done);
    }
}

void ProfilesDialog::onSaved(const Profile &profile, bool sessionOnly, const ProfileOutcome &outcome)
{
    setBusy(false);
    if (!outcome.ok()) {
        showFieldErrors(outcome.fieldErrors);
        QString text = outcome.message();
        if (outcome.credentialError && !sessionOnly) {
            text += u'\n' + tr("Nothing was saved. To use the profile anyway, tick \"this session only\" and "
                               "save again.");
            m_ui->sessionOnlyCheckBox->setEnabled(true);
        }
        m_ui->resultLabel->setStyleSheet(u"color: #c62828;"_s);
        m_ui->resultLabel->setText(text);
        return;
    }
    m_ui->securityTokenLineEdit->clear();
    reloadList(profile.name);
    m_ui->resultLabel->setText(sessionOnly ? tr("Saved for this session; the secret is kept in memory only.")
                                           : tr("Saved; the secret is in the system keychain."));
    Q_EMIT profileSaved(profile.name);
}

void ProfilesDialog::confirmRemove()
{
    if (m_current.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                        tr("Delete the profile \"%1\" and its secret in the keychain?").arg(m_current),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoveMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_current;
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes)
            remove(name);
    });
    box->open();
}

void ProfilesDialog::remove(const QString &name)
{
    setBusy(true, tr("Deleting…"));
    m_session->credentialsFor(name)->removeProfile(name, false, this, [this, name](const ProfileOutcome &o) {
        setBusy(false);
        if (!o.ok()) {
            m_ui->resultLabel->setText(o.message());
            return;
        }
        reloadList({});
        m_ui->resultLabel->setText(tr("Deleted \"%1\" and its keychain entry.").arg(name));
        Q_EMIT profileRemoved(name);
    });
}

void ProfilesDialog::testConnection()
{
    clearErrors();
    const auto profile = profileFromFields();
    if (!profile)
        return;
    if (const auto errors = validateProfile(*profile); !errors.isEmpty())
        return showFieldErrors(errors);
    AccessKey key{profile->accessKeyId, m_ui->secretLineEdit->text().toUtf8(),
                  m_ui->securityTokenLineEdit->text()};
    if (!key.secret.isEmpty() || m_current.isEmpty())
        return runTest(*profile, std::move(key));
    setBusy(true, tr("Reading the secret…"));
    m_session->credentialsFor(m_current)->loadProfile(m_current, this,
                                                      [this, p = *profile](ProfileLoadResult &r) {
                                                          setBusy(false);
                                                          if (!r.resolved) {
                                                              m_ui->resultLabel->setText(r.outcome.message());
                                                              return;
                                                          }
                                                          runTest(p, std::move(r.resolved->key));
                                                          r.resolved->wipe();
                                                      });
}

void ProfilesDialog::runTest(const Profile &profile, AccessKey key)
{
    if (key.secret.isEmpty()) {
        showError(m_ui->secretErrorLabel, tr("Enter the AccessKey secret to test it."));
        return;
    }
    setBusy(true, tr("Testing %1…").arg(effectiveEndpoint(profile).host()));
    m_test->run(profile, std::move(key));
}

void ProfilesDialog::openAliyunImport()
{
    auto *dialog = new AliyunImportDialog(m_session, m_aliyunConfigPath, this);
    dialog->setObjectName(u"aliyunImportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AliyunImportDialog::profilesImported, this, [this](const QStringList &names) {
        reloadList(names.constFirst());
        m_ui->resultLabel->setStyleSheet({});
        m_ui->resultLabel->setText(tr("Imported from the aliyun CLI: %1.").arg(names.join(u", "_s)));
        Q_EMIT profilesImported(names);
    });
    dialog->open();
}

void ProfilesDialog::chooseCaFile()
{
    // Asynchronous: the UI thread never waits in a modal file dialog's own event loop.
    auto *chooser = new QFileDialog(this, tr("Extra trusted CA certificates"), m_ui->caFileLineEdit->text(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_ui->caFileLineEdit->setText(QDir::toNativeSeparators(path)); });
    chooser->open();
}

} // namespace sendtrail
