#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace sendtrail::test {

// Certificates made at test time with the openssl command (scripts/deps.sh installs it): a test
// CA and leaves for 127.0.0.1 and localhost signed by it (valid, expired in 2020, issued for
// another host name), plus a self-signed leaf. Nothing is checked in, so nothing expires.
class TestCertificates final
{
public:
    enum class Leaf
    {
        Valid,
        Expired,
        WrongHost,
        SelfSigned
    };

    TestCertificates();

    // False, with error() saying why (openssl missing, a command failing), if anything is missing.
    bool generate();
    QString error() const { return m_error; }

    QString caPath() const;            // the CA certificate, PEM
    QString leafPath(Leaf leaf) const; // the leaf's certificate, PEM
    QString keyPath() const;           // every leaf shares this key (EC P-256)
    QList<QSslCertificate> ca() const;
    QList<QSslCertificate> chain(Leaf leaf) const;
    QSslKey key() const;
    QString dir() const { return m_dir.path(); }

private:
    bool run(const QStringList &arguments);
    bool issue(const QString &name, const QString &subjectAltName, const QString &start, const QString &end);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace sendtrail::test
