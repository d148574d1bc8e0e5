#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <chrono>

namespace sendtrail {

// Why a keychain operation failed, with a sentence a person understands. Neither field ever
// contains a secret: backends only report D-Bus/libsecret texts.
struct CredentialError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(CredentialError)

public:
    enum class Kind
    {
        NotFound,     // nothing was returned; with a locked keyring this is NOT proof that no key exists
        NoKeychain,   // no Secret Service / KWallet reachable (no bus, no provider)
        Locked,       // the keyring is locked or has no default collection
        AccessDenied, // the user or the keychain refused access
        Timeout,      // the keychain did not answer in time; the job may still complete later
        Other,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Other;
    QString message; // for the user
    QString detail;  // the backend's own text, for a "details" view or a bug report

    static CredentialError notFound();
    static CredentialError noKeychain(const QString &detail = {});
    static CredentialError locked(const QString &detail = {});
    static CredentialError accessDenied(const QString &detail = {});
    static CredentialError timeout(std::chrono::milliseconds after);
    static CredentialError other(const QString &detail);

    static QString kindName(Kind kind);
};

// Maps a QKeychain::Error value (passed as int so callers need not include keychain.h) and the
// job's errorString() to a CredentialError. qtkeychain 0.13 reports every D-Bus failure as
// OtherError, so the backend text decides between NoKeychain, Locked and Other.
CredentialError classifyKeychainError(int keychainCode, const QString &backendText);

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::CredentialError)
