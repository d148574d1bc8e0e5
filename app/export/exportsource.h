#pragma once

#include "records/mailrecord.h"

#include <QJsonObject>
#include <QList>

namespace sendtrail {

// What exporters read. Implementations are read from a worker thread while an export runs,
// so they must not change (or must be snapshots) until the export has ended.
class ExportSource
{
public:
    virtual ~ExportSource();
    virtual qsizetype count() const = 0;
    virtual MailRecord record(qsizetype i) const = 0;
    // The record exactly as the service sent it (JSONL exports this, losslessly).
    virtual QJsonObject rawObject(qsizetype i) const = 0;
};

// A plain in-memory source, for tests, the CLI and small exports.
class VectorExportSource final : public ExportSource
{
public:
    VectorExportSource() = default;
    // rawObjects may be empty; otherwise it must be as long as records.
    explicit VectorExportSource(QList<MailRecord> records, QList<QJsonObject> rawObjects = {});

    void reserve(qsizetype size);
    void append(MailRecord record, QJsonObject rawObject = {});

    qsizetype count() const override { return m_records.size(); }
    MailRecord record(qsizetype i) const override { return m_records.at(i); }
    // The stored object, or one rebuilt from the record when none was given.
    QJsonObject rawObject(qsizetype i) const override;

private:
    QList<MailRecord> m_records;
    QList<QJsonObject> m_rawObjects; // empty, or parallel to m_records
};

// The record in the service's key names (UtcLastUpdateTime as a string of epoch seconds).
QJsonObject mailRecordToJson(const MailRecord &record);

} // namespace sendtrail
