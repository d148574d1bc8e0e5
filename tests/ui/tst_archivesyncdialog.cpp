// Query → Sync Archive…: a sync of the profile's records from a real sandbox on the worker
// thread, its progress and Cancel, and the coverage table of what the archive then holds.
#include "archive/archivedatabase.h"
#include "archivesyncdialog.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestArchiveSyncDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    ArchiveLocation freshLocation()
    {
        ArchiveLocation location;
        location.path = m_dir.filePath(u"dialog-%1.sqlite"_s.arg(++m_files));
        return location;
    }

    static void syncDays(ArchiveSyncDialog &dialog, int days)
    {
        auto *from = dialog.findChild<QDateEdit *>(u"syncFromDateEdit"_s);
        from->setDate(QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().addDays(-days));
        dialog.findChild<QCheckBox *>(u"syncTagsCheckBox"_s)->setChecked(false);
    }

private Q_SLOTS:
    void withoutAProfile_nothingCanBeSynced()
    {
        ArchiveSyncDialog dialog(freshLocation(), 8 * 3600);
        dialog.setClient(nullptr, {});
        QVERIFY(!dialog.findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"cancelSyncButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"syncStateLabel"_s)->text().contains(u"profile"_s));
    }

    void syncNow_showsProgressThenTheArchivedDays()
    {
        SandboxServer server(SandboxDataset(31, SandboxDataset::currentAnchor(), 1500));
        QVERIFY(server.listen());
        test::SandboxApiClient client(server);
        const ArchiveLocation location = freshLocation();
        ArchiveSyncDialog dialog(location, 8 * 3600);
        dialog.show();
        dialog.setClient(&client.client, u"demo"_s);
        syncDays(dialog, 2);
        QSignalSpy ended(&dialog, &ArchiveSyncDialog::syncEnded);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"syncNowButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isSyncing());
        QVERIFY(dialog.findChild<QPushButton *>(u"cancelSyncButton"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
        const QString state = dialog.findChild<QLabel *>(u"syncStateLabel"_s)->text();
        QVERIFY2(state.startsWith(u"Done"_s), qPrintable(state));
        auto *progress = dialog.findChild<QProgressBar *>(u"syncProgressBar"_s);
        QCOMPARE(progress->value(), progress->maximum());
        ArchiveDatabase db(location);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const auto windows = db.coverage(&error);
        QVERIFY(windows && windows->size() >= 3);
        auto *table = dialog.findChild<QTableWidget *>(u"coverageTable"_s);
        QTRY_COMPARE(table->rowCount(), int(windows->size()));
        QCOMPARE(table->item(0, 3)->text(), u"without tags"_s);
        QCOMPARE(table->item(0, 2)->text(), QLocale().toString(windows->constLast().records));
    }

    void cancel_keepsWhatWasWritten()
    {
        SandboxOptions slow;
        slow.latencyMs = 150;
        SandboxServer server(SandboxDataset(32, SandboxDataset::currentAnchor(), 3000));
        server.setOptions(slow);
        QVERIFY(server.listen());
        test::SandboxApiClient client(server);
        const ArchiveLocation location = freshLocation();
        ArchiveSyncDialog dialog(location, 8 * 3600);
        dialog.setClient(&client.client, u"demo"_s);
        syncDays(dialog, 10);
        QSignalSpy ended(&dialog, &ArchiveSyncDialog::syncEnded);
        dialog.startSync();
        auto *progress = dialog.findChild<QProgressBar *>(u"syncProgressBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() > 0 && progress->value() >= 1, 60000);
        dialog.findChild<QPushButton *>(u"cancelSyncButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
        QVERIFY(dialog.findChild<QLabel *>(u"syncStateLabel"_s)->text().startsWith(u"Cancelled"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled());
        ArchiveDatabase db(location);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const qsizetype written = db.coverage(&error)->size();
        QVERIFY(written >= 1);
        QVERIFY(written < progress->maximum());
        QTRY_COMPARE(dialog.coverage().size(), written);
    }
};

QTEST_MAIN(TestArchiveSyncDialog)
#include "tst_archivesyncdialog.moc"
