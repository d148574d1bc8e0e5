// Tags by multiset: identical tuples are indistinguishable, so only how many carry a tag counts.
#include "archive/taglabeller.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

MailRecord mail(qint64 t, const QString &to)
{
    MailRecord r;
    r.utcSeconds = t;
    r.toAddress = to;
    r.status = DeliveryStatus::Delivered;
    r.subject = u"Hello"_s;
    return r;
}

} // namespace

class tst_TagLabeller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalTuples_areLabelledAsManyTimesAsTheTagSaw()
    {
        QList<ArchivedRecord> window;
        for (int i = 0; i < 3; ++i)
            window.append({0, mail(100, u"a@x.com"_s), {}}); // three identical mails
        window.append({0, mail(100, u"b@x.com"_s), {}});
        window.append({0, mail(200, u"a@x.com"_s), {}});
        TagLabeller labeller(&window);
        QCOMPARE(labeller.label(u"News"_s, {mail(100, u"a@x.com"_s), mail(100, u"a@x.com"_s)}), 2);
        QCOMPARE(labeller.label(u"Bills"_s, {mail(100, u"a@x.com"_s), mail(200, u"a@x.com"_s)}), 2);
        // A tagged mail the untagged fetch never saw (it arrived in between) waits for the next sync.
        QCOMPARE(labeller.label(u"Bills"_s, {mail(300, u"c@x.com"_s), mail(100, u"a@x.com"_s)}), 0);
        QMap<QString, int> tags;
        for (const ArchivedRecord &r : std::as_const(window))
            ++tags[r.record.toAddress + u'/' + QString::number(r.record.utcSeconds) + u'/' + r.tag];
        const QMap<QString, int> expected = {{u"a@x.com/100/News"_s, 2},
                                             {u"a@x.com/100/Bills"_s, 1},
                                             {u"b@x.com/100/"_s, 1},
                                             {u"a@x.com/200/Bills"_s, 1}};
        QCOMPARE(tags, expected);
    }

    void anyFieldDifference_makesADifferentTuple()
    {
        MailRecord a = mail(100, u"a@x.com"_s);
        MailRecord b = a;
        b.message = u"250 OK"_s;
        QVERIFY(TagLabeller::tupleOf(a) != TagLabeller::tupleOf(b));
        b = a;
        b.status = DeliveryStatus::Spam;
        QVERIFY(TagLabeller::tupleOf(a) != TagLabeller::tupleOf(b));
        QCOMPARE(TagLabeller::tupleOf(a), TagLabeller::tupleOf(mail(100, u"a@x.com"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_TagLabeller)
#include "tst_taglabeller.moc"
