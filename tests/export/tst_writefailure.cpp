// WriteFailure: the words for a full disk, and the whole-or-nothing save the small writers share
// (the summary CSV of the CLI and the window, the invalid-address list).
#include "export/writefailure.h"
#include "filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_WriteFailure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reason_explainsAFullDisk_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("ENOSPC") << ENOSPC;
        QTest::newRow("EFBIG") << EFBIG;
        QTest::newRow("EDQUOT") << EDQUOT;
    }

    void reason_explainsAFullDisk()
    {
        QFETCH(int, code);
        const QString system = WriteFailure::systemText(code);
        QVERIFY(WriteFailure::isDiskFull(system));
        QCOMPARE(WriteFailure::reason(system),
                 u"the disk is full or the file is too large (%1)"_s.arg(system));
    }

    void reason_keepsOtherErrorsAsTheyAre()
    {
        const QString denied = WriteFailure::systemText(EACCES);
        QVERIFY(!WriteFailure::isDiskFull(denied));
        QCOMPARE(WriteFailure::reason(denied), denied);
        QVERIFY(!WriteFailure::isDiskFull(QString()));
        QCOMPARE(WriteFailure::systemText(0), QString());
    }

    void message_namesTheFile()
    {
        QCOMPARE(WriteFailure::message(u"/tmp/a.csv"_s, WriteFailure::systemText(ENOSPC)),
                 u"Could not write \"/tmp/a.csv\": the disk is full or the file is too large (%1)"_s.arg(
                     WriteFailure::systemText(ENOSPC)));
    }

    void saveAtomically_diskFull_keepsTheOldFileAndLeavesNoDebris()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"summary.csv"_s);
        QVERIFY(WriteFailure::saveAtomically(path, "old\n", nullptr));
        QString error;
        bool saved = true;
        {
            testsupport::FileSizeLimit limit{4096};
            QVERIFY(limit.isActive());
            saved = WriteFailure::saveAtomically(path, QByteArray(1 << 20, 'x'), &error);
        }
        QVERIFY(!saved);
        QVERIFY2(WriteFailure::isDiskFull(error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"summary.csv"_s});
    }

    void saveAtomically_success_replacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.jsonl"_s);
        QVERIFY(WriteFailure::saveAtomically(path, "old\n", nullptr));
        QVERIFY(WriteFailure::saveAtomically(path, "new\n", nullptr));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("new\n"));
    }
};

QTEST_GUILESS_MAIN(tst_WriteFailure)
#include "tst_writefailure.moc"
