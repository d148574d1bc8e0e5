#pragma once

// Test helper: finds files under some folders that contain a secret in clear (raw bytes or base64).

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

namespace sendtrail::test {

struct ScanReport
{
    QStringList hits; // files that contain a needle
    int filesScanned = 0;
};

// Skips symlinks and files over 32 MiB (none of ours is that big); needles are matched exactly.
inline ScanReport scanForSecrets(const QStringList &roots, const QList<QByteArray> &needles)
{
    ScanReport report;
    QSet<QString> seen;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (seen.contains(canonical) || it.fileInfo().size() > 32 * 1024 * 1024)
                continue;
            seen.insert(canonical);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++report.filesScanned;
            for (const QByteArray &needle : needles) {
                if (content.contains(needle)) {
                    report.hits.append(path);
                    break;
                }
            }
        }
    }
    return report;
}

// The forms a secret could take on disk: raw, base64 (QtKeychain's binary mode, QSettings'
// @ByteArray), hex and percent-encoding.
inline QList<QByteArray> secretForms(const QByteArray &secret)
{
    return {secret, secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), secret.toHex(),
            secret.toPercentEncoding()};
}

} // namespace sendtrail::test
