#include "lookupwriter.h"

#include "addresslist.h"
#include "export/csvwriter.h"
#include "export/writefailure.h"
#include "lookuprun.h"
#include "present/deliveryexplainer.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QByteArray jsonString(const QString &text)
{
    // QJsonDocument only writes arrays and objects: strip the brackets of a one-string array.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray errorLine(const QString &address, const QString &error)
{
    return "{\"address\":" + jsonString(address) + ",\"error\":" + jsonString(error) + '}';
}

} // namespace

QByteArray LookupWriter::jsonLine(const AddressEntry &entry, const LookupResult *result)
{
    // Machine output: the error words are fixed English, whatever the user's language.
    if (!entry.valid || !result)
        return errorLine(entry.text, u"not an email address"_s);
    if (result->state == LookupResult::State::Failed)
        return errorLine(result->address, result->error.userText());
    if (result->state == LookupResult::State::Pending)
        return errorLine(result->address, u"not looked up"_s);
    // Built by hand: QJsonDocument sorts keys, and the documented order is address, found, count.
    return "{\"address\":" + jsonString(result->address) +
           ",\"found\":" + (result->found() ? "true" : "false") +
           ",\"count\":" + QByteArray::number(result->count) + ",\"latest\":" +
           (result->found() ? QJsonDocument(result->latestRaw).toJson(QJsonDocument::Compact) : "null") + '}';
}

QStringList LookupWriter::columnNames()
{
    return {u"address"_s, u"found"_s,          u"count"_s, u"status"_s,
            u"time"_s,    u"classification"_s, u"reply"_s, u"explanation"_s};
}

QStringList LookupWriter::cells(const AddressEntry &entry, const LookupResult *r, const QTimeZone &zone)
{
    QStringList cells(8);
    cells[0] = entry.text;
    if (!r) {
        cells[7] = tr("Not an email address.");
    } else if (r->state == LookupResult::State::Pending) {
        cells[7] = tr("Not looked up: the run stopped first.");
    } else if (r->state == LookupResult::State::Failed) {
        cells[7] = r->explanation;
    } else {
        cells[1] = r->found() ? u"true"_s : u"false"_s;
        cells[2] = QString::number(r->count);
        if (r->found()) {
            cells[3] = DeliveryExplainer::statusText(r->latest.status);
            cells[4] = QDateTime::fromSecsSinceEpoch(r->latest.utcSeconds, zone).toString(Qt::ISODate);
            cells[5] = r->latest.errorClassification;
            cells[6] = r->latest.message;
        }
        cells[7] = r->explanation;
    }
    return cells;
}

bool LookupWriter::write(QIODevice &device, const AddressList &list, const QList<LookupResult> &results,
                         const Options &options, QString *error)
{
    const auto resultAt = [&results](qsizetype i) {
        return i < results.size() ? &results.at(i) : nullptr;
    };
    qsizetype next = 0; // index of the next valid address's result
    if (options.format == Format::Xlsx) {
        if (error)
            *error = tr("XLSX is written to a file only.");
        return false;
    }
    if (options.format == Format::Jsonl) {
        QByteArray text;
        for (const AddressEntry &entry : list.entries())
            text += jsonLine(entry, entry.valid ? resultAt(next++) : nullptr) + '\n';
        if (!WriteFailure::writeAll(device, text)) {
            if (error)
                *error = device.errorString();
            return false;
        }
        return true;
    }
    CsvWriter csv(device, {});
    if (options.csvBom)
        csv.writeBom();
    for (const QString &name : columnNames())
        csv.writeCell(name);
    csv.endRow();
    const QTimeZone zone(options.serviceUtcOffsetSeconds);
    for (const AddressEntry &entry : list.entries()) {
        for (const QString &cell : cells(entry, entry.valid ? resultAt(next++) : nullptr, zone))
            csv.writeCell(cell);
        csv.endRow();
    }
    if (!csv.flush()) {
        if (error)
            *error = csv.errorString();
        return false;
    }
    return true;
}

bool LookupWriter::writeFile(const QString &path, const AddressList &list, const QList<LookupResult> &results,
                             const Options &options, QString *error)
{
    if (options.format == Format::Xlsx)
        return writeXlsxFile(path, list, results, options, error);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = WriteFailure::message(path, file.errorString());
        return false;
    }
    QString writeError;
    if (!write(file, list, results, options, &writeError) || !file.commit()) {
        if (writeError.isEmpty())
            writeError = file.errorString();
        file.cancelWriting(); // after reading the error: this sets its own
        if (error)
            *error = WriteFailure::message(path, writeError);
        return false;
    }
    return true;
}

} // namespace sendtrail
