#include "cacertificates.h"

#include <QCoreApplication>
#include <QFile>

namespace sendtrail {

namespace {

struct CaTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::CaCertificates)
};

constexpr qint64 kMaxPemBytes = qint64(4) * 1024 * 1024; // a bundle of every public CA is ~250 KB

} // namespace

std::optional<QList<QSslCertificate>> loadCaCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CaTr::tr("Cannot read the CA certificate file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxPemBytes) {
        *error =
            CaTr::tr("The CA certificate file %1 is too large to be a PEM certificate bundle.").arg(path);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = CaTr::tr("The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path);
        return std::nullopt;
    }
    return certificates;
}

void addCaFile(ClientConfig &config, const QString &path)
{
    QString error;
    if (const auto certificates = loadCaCertificates(path, &error))
        config.extraCaCertificates.append(*certificates);
    else if (config.problem.isEmpty())
        config.problem = error;
}

} // namespace sendtrail
