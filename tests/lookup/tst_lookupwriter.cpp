// LookupWriter: the documented JSONL line shapes, byte for byte, and the CSV columns.
#include "filesizelimit.h"
#include "lookup/addresslist.h"
#include "lookup/lookuprun.h"
#include "lookup/lookupwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QJsonObject record(const QString &to, int status, const QString &classification, const QString &message)
{
    return QJsonDocument::fromJson(
               u"{\"ToAddress\":\"%1\",\"Status\":%2,\"ErrorClassification\":\"%3\",\"Message\":\"%4\","
               "\"UtcLastUpdateTime\":\"1795176000\",\"LastUpdateTime\":\"2026-11-20T20:00Z\","
               "\"AccountName\":\"noreply@mail.example.com\",\"Subject\":\"Password reset\",\"Extra\":[1,2]}"_s
                   .arg(to)
                   .arg(status)
                   .arg(classification, message)
                   .toUtf8())
        .object();
}

LookupResult done(const QString &address, qint64 count, const QJsonObject &raw = {})
{
    LookupResult r;
    r.address = address;
    r.state = LookupResult::State::Done;
    r.count = count;
    r.latestRaw = raw;
    if (!raw.isEmpty()) {
        r.latest.status = DeliveryStatus(raw.value(u"Status"_s).toInt());
        r.latest.utcSeconds = raw.value(u"UtcLastUpdateTime"_s).toString().toLongLong();
        r.latest.errorClassification = raw.value(u"ErrorClassification"_s).toString();
        r.latest.message = raw.value(u"Message"_s).toString();
    }
    r.explanation = u"explained"_s;
    return r;
}

struct Fixture
{
    AddressList list;
    QList<LookupResult> results;
};

Fixture fixture()
{
    const auto list = AddressList::fromText(
        u"Ann@X.com\nnot an address\n+plus@example.com\nann@x.com\nlost@y.org\nfail@z.net"_s);
    LookupResult failed;
    failed.address = u"fail@z.net"_s;
    failed.state = LookupResult::State::Failed;
    failed.error.kind = ApiError::Kind::Service;
    failed.error.code = u"InvalidParameter"_s;
    failed.error.message = u"Specified parameter ToAddress is not valid."_s;
    failed.explanation = u"The lookup failed."_s;
    return {*list,
            {done(u"Ann@X.com"_s, 3, record(u"Ann@X.com"_s, 0, u"SendOk"_s, u"250 OK"_s)),
             done(u"+plus@example.com"_s, 1,
                  record(u"+plus@example.com"_s, 2, u"SmtpNxBox"_s, u"550 5.1.1 no"_s)),
             done(u"lost@y.org"_s, 0), failed}};
}

// `count` found addresses, every one with a record: hundreds of bytes a row in every format.
Fixture bigFixture(int count)
{
    QStringList addresses;
    for (int i = 0; i < count; ++i)
        addresses << u"user%1@example.com"_s.arg(i);
    Fixture f{*AddressList::fromText(addresses.join(u'\n')), {}};
    for (const QString &address : addresses)
        f.results << done(address, 2,
                          record(address, 2, u"SmtpNxBox"_s, u"550 5.1.1 mailbox %1 unknown"_s.arg(address)));
    return f;
}

} // namespace

