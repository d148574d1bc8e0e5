#include "credentialstore.h"

#include "api/secretbytes.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace sendtrail {

namespace {

// A deep copy the handler owns alone, then the job's own block zeroed in place: the finished job
// is the only other holder and never reads it again. QtKeychain's further intermediates (the
// base64 text from libsecret, D-Bus message buffers) are out of reach; see SECURITY notes.
QByteArray takeBinaryData(QKeychain::ReadPasswordJob *reader)
{
    QByteArray shared = reader->binaryData();
    QByteArray own(shared.constData(), shared.size());
    wipeSharedBytes(shared);
    return own;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QString::fromLatin1(kKeychainService), kDefaultKeychainTimeout, parent)
{}

CredentialStore::CredentialStore(const QString &service, std::chrono::milliseconds timeout, QObject *parent)
    : SecretStore(parent), m_service(service), m_timeout(timeout)
{}

void CredentialStore::read(const QString &key, QObject *context, Handler handler)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(handler));
}

void CredentialStore::write(const QString &key, const QByteArray &secret, QObject *context, Handler handler)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    // Binary mode: libsecret stores base64 (type=base64), so any byte sequence round-trips.
    // The job gets a block of its own, zeroed once it has finished: sharing the caller's would
    // keep that alive (and unwipeable) until the job is deleted.
    QByteArray copy(secret.constData(), secret.size());
    job->setBinaryData(copy);
    run(job, key, context, [copy, handler = std::move(handler)](Result &result) mutable {
        // After a timeout the job may still be reading it; it then frees the block unwiped.
        if (!result.error || result.error->kind != CredentialError::Kind::Timeout)
            wipeSharedBytes(copy);
        handler(result);
    });
}

void CredentialStore::remove(const QString &key, QObject *context, Handler handler)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(handler));
}

void CredentialStore::run(QKeychain::Job *job, const QString &key, QObject *context, Handler handler)
{
    // No parent on purpose: the job must outlive us if its backend callback is still pending.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    auto deliver = [hasContext, guard, handler = std::move(handler)](Result &result) {
        if (!hasContext || guard)
            handler(result);
        wipeBytes(result.secret); // whatever the handler left
    };

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const auto timeout = m_timeout;
    // Whichever comes first wins; disconnecting the other side makes the second a no-op.
    connect(timer, &QTimer::timeout, this, [timer, job = QPointer<QKeychain::Job>(job), deliver, timeout] {
        if (job)
            job->disconnect(timer);
        timer->deleteLater();
        Result result{CredentialError::timeout(timeout), {}};
        deliver(result);
    });
    connect(job, &QKeychain::Job::finished, timer, [timer, deliver](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        // error() is only meaningful now, after finished().
        Result result;
        if (finished->error() != QKeychain::NoError) {
            result.error = classifyKeychainError(finished->error(), finished->errorString());
        } else if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
            result.secret = takeBinaryData(reader);
        }
        deliver(result);
    });
    timer->start(m_timeout);
    job->start();
}

} // namespace sendtrail
