#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;
class QTimeZone;

namespace sendtrail {

class AddressList;
struct AddressEntry;
struct LookupResult;

// A lookup's results as a file: one line or row per entry of the address list, in its order
// (distinct addresses and invalid lines at their places). results[i] belongs to the list's
// i-th valid address, as LookupRun was given list.addresses().
class LookupWriter final
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::LookupWriter)

public:
    enum class Format
    {
        Jsonl,
        Csv,
        Xlsx, // the CSV's columns, every cell a string, header bold and frozen
    };

    struct Options
    {
        Format format = Format::Jsonl;
        bool csvBom = true; // as the exporters' Excel preset: Excel then reads UTF-8 right
        int serviceUtcOffsetSeconds = 8 * 3600; // the zone of the CSV's time column
    };

    // JSONL, keys in this order: {"address", "found", "count", "latest"} with latest the newest
    // record as the service returned it (or null); {"address", "error"} for an input line that is
    // not an address ("not an email address"), an address the service failed on (its error) and
    // one not looked up ("not looked up").
    static QByteArray jsonLine(const AddressEntry &entry, const LookupResult *result);

    // The CSV's and XLSX's columns, and one entry's cells under them (result null: not an address).
    static QStringList columnNames();
    static QStringList cells(const AddressEntry &entry, const LookupResult *result, const QTimeZone &zone);

    // CSV (XLSX only through writeFile): address,found,count,status,time,classification,reply,explanation
    // (RFC 4180, CRLF, formula guard as the exporters'); time is ISO 8601 in the service's zone.
    static bool write(QIODevice &device, const AddressList &list, const QList<LookupResult> &results,
                      const Options &options, QString *error);
    // Atomically (QSaveFile; XLSX: a temporary file beside the target, renamed over it): on
    // failure the target is left as it was.
    static bool writeFile(const QString &path, const AddressList &list, const QList<LookupResult> &results,
                          const Options &options, QString *error);

private:
    // lookupxlsxwriter.cpp: libxlsxwriter only writes to a file name.
    static bool writeXlsxFile(const QString &path, const AddressList &list,
                              const QList<LookupResult> &results, const Options &options, QString *error);
};

} // namespace sendtrail
