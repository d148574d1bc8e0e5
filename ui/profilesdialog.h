#pragma once

#include "credentials/profile.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class ProfilesDialog;
}

namespace sendtrail {

class AppSession;
class ConnectionTest;
struct ProfileFieldError;
struct ProfileOutcome;

// Add, edit, test and delete profiles. A secret is typed once and never shown again: saved
// profiles offer only "Replace secret". All keychain and network work is asynchronous.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(AppSession *session, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    void selectProfile(const QString &name);
    void startNewProfile();
    // Where "Import from aliyun CLI…" reads; ~/.aliyun/config.json unless set (tests).
    void setAliyunConfigPath(const QString &path) { m_aliyunConfigPath = path; }

Q_SIGNALS:
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);
    void profilesImported(const QStringList &names);

protected:
    bool event(QEvent *event) override;

private:
    void reloadList(const QString &select);
    void showProfile(const QString &name);
    void setSecretEditable(bool editable);
    void chooseCaFile();
    void updateRegionFields();
    void updateKeychainNote();
    std::optional<Profile> profileFromFields();
    void showFieldErrors(const QList<ProfileFieldError> &errors);
    void clearErrors();
    void setBusy(bool busy, const QString &text = {});
    void save();
    void confirmSaveAfterFailedTest();
    void saveProfile();
    void onSaved(const Profile &profile, bool sessionOnly, const ProfileOutcome &outcome);
    void confirmRemove();
    void remove(const QString &name);
    void testConnection();
    void runTest(const Profile &profile, AccessKey key);
    void openAliyunImport();

    AppSession *m_session;
    const std::unique_ptr<Ui::ProfilesDialog> m_ui;
    QString m_current; // empty while adding a new profile
    ConnectionTest *m_test;
    QString m_aliyunConfigPath;
    std::optional<QString> m_failedTest; // why the last test of the values shown failed
};

} // namespace sendtrail
