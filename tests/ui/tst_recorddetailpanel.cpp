#include "recorddetailpanel.h"
#include "wrappingvalue.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

MailRecord longRecord()
{
    MailRecord r;
    r.status = DeliveryStatus::InvalidAddress;
    r.utcSeconds = 1'772'000'000;
    r.toAddress = u"a.very.long.recipient.name.without.any.spaces@mail.subdomain.example.co.uk"_s;
    r.accountName = u"noreply@mail.example.com"_s;
    r.subject = u"Your order 1234567890 has shipped"_s;
    r.errorClassification = u"RecipientAddressDoesNotExistOrIsNotAccepted"_s;
    r.message = u"550 5.1.1 <a.very.long.recipient.name.without.any.spaces@mail.subdomain.example.co.uk>: "
                u"Recipient address rejected: User unknown in virtual mailbox table"_s;
    return r;
}

} // namespace

class TestRecordDetailPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longValues_wrapAndAreNeverClipped_data();
    void longValues_wrapAndAreNeverClipped();
    void values_areSelectableByKeyboardAndCopyable();
    void copyButtons_haveOneDistinctNamePerField();
};

void TestRecordDetailPanel::longValues_wrapAndAreNeverClipped_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"recipient", "sender", "classification", "message"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestRecordDetailPanel::longValues_wrapAndAreNeverClipped()
{
    QFETCH(QString, key);
    RecordDetailPanel panel;
    panel.resize(420, 700); // the dock's minimum width
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const MailRecord record = longRecord();
    panel.showRecord(record, {}, 8 * 3600);
    auto *value = panel.findChild<WrappingValue *>(key + u"Value"_s);
    QVERIFY(value);
    QTRY_VERIFY(value->document()->size().height() > value->fontMetrics().height() * 1.5 ||
                key == u"sender"); // wrapped onto more lines (the sender fits on one)
    QVERIFY(value->document()->idealWidth() <= value->viewport()->width() + 1);
    QTRY_VERIFY(value->viewport()->height() + 1 >= int(value->document()->size().height()));
    QCOMPARE(panel.fieldValue(key), value->toPlainText());
    // Nothing sticks out of the panel: the scroll area never scrolls sideways.
    auto *scroll = panel.findChild<QScrollArea *>();
    QVERIFY(value->mapTo(scroll->widget(), QPoint(value->width(), 0)).x() <= scroll->viewport()->width());
}

void TestRecordDetailPanel::values_areSelectableByKeyboardAndCopyable()
{
    RecordDetailPanel panel;
    panel.showRecord(longRecord(), {}, 0);
    auto *value = panel.findChild<WrappingValue *>(u"recipientValue"_s);
    QVERIFY(value->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QVERIFY(value->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(value->isReadOnly());
    QCOMPARE(value->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(value->accessibleName(), u"Recipient"_s);
    panel.findChild<QToolButton *>(u"recipientCopyToolButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), longRecord().toAddress);
}

void TestRecordDetailPanel::copyButtons_haveOneDistinctNamePerField()
{
    RecordDetailPanel panel;
    QSet<QString> names;
    int buttons = 0;
    for (QToolButton *copy : panel.findChildren<QToolButton *>()) {
        if (!copy->objectName().endsWith(u"CopyToolButton"_s))
            continue;
        ++buttons;
        QVERIFY2(copy->accessibleName().startsWith(u"Copy "_s), qPrintable(copy->accessibleName()));
        names.insert(copy->accessibleName());
    }
    QCOMPARE(buttons, 12);
    QCOMPARE(names.size(), buttons);
    QCOMPARE(panel.findChild<QToolButton *>(u"recipientCopyToolButton"_s)->accessibleName(),
             u"Copy the recipient"_s);
}

QTEST_MAIN(TestRecordDetailPanel)
#include "tst_recorddetailpanel.moc"
