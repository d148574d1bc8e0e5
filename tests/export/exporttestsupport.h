#pragma once

#include "export/exportsource.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace sendtrail::testsupport {

// Decodes a service-shaped object the way the record store does (enough for these tests;
// the real decoder lives in sendtrail_records).
MailRecord recordFromJson(const QJsonObject &object);

// One raw object per line; the source keeps the raw objects for JSONL.
std::shared_ptr<VectorExportSource> loadJsonlSource(const QString &path);

// `rows` realistic records: unique recipients, a handful of senders, subjects and replies.
std::shared_ptr<VectorExportSource> makeRealisticSource(qsizetype rows);

// A python3 that can import every module named (the PATH one may be a pyenv without
// openpyxl, /usr/bin/python3 has the Debian packages). Empty when there is none.
QString findPython(const QStringList &modules = {});

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

// Every entry in dir, hidden ones included, so leftover temp files show up.
QStringList dirEntries(const QString &dir);

QByteArray readAll(const QString &path);

} // namespace sendtrail::testsupport
