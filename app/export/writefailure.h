#pragma once

#include <QString>

class QIODevice;

namespace sendtrail {

// The words for a file that could not be written. A full disk, a quota and a file-size limit
// (RLIMIT_FSIZE, a FAT32 stick) all come to the same thing for a person, so they read the same:
// "Could not write "<file>": the disk is full or the file is too large (<system text>)."
class WriteFailure final
{
public:
    // The reason part: the system text explained when it is a full disk, unchanged otherwise.
    static QString reason(const QString &systemText);
    // The whole sentence, naming the file.
    static QString message(const QString &path, const QString &systemText);
    // True when systemText is the system's (or Qt's) text for ENOSPC, EFBIG or EDQUOT.
    static bool isDiskFull(const QString &systemText);
    // The system text for errnoValue (as QFile reports it); empty for 0.
    static QString systemText(int errnoValue);
    // Writes bytes to path through QSaveFile: all of it or nothing, an existing file untouched.
    // On failure *systemError holds the first error (QSaveFile::cancelWriting would replace it).
    // Retries a short write (a file reaching a size limit), so the device reports the reason.
    static bool writeAll(QIODevice &device, const QByteArray &bytes);
    static bool saveAtomically(const QString &path, const QByteArray &bytes, QString *systemError);
};

} // namespace sendtrail
