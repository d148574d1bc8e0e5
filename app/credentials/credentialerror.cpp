#include "credentialerror.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// QKeychain::Error values (keychain.h); mirrored so this file does not depend on the header.
enum KeychainCode
{
    NoError = 0,
    EntryNotFound = 1,
    CouldNotDeleteEntry = 2,
    AccessDeniedByUser = 3,
    AccessDenied = 4,
    NoBackendAvailable = 5,
    NotImplemented = 6,
    OtherError = 7,
};

// Texts seen (or documented by GLib/D-Bus) when there is no bus or no Secret Service provider.
bool meansNoKeychain(const QString &text)
{
    static const QLatin1StringView markers[] = {
        "org.freedesktop.secrets was not provided"_L1,
        "was not provided by any .service files"_L1,
        "Cannot autolaunch D-Bus"_L1,
        "Could not connect"_L1,
        "Failed to connect to socket"_L1,
        "Unable to autolaunch"_L1,
        "Failed to execute program org.freedesktop.secrets"_L1,
        "org.freedesktop.DBus.Error.ServiceUnknown"_L1,
        "The name is not activatable"_L1,
        "D-Bus is not running"_L1,
        "No keychain service available"_L1,
        "The connection is closed"_L1,
    };
    for (const auto &marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// gnome-keyring without an unlocked "login" collection answers a store with this.
bool meansLocked(const QString &text)
{
    if (text.contains("/org/freedesktop/secrets/collection"_L1) && text.contains("does not exist"_L1))
        return true;
    return text.contains("is locked"_L1, Qt::CaseInsensitive) ||
           text.contains("locked collection"_L1, Qt::CaseInsensitive);
}

} // namespace

CredentialError CredentialError::notFound()
{
    return {Kind::NotFound,
            tr("No secret was returned by the system keychain for this profile. If the keychain is "
               "locked, unlock it and try again; otherwise enter the AccessKey secret again."),
            {}};
}

CredentialError CredentialError::noKeychain(const QString &detail)
{
    return {Kind::NoKeychain,
            tr("No system keychain is available (Secret Service not running). Start gnome-keyring or "
               "KWallet, or use a session-only profile."),
            detail};
}

CredentialError CredentialError::locked(const QString &detail)
{
    return {Kind::Locked,
            tr("The system keychain is locked or has no default collection. Unlock it (for example by "
               "logging in to your desktop session) and try again."),
            detail};
}

CredentialError CredentialError::accessDenied(const QString &detail)
{
    return {Kind::AccessDenied, tr("Access to the system keychain was denied."), detail};
}

CredentialError CredentialError::timeout(std::chrono::milliseconds after)
{
    const double seconds = static_cast<double>(after.count()) / 1000.0;
    return {Kind::Timeout,
            tr("The system keychain did not answer within %1 s. It may be waiting for an unlock prompt "
               "or not be running properly; the operation may still complete later.")
                .arg(seconds, 0, 'g', 3),
            {}};
}

CredentialError CredentialError::other(const QString &detail)
{
    return {Kind::Other, tr("The system keychain reported an error: %1").arg(detail), detail};
}

QString CredentialError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind)));
}

CredentialError classifyKeychainError(int keychainCode, const QString &backendText)
{
    switch (keychainCode) {
    case EntryNotFound:
        return CredentialError::notFound();
    case AccessDeniedByUser:
        return CredentialError::accessDenied(backendText);
    case AccessDenied:
        // libsecret maps SECRET_ERROR_IS_LOCKED to AccessDenied.
        return CredentialError::locked(backendText);
    case NoBackendAvailable:
    case NotImplemented:
        return CredentialError::noKeychain(backendText);
    default:
        break;
    }
    if (meansNoKeychain(backendText))
        return CredentialError::noKeychain(backendText);
    if (meansLocked(backendText))
        return CredentialError::locked(backendText);
    return CredentialError::other(backendText.isEmpty() ? CredentialError::tr("unknown error") : backendText);
}

} // namespace sendtrail
