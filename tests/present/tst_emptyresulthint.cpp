// A query that finds nothing says so and suggests the value most likely meant.
#include "present/emptyresulthint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

Q_DECLARE_METATYPE(sendtrail::EmptyResultHint::Field)

class TestEmptyResultHint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hint_suggestsWhatIsLikelyMeant_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("knownTags");
        QTest::addColumn<EmptyResultHint::Field>("field");
        QTest::addColumn<QString>("suggestion");
        QTest::addColumn<QString>("says");
        using F = EmptyResultHint::Field;
        QTest::newRow("recipient with capitals")
            << u"Alice@Example.COM"_s << QString() << QString() << QStringList() << F::Recipient
            << u"alice@example.com"_s << u"No mail to Alice@Example.COM"_s;
        QTest::newRow("recipient already lower case")
            << u"alice@example.com"_s << QString() << QString() << QStringList() << F::None << QString()
            << u"Check the address"_s;
        QTest::newRow("sender with capitals")
            << QString() << u"News@Mail.Example.com"_s << QString() << QStringList() << F::Sender
            << u"news@mail.example.com"_s << u"No mail from News@Mail.Example.com"_s;
        QTest::newRow("tag in another case")
            << QString() << QString() << u"newsletter"_s << QStringList{u"Newsletter"_s} << F::Tag
            << u"Newsletter"_s << u"this account has a tag \"Newsletter\""_s;
        QTest::newRow("tag list not known yet") << QString() << QString() << u"newsletter"_s << QStringList()
                                                << F::None << QString() << u"capitals included"_s;
        QTest::newRow("the exact tag exists: nothing better to offer")
            << QString() << QString() << u"Promo"_s << QStringList{u"Promo"_s} << F::None << QString()
            << u"\"Promo\""_s;
        QTest::newRow("no filter") << QString() << QString() << QString() << QStringList() << F::None
                                   << QString() << u"Widen the range"_s;
    }

    void hint_suggestsWhatIsLikelyMeant()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        QFETCH(QString, tag);
        QFETCH(QStringList, knownTags);
        QFETCH(EmptyResultHint::Field, field);
        QFETCH(QString, suggestion);
        QFETCH(QString, says);
        MailQuery query;
        query.toAddress = to;
        query.accountName = from;
        query.tagName = tag;
        const EmptyResultHint hint = EmptyResultHint::forQuery(query, knownTags);
        QCOMPARE(hint.field, field);
        QCOMPARE(hint.suggestion, suggestion);
        QVERIFY2(hint.text.contains(says), qPrintable(hint.text));
        QCOMPARE(hint.suggestionLabel.isEmpty(), suggestion.isEmpty());
    }

    void applyTo_replacesOnlyTheValueThatFoundNothing()
    {
        MailQuery query;
        query.toAddress = u"Bob@Example.com"_s;
        query.status = 1;
        query.ipPoolId = u"pool-1"_s;
        const MailQuery next = EmptyResultHint::forQuery(query).applyTo(query);
        QCOMPARE(next.toAddress, u"bob@example.com"_s);
        QCOMPARE(next.status, query.status);
        QCOMPARE(next.ipPoolId, query.ipPoolId);
        QCOMPARE(next.start, query.start);
    }
};

QTEST_GUILESS_MAIN(TestEmptyResultHint)
#include "tst_emptyresulthint.moc"
