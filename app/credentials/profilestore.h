#pragma once

#include "profile.h"

#include <QObject>
#include <memory>

class QSettings;

namespace sendtrail {

inline constexpr auto kSettingsOrganization = "Sendtrail";
inline constexpr auto kSettingsApplication = "Sendtrail";

// Profiles in QSettings, shared by the app and the CLI: by default the user-scope native settings
// of organization/application "Sendtrail" (~/.config/Sendtrail/Sendtrail.conf on Linux), group
// "profiles/<name>". Never holds a secret; that is ProfileCredentials' job. Names are unique
// case-insensitively; lookups are exact. A profile cannot be renamed (its name keys the keychain).
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QObject *parent = nullptr);
    // An explicit INI file, for tests and portable setups.
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString settingsFileName() const;

    QStringList names() const; // sorted case-insensitively
    QList<Profile> list() const;
    std::optional<Profile> get(const QString &name) const;
    bool contains(const QString &name) const;
    // The stored spelling of a name that equals `name` case-insensitively, if any.
    std::optional<QString> findCaseInsensitive(const QString &name) const;

    // Validates (fields + uniqueness for add, existence for update) and saves. An empty list means
    // success; a failure to write the settings file is reported with field "storage".
    QList<ProfileFieldError> validateForAdd(const Profile &profile) const;
    QList<ProfileFieldError> add(const Profile &profile);
    QList<ProfileFieldError> update(const Profile &profile);
    QList<ProfileFieldError> remove(const QString &name);

Q_SIGNALS:
    void profilesChanged();

private:
    void writeProfile(const Profile &profile);
    QList<ProfileFieldError> commit();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace sendtrail