class tst_LookupWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonl_oneLinePerEntry_inInputOrder_keysInDocumentedOrder()
    {
        const Fixture f = fixture();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(LookupWriter::write(buffer, f.list, f.results, {}, &error));
        const QByteArray raw = QJsonDocument(f.results.at(0).latestRaw).toJson(QJsonDocument::Compact);
        const QByteArray plus = QJsonDocument(f.results.at(1).latestRaw).toJson(QJsonDocument::Compact);
        const QList<QByteArray> want{
            "{\"address\":\"Ann@X.com\",\"found\":true,\"count\":3,\"latest\":" + raw + "}",
            "{\"address\":\"not an address\",\"error\":\"not an email address\"}",
            "{\"address\":\"+plus@example.com\",\"found\":true,\"count\":1,\"latest\":" + plus + "}",
            "{\"address\":\"lost@y.org\",\"found\":false,\"count\":0,\"latest\":null}",
            "{\"address\":\"fail@z.net\",\"error\":\"" + f.results.at(3).error.userText().toUtf8() + "\"}",
            ""};
        QCOMPARE(buffer.data().split('\n'), want);
        // latest is the service's object itself: unknown keys and their types survive.
        const QJsonObject first = QJsonDocument::fromJson(buffer.data().split('\n').first()).object();
        QCOMPARE(first.value(u"latest"_s).toObject(), f.results.at(0).latestRaw);
    }

    void jsonl_pendingAddressesSayNotLookedUp()
    {
        AddressEntry entry{u"ann@x.com"_s, 1, true};
        LookupResult pending;
        pending.address = entry.text;
        QCOMPARE(LookupWriter::jsonLine(entry, &pending),
                 QByteArray("{\"address\":\"ann@x.com\",\"error\":\"not looked up\"}"));
        AddressEntry quote{u"say \"hi\"\\"_s, 2, false};
        QCOMPARE(LookupWriter::jsonLine(quote, nullptr),
                 QByteArray("{\"address\":\"say \\\"hi\\\"\\\\\",\"error\":\"not an email address\"}"));
    }

    void csv_columns_formulaGuard_andBom_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("excel preset: BOM") << true;
        QTest::newRow("plain: no BOM") << false;
    }

    void csv_columns_formulaGuard_andBom()
    {
        QFETCH(bool, bom);
        const Fixture f = fixture();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        LookupWriter::Options options;
        options.format = LookupWriter::Format::Csv;
        options.csvBom = bom;
        QString error;
        QVERIFY2(LookupWriter::writeFile(path, f.list, f.results, options, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        QCOMPARE(text.startsWith("\xEF\xBB\xBF"), bom);
        if (bom)
            text.remove(0, 3);
        const QList<QByteArray> rows = text.split('\n');
        QCOMPARE(rows.size(), 7); // header, five entries, the final CRLF's empty rest
        QCOMPARE(rows.at(0),
                 QByteArray("address,found,count,status,time,classification,reply,explanation\r"));
        QCOMPARE(
            rows.at(1),
            QByteArray("Ann@X.com,true,3,Delivered,2026-11-20T20:00:00+08:00,SendOk,250 OK,explained\r"));
        QCOMPARE(rows.at(2), QByteArray("not an address,,,,,,,Not an email address.\r"));
        // A cell starting with + is guarded as the exporters guard it.
        QVERIFY2(rows.at(3).startsWith("'+plus@example.com,true,1,Invalid address,"), rows.at(3).constData());
        QCOMPARE(rows.at(4), QByteArray("lost@y.org,false,0,,,,,explained\r"));
        QCOMPARE(rows.at(5), QByteArray("fail@z.net,,,,,,,The lookup failed.\r"));
        QCOMPARE(rows.at(6), QByteArray());
    }

    void writeFile_failure_leavesTheTargetUntouched()
    {
        const Fixture f = fixture();
        QString error;
        QVERIFY(!LookupWriter::writeFile(u"/nonexistent-dir/out.jsonl"_s, f.list, f.results, {}, &error));
        QVERIFY2(error.contains(u"/nonexistent-dir/out.jsonl"_s), qPrintable(error));
    }

    void writeFile_diskFull_failsInWords_keepsTheOldFileAndLeavesNoDebris_data()
    {
        QTest::addColumn<LookupWriter::Format>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("addresses");
        QTest::addColumn<int>("limit");
        QTest::newRow("csv") << LookupWriter::Format::Csv << u"out.csv"_s << 2000 << 16384;
        QTest::newRow("jsonl") << LookupWriter::Format::Jsonl << u"out.jsonl"_s << 2000 << 16384;
        // The sheet's scratch file fills first (libxlsxwriter would zip it truncated, silently).
        QTest::newRow("xlsx, scratch file") << LookupWriter::Format::Xlsx << u"out.xlsx"_s << 2000 << 65536;
        // A few rows: the scratch file fits, the zip container does not.
        QTest::newRow("xlsx, container") << LookupWriter::Format::Xlsx << u"out.xlsx"_s << 3 << 2048;
    }

    void writeFile_diskFull_failsInWords_keepsTheOldFileAndLeavesNoDebris()
    {
        QFETCH(LookupWriter::Format, format);
        QFETCH(QString, fileName);
        QFETCH(int, addresses);
        QFETCH(int, limit);
        const Fixture f = bigFixture(addresses);
        LookupWriter::Options options;
        options.format = format;
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QString error;
        QVERIFY2(LookupWriter::writeFile(path, f.list, f.results, options, &error), qPrintable(error));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        const QByteArray before = old.readAll();
        old.close();
        QVERIFY(before.size() > limit);
        bool written = true;
        {
            testsupport::FileSizeLimit fileSize{rlim_t(limit)};
            QVERIFY(fileSize.isActive());
            written = LookupWriter::writeFile(path, f.list, f.results, options, &error);
        }
        QVERIFY(!written);
        qInfo("%s", qPrintable(error));
        QVERIFY2(
            error.startsWith(u"Could not write \"%1\": the disk is full or the file is too large ("_s.arg(
                QDir::toNativeSeparators(path))),
            qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{fileName});
    }
};

QTEST_GUILESS_MAIN(tst_LookupWriter)
#include "tst_lookupwriter.moc"
