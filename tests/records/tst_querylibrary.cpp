// Recent queries and saved searches survive restarts, per profile, and relative ranges stay relative.
#include "records/querylibrary.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr int kCustom = 0;
constexpr int kLast7Days = 4;

RememberedQuery recipient(const QString &address, int preset = kLast7Days)
{
    RememberedQuery r;
    r.query.toAddress = address;
    r.query.start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    r.query.end = QDateTime(QDate(2026, 11, 8), QTime(0, 0), QTimeZone::utc());
    r.preset = preset;
    return r;
}

} // namespace

class TestQueryLibrary final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(u"settings.ini"_s); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void history_isNewestFirst_withoutRepeats_andCappedAt20()
    {
        QSettings settings(file(), QSettings::IniFormat);
        QueryLibrary library(settings, u"work"_s);
        for (int i = 0; i < 25; ++i)
            library.addToHistory(recipient(u"user%1@example.com"_s.arg(i)));
        library.addToHistory(recipient(u"user10@example.com"_s)); // ran again: moves up
        const QList<RememberedQuery> history = library.history();
        QCOMPARE(history.size(), QueryLibrary::kHistorySize);
        QCOMPARE(history.at(0).query.toAddress, u"user10@example.com"_s);
        QCOMPARE(history.at(1).query.toAddress, u"user24@example.com"_s);
        int tens = 0;
        for (const RememberedQuery &q : history)
            tens += q.query.toAddress == u"user10@example.com"_s;
        QCOMPARE(tens, 1);
    }

    void library_survivesARestart_andKeepsProfilesApart()
    {
        {
            QSettings settings(file(), QSettings::IniFormat);
            QueryLibrary work(settings, u"work/eu"_s); // a slash must not nest groups
            work.addToHistory(recipient(u"a@example.com"_s));
            work.saveSearch(u"Bounces this week"_s, recipient(u"b@example.com"_s));
            QueryLibrary home(settings, u"home"_s);
            home.addToHistory(recipient(u"c@example.com"_s));
        }
        QSettings settings(file(), QSettings::IniFormat);
        QueryLibrary work(settings, u"work/eu"_s);
        QCOMPARE(work.history().size(), 1);
        QCOMPARE(work.history().at(0).query.toAddress, u"a@example.com"_s);
        QCOMPARE(work.savedSearches().size(), 1);
        QCOMPARE(work.savedSearches().at(0).name, u"Bounces this week"_s);
        QCOMPARE(QueryLibrary(settings, u"home"_s).history().at(0).query.toAddress, u"c@example.com"_s);
        QVERIFY(QueryLibrary(settings, u"work"_s).history().isEmpty());
    }

    void savedSearch_keepsARelativeRangeRelative_andACustomOneExact()
    {
        QSettings settings(file(), QSettings::IniFormat);
        QueryLibrary library(settings, u"p"_s);
        library.saveSearch(u"relative"_s, recipient(u"r@example.com"_s, kLast7Days));
        library.saveSearch(u"custom"_s, recipient(u"c@example.com"_s, kCustom));
        const QList<SavedSearch> searches = library.savedSearches();
        QCOMPARE(searches.size(), 2);
        QCOMPARE(searches.at(0).name, u"custom"_s); // sorted by name
        QCOMPARE(searches.at(0).query.preset, kCustom);
        QCOMPARE(searches.at(0).query.query.start, recipient({}).query.start);
        QCOMPARE(searches.at(1).query.preset, kLast7Days);
    }

    void saveSearch_withAnExistingName_replacesIt_andRemoveDeletes()
    {
        QSettings settings(file(), QSettings::IniFormat);
        QueryLibrary library(settings, u"p"_s);
        library.saveSearch(u"mine"_s, recipient(u"old@example.com"_s));
        library.saveSearch(u"mine"_s, recipient(u"new@example.com"_s));
        QCOMPARE(library.savedSearches().size(), 1);
        QCOMPARE(library.savedSearches().at(0).query.query.toAddress, u"new@example.com"_s);
        QVERIFY(library.removeSearch(u"mine"_s));
        QVERIFY(!library.removeSearch(u"mine"_s));
        QVERIFY(library.savedSearches().isEmpty());
    }

    void sameQuery_comparesPresetsByPreset_andCustomRangesByTheirEnds()
    {
        RememberedQuery a = recipient(u"x@example.com"_s, kLast7Days);
        RememberedQuery b = a;
        b.query.start = b.query.start.addDays(-3); // "last 7 days" run on another day
        QVERIFY(QueryLibrary::sameQuery(a, b));
        a.preset = b.preset = kCustom;
        QVERIFY(!QueryLibrary::sameQuery(a, b));
        b = a;
        b.query.status = 2;
        QVERIFY(!QueryLibrary::sameQuery(a, b));
    }
};

QTEST_GUILESS_MAIN(TestQueryLibrary)
#include "tst_querylibrary.moc"
