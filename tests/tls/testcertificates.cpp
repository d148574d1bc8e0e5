#include "testcertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

// A minimal `openssl ca` setup: it is the one tool in OpenSSL 3.0 that takes explicit start and
// end dates, which an expired certificate needs.
constexpr auto kCaConfig = "[ca]\n"
                           "default_ca = test_ca\n"
                           "[test_ca]\n"
                           "dir = .\n"
                           "database = index.txt\n"
                           "serial = serial\n"
                           "new_certs_dir = issued\n"
                           "default_md = sha256\n"
                           "policy = any\n"
                           "copy_extensions = copy\n"
                           "unique_subject = no\n"
                           "x509_extensions = leaf\n"
                           "[any]\n"
                           "commonName = supplied\n"
                           "[leaf]\n"
                           "basicConstraints = critical, CA:FALSE\n"
                           "keyUsage = critical, digitalSignature\n"
                           "extendedKeyUsage = serverAuth\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QString leafName(TestCertificates::Leaf leaf)
{
    switch (leaf) {
    case TestCertificates::Leaf::Valid:
        return u"valid"_s;
    case TestCertificates::Leaf::Expired:
        return u"expired"_s;
    case TestCertificates::Leaf::WrongHost:
        return u"wronghost"_s;
    case TestCertificates::Leaf::SelfSigned:
        return u"selfsigned"_s;
    }
    return {};
}

QString opensslDate(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyyMMddHHmmss"_s) + u'Z';
}

} // namespace

TestCertificates::TestCertificates() = default;

bool TestCertificates::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForStarted()) {
        m_error = u"cannot run openssl (install it: scripts/deps.sh): %1"_s.arg(openssl.errorString());
        return false;
    }
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(openssl.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::issue(const QString &name, const QString &subjectAltName, const QString &start,
                             const QString &end)
{
    return run({u"req"_s, u"-new"_s, u"-key"_s, u"leaf.key"_s, u"-subj"_s, u"/CN=sendtrail test "_s + name,
                u"-addext"_s, u"subjectAltName="_s + subjectAltName, u"-out"_s, name + u".csr"_s}) &&
           run({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s, u"ca.pem"_s,
                u"-keyfile"_s, u"ca.key"_s, u"-startdate"_s, start, u"-enddate"_s, end, u"-in"_s,
                name + u".csr"_s, u"-out"_s, name + u".pem"_s});
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    const QString local = u"IP:127.0.0.1,DNS:localhost"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString start = opensslDate(now.addDays(-1));
    const QString end = opensslDate(now.addDays(30));
    const QStringList ecKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                               u"-nodes"_s};
    return writeFile(m_dir.filePath(u"ca.cnf"_s), kCaConfig) &&
           writeFile(m_dir.filePath(u"index.txt"_s), {}) &&
           writeFile(m_dir.filePath(u"serial"_s), "1000\n") && QDir(m_dir.path()).mkdir(u"issued"_s) &&
           run(QStringList{u"req"_s, u"-x509"_s} + ecKey +
               QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                           u"/CN=Sendtrail Test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                           u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}) &&
           run({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                u"-out"_s, u"leaf.key"_s}) &&
           issue(u"valid"_s, local, start, end) &&
           issue(u"expired"_s, local, u"20200101000000Z"_s, u"20200102000000Z"_s) &&
           issue(u"wronghost"_s, u"DNS:wrong.example.com"_s, start, end) &&
           run({u"req"_s, u"-x509"_s, u"-key"_s, u"leaf.key"_s, u"-out"_s, u"selfsigned.pem"_s, u"-days"_s,
                u"30"_s, u"-subj"_s, u"/CN=sendtrail test selfsigned"_s, u"-addext"_s,
                u"subjectAltName="_s + local});
}

QString TestCertificates::caPath() const
{
    return m_dir.filePath(u"ca.pem"_s);
}

QString TestCertificates::leafPath(Leaf leaf) const
{
    return m_dir.filePath(leafName(leaf) + u".pem"_s);
}

QString TestCertificates::keyPath() const
{
    return m_dir.filePath(u"leaf.key"_s);
}

QList<QSslCertificate> TestCertificates::ca() const
{
    return QSslCertificate::fromPath(caPath());
}

QList<QSslCertificate> TestCertificates::chain(Leaf leaf) const
{
    return QSslCertificate::fromPath(leafPath(leaf));
}

QSslKey TestCertificates::key() const
{
    QFile file(keyPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(&file, QSsl::Ec);
}

} // namespace sendtrail::test
