#include "credentials/blockingwait.h"

#include <QTest>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

struct Reply
{
    QString text;
    int code = 0;
};

using Handler = std::function<void(const Reply &)>;

// Calls the handler inside the call itself (hops 0) or after that many event-loop turns, the
// way a keychain job answers later; zero-length timers keep wall-clock time out of the test.
void deliverAfter(int hops, const Handler &handler, const Reply &reply)
{
    if (hops == 0) {
        handler(reply);
        return;
    }
    QTimer::singleShot(0, [hops, handler, reply] { deliverAfter(hops - 1, handler, reply); });
}

void addDeliveryRows()
{
    QTest::addColumn<int>("hops");
    QTest::newRow("handler called inside start") << 0;
    QTest::newRow("handler called from the event loop") << 1;
    QTest::newRow("handler called three turns later") << 3;
}

} // namespace

class TestBlockingWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitFor_returnsWhatTheHandlerWasGiven_data();
    void waitFor_returnsWhatTheHandlerWasGiven();
    void waitFor_runsTheLoopOnlyWhileTheHandlerIsPending_data() { addDeliveryRows(); }
    void waitFor_runsTheLoopOnlyWhileTheHandlerIsPending();
};

void TestBlockingWait::waitFor_returnsWhatTheHandlerWasGiven_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");

    QTest::newRow("inside start") << 0 << u"written"_s << 0;
    QTest::newRow("from the event loop") << 1 << u"locked \u2014 unlock the keychain"_s << 7;
    QTest::newRow("three turns later") << 3 << QString() << -1;
}

void TestBlockingWait::waitFor_returnsWhatTheHandlerWasGiven()
{
    QFETCH(int, hops);
    QFETCH(QString, text);
    QFETCH(int, code);
    int starts = 0;
    const Reply reply = waitFor<Reply>([&](Handler done) {
        ++starts;
        deliverAfter(hops, done, Reply{text, code});
    });
    QCOMPARE(starts, 1);
    QCOMPARE(reply.text, text);
    QCOMPARE(reply.code, code);
}

void TestBlockingWait::waitFor_runsTheLoopOnlyWhileTheHandlerIsPending()
{
    QFETCH(int, hops);
    // Posted before the wait starts, so it runs as soon as anything spins the loop.
    QObject context;
    bool loopRan = false;
    QTimer::singleShot(0, &context, [&loopRan] { loopRan = true; });
    waitFor<Reply>([hops](Handler done) { deliverAfter(hops, done, Reply{}); });
    QCOMPARE(loopRan, hops > 0);
}

QTEST_GUILESS_MAIN(TestBlockingWait)
#include "tst_blockingwait.moc"
