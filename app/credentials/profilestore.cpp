#include "profilestore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr auto kGroup = "profiles"_L1;

QString groupFor(const QString &name)
{
    return kGroup + u'/' + name;
}

Profile readProfile(QSettings &settings, const QString &name)
{
    settings.beginGroup(groupFor(name));
    Profile profile;
    profile.name = name;
    profile.accessKeyId = settings.value("accessKeyId"_L1).toString();
    profile.regionId = settings.value("regionId"_L1).toString();
    profile.customEndpoint = QUrl(settings.value("customEndpoint"_L1).toString(), QUrl::StrictMode);
    profile.signatureVersion = parseSignatureVersion(settings.value("signatureVersion"_L1).toString())
                                   .value_or(SignatureVersion::V3);
    profile.serviceUtcOffsetSeconds = settings.value("serviceUtcOffsetSeconds"_L1, 8 * 3600).toInt();
    profile.hasSecurityToken = settings.value("hasSecurityToken"_L1, false).toBool();
    profile.caFile = settings.value("caFile"_L1).toString();
    settings.endGroup();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                              QString::fromLatin1(kSettingsOrganization),
                                                              QString::fromLatin1(kSettingsApplication)))
{}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsFileName() const
{
    return m_settings->fileName();
}

QStringList ProfileStore::names() const
{
    m_settings->sync(); // pick up changes made by the other process (CLI vs app)
    m_settings->beginGroup(kGroup);
    QStringList result = m_settings->childGroups();
    m_settings->endGroup();
    result.removeIf([](const QString &name) { return !isValidProfileName(name); });
    result.sort(Qt::CaseInsensitive);
    return result;
}

QList<Profile> ProfileStore::list() const
{
    QList<Profile> result;
    for (const QString &name : names())
        result.append(readProfile(*m_settings, name));
    return result;
}

std::optional<Profile> ProfileStore::get(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    return readProfile(*m_settings, name);
}

bool ProfileStore::contains(const QString &name) const
{
    return isValidProfileName(name) && names().contains(name, Qt::CaseSensitive);
}

std::optional<QString> ProfileStore::findCaseInsensitive(const QString &name) const
{
    for (const QString &existing : names()) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            return existing;
    }
    return std::nullopt;
}

QList<ProfileFieldError> ProfileStore::validateForAdd(const Profile &profile) const
{
    QList<ProfileFieldError> errors = validateProfile(profile);
    if (isValidProfileName(profile.name)) {
        if (const auto existing = findCaseInsensitive(profile.name))
            errors.prepend({u"name"_s, tr("A profile named “%1” already exists.").arg(*existing)});
    }
    return errors;
}

QList<ProfileFieldError> ProfileStore::add(const Profile &profile)
{
    if (auto errors = validateForAdd(profile); !errors.isEmpty())
        return errors;
    writeProfile(profile);
    return commit();
}

QList<ProfileFieldError> ProfileStore::update(const Profile &profile)
{
    if (!contains(profile.name))
        return {{u"name"_s, tr("There is no profile named “%1”.").arg(profile.name)}};
    if (auto errors = validateProfile(profile); !errors.isEmpty())
        return errors;
    m_settings->remove(groupFor(profile.name)); // drop keys an older version may have written
    writeProfile(profile);
    return commit();
}

QList<ProfileFieldError> ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return {{u"name"_s, tr("There is no profile named “%1”.").arg(name)}};
    m_settings->remove(groupFor(name));
    return commit();
}

void ProfileStore::writeProfile(const Profile &profile)
{
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->setValue("accessKeyId"_L1, profile.accessKeyId);
    m_settings->setValue("regionId"_L1, profile.regionId);
    m_settings->setValue("customEndpoint"_L1, profile.customEndpoint.toString(QUrl::FullyEncoded));
    m_settings->setValue("signatureVersion"_L1, signatureVersionName(profile.signatureVersion));
    m_settings->setValue("serviceUtcOffsetSeconds"_L1, profile.serviceUtcOffsetSeconds);
    m_settings->setValue("hasSecurityToken"_L1, profile.hasSecurityToken);
    if (profile.caFile.isEmpty())
        m_settings->remove("caFile"_L1);
    else
        m_settings->setValue("caFile"_L1, profile.caFile);
    m_settings->endGroup();
}

QList<ProfileFieldError> ProfileStore::commit()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        return {{u"storage"_s, tr("Could not save the profiles to %1. Check that the folder is writable.")
                                   .arg(m_settings->fileName())}};
    }
    Q_EMIT profilesChanged();
    return {};
}

} // namespace sendtrail
