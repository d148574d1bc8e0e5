#include "export/writefailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <cerrno>

namespace sendtrail {

namespace {

struct WriteFailureTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::WriteFailure)
};

constexpr int kDiskFullErrors[] = {ENOSPC, EFBIG, EDQUOT};

} // namespace

bool WriteFailure::isDiskFull(const QString &systemText)
{
    if (systemText.isEmpty())
        return false;
    // QFile words its errors with qt_error_string(errno), so the same call gives the same text.
    for (const int code : kDiskFullErrors) {
        if (systemText == qt_error_string(code))
            return true;
    }
    return false;
}

QString WriteFailure::systemText(int errnoValue)
{
    return errnoValue == 0 ? QString() : qt_error_string(errnoValue);
}

QString WriteFailure::reason(const QString &systemText)
{
    if (!isDiskFull(systemText))
        return systemText;
    return WriteFailureTr::tr("the disk is full or the file is too large (%1)").arg(systemText);
}

QString WriteFailure::message(const QString &path, const QString &systemText)
{
    return WriteFailureTr::tr("Could not write \"%1\": %2")
        .arg(QDir::toNativeSeparators(path), reason(systemText));
}

bool WriteFailure::writeAll(QIODevice &device, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = device.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

bool WriteFailure::saveAtomically(const QString &path, const QByteArray &bytes, QString *systemError)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (file.open(QIODevice::WriteOnly) && writeAll(file, bytes) && file.commit())
        return true;
    if (systemError)
        *systemError = file.errorString();
    file.cancelWriting(); // after reading the error: this sets its own
    return false;
}

} // namespace sendtrail
