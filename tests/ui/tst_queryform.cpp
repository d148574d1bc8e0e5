#include "queryform.h"
#include "records/mailrecord.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestQueryForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preset_givesInstantsInDisplayZone_data();
    void preset_givesInstantsInDisplayZone();
    void displayZoneChange_keepsInstants();
    void query_mapsOneFilterAndStatus();
    void setQuery_roundTrips();
    void formErrors_flagMissingOrNonAddressValues();
    void filterKindChange_clearsTheFiltersMessageOnly();
    void startAndEnd_areOneTabStopEach();
    void archiveSource_showsEveryFilterTogether();
    void archiveFilter_combinesEveryField();
    void archiveSource_takesAnyRangeButChecksAddresses_data();
    void archiveSource_takesAnyRangeButChecksAddresses();

private:
    static QDateTime utc(const QString &text) { return QDateTime::fromString(text, Qt::ISODate).toUTC(); }
};

void TestQueryForm::preset_givesInstantsInDisplayZone_data()
{
    QTest::addColumn<int>("zone");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::newRow("last hour, UTC") << int(DisplayZone::Utc) << int(QueryForm::Preset::LastHour)
                                    << utc(u"2024-05-10T16:30:00Z"_s) << utc(u"2024-05-10T17:31:00Z"_s);
    QTest::newRow("today, UTC") << int(DisplayZone::Utc) << int(QueryForm::Preset::Today)
                                << utc(u"2024-05-10T00:00:00Z"_s) << utc(u"2024-05-10T17:31:00Z"_s);
    // 17:30 UTC is already 01:30 on the 11th in UTC+8.
    QTest::newRow("today, service") << int(DisplayZone::Service) << int(QueryForm::Preset::Today)
                                    << utc(u"2024-05-10T16:00:00Z"_s) << utc(u"2024-05-10T17:31:00Z"_s);
    QTest::newRow("yesterday, service") << int(DisplayZone::Service) << int(QueryForm::Preset::Yesterday)
                                        << utc(u"2024-05-09T16:00:00Z"_s) << utc(u"2024-05-10T16:00:00Z"_s);
    QTest::newRow("last 7 days") << int(DisplayZone::Utc) << int(QueryForm::Preset::Last7Days)
                                 << utc(u"2024-05-03T17:30:00Z"_s) << utc(u"2024-05-10T17:31:00Z"_s);
    QTest::newRow("last 30 days stays within 30 days")
        << int(DisplayZone::Utc) << int(QueryForm::Preset::Last30Days) << utc(u"2024-04-10T17:31:00Z"_s)
        << utc(u"2024-05-10T17:31:00Z"_s);
}

void TestQueryForm::preset_givesInstantsInDisplayZone()
{
    QFETCH(int, zone);
    QFETCH(int, preset);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QueryForm form;
    form.setDisplayZone(DisplayZone(zone));
    form.applyPreset(QueryForm::Preset(preset), utc(u"2024-05-10T17:30:20Z"_s));
    const MailQuery q = form.query();
    QCOMPARE(q.start, start);
    QCOMPARE(q.end, end);
    QCOMPARE(form.currentPreset(), QueryForm::Preset(preset));
}

void TestQueryForm::displayZoneChange_keepsInstants()
{
    QueryForm form;
    form.setDisplayZone(DisplayZone::Utc);
    form.applyPreset(QueryForm::Preset::Yesterday, utc(u"2024-05-10T17:30:20Z"_s));
    const MailQuery before = form.query();
    form.setDisplayZone(DisplayZone::Service);
    auto *start = form.findChild<QDateTimeEdit *>(u"startDateTimeEdit"_s);
    QCOMPARE(start->dateTime().time(), QTime(8, 0)); // 00:00 UTC shown as 08:00 UTC+8
    QCOMPARE(form.query().start, before.start);
    QCOMPARE(form.query().end, before.end);
    QCOMPARE(form.currentPreset(), QueryForm::Preset::Yesterday);
}

void TestQueryForm::query_mapsOneFilterAndStatus()
{
    QueryForm form;
    form.findChild<QComboBox *>(u"filterKindComboBox"_s)->setCurrentIndex(int(QueryForm::FilterKind::Tag));
    form.findChild<QLineEdit *>(u"filterValueLineEdit"_s)->setText(u"  spring-sale "_s);
    auto *status = form.findChild<QComboBox *>(u"statusComboBox"_s);
    status->setCurrentIndex(status->findData(int(DeliveryStatus::Failed)));
    const MailQuery q = form.query();
    QCOMPARE(q.tagName, u"spring-sale"_s);
    QVERIFY(q.toAddress.isEmpty());
    QVERIFY(q.accountName.isEmpty());
    QCOMPARE(q.status, std::optional<int>(4));
}

void TestQueryForm::setQuery_roundTrips()
{
    MailQuery q;
    q.start = utc(u"2024-05-01T10:00:00Z"_s);
    q.end = utc(u"2024-05-02T10:00:00Z"_s);
    q.accountName = u"news@mail.example.com"_s;
    q.status = 2;
    q.ipPoolId = u"pool-1"_s;
    q.configSetId = u"set-1"_s;
    q.pageSize = 25;
    QueryForm form;
    form.setQuery(q);
    const MailQuery back = form.query();
    QCOMPARE(back.start, q.start);
    QCOMPARE(back.end, q.end);
    QCOMPARE(back.accountName, q.accountName);
    QCOMPARE(back.status, q.status);
    QCOMPARE(back.ipPoolId, q.ipPoolId);
    QCOMPARE(back.configSetId, q.configSetId);
    QCOMPARE(back.pageSize, 25);
    QCOMPARE(form.filterKind(), QueryForm::FilterKind::Sender);
}

void TestQueryForm::formErrors_flagMissingOrNonAddressValues()
{
    QueryForm form;
    QVERIFY(form.formErrors().isEmpty());
    auto *kind = form.findChild<QComboBox *>(u"filterKindComboBox"_s);
    auto *value = form.findChild<QLineEdit *>(u"filterValueLineEdit"_s);
    kind->setCurrentIndex(int(QueryForm::FilterKind::Recipient));
    QCOMPARE(form.formErrors().size(), 1);
    QCOMPARE(form.formErrors().constFirst().field, u"filter"_s);
    value->setText(u"nobody"_s);
    QVERIFY(form.formErrors().constFirst().message.contains(u"@"_s));
    value->setText(u"a@b.example"_s);
    QVERIFY(form.formErrors().isEmpty());
    kind->setCurrentIndex(int(QueryForm::FilterKind::Tag));
    value->setText(u"no-at-sign-needed"_s);
    QVERIFY(form.formErrors().isEmpty());
}

void TestQueryForm::filterKindChange_clearsTheFiltersMessageOnly()
{
    QueryForm form;
    form.show();
    auto *kind = form.findChild<QComboBox *>(u"filterKindComboBox"_s);
    auto *value = form.findChild<QLineEdit *>(u"filterValueLineEdit"_s);
    auto *filterError = form.findChild<QLabel *>(u"filterErrorLabel"_s);
    auto *endError = form.findChild<QLabel *>(u"endErrorLabel"_s);
    kind->setCurrentIndex(int(QueryForm::FilterKind::Recipient));
    value->setText(u"nobody"_s);
    form.showFieldErrors({FieldError{u"filter"_s, u"An address needs an @."_s},
                          FieldError{u"end"_s, u"End is before Start."_s}});
    QVERIFY(filterError->isVisible());
    QVERIFY(!value->styleSheet().isEmpty());

    kind->setCurrentIndex(int(QueryForm::FilterKind::Tag));
    QVERIFY(!filterError->isVisible());
    QVERIFY(filterError->text().isEmpty());
    QVERIFY(value->styleSheet().isEmpty()); // no red frame left on the value either
    QVERIFY(endError->isVisible());         // a message about another field stays
    QVERIFY(form.hasFieldErrors());
}

void TestQueryForm::startAndEnd_areOneTabStopEach()
{
    QueryForm form;
    form.show();
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *start = form.findChild<QDateTimeEdit *>(u"startDateTimeEdit"_s);
    auto *end = form.findChild<QDateTimeEdit *>(u"endDateTimeEdit"_s);
    start->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), end);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form.findChild<QComboBox *>(u"filterKindComboBox"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), end);
}

void TestQueryForm::archiveSource_showsEveryFilterTogether()
{
    QueryForm form;
    form.show();
    auto *source = form.findChild<QComboBox *>(u"sourceComboBox"_s);
    QVERIFY(source->isVisible());
    QCOMPARE(source->count(), 2);
    const QStringList archiveFields = {
        u"archiveLocationLineEdit"_s, u"archiveRecipientLineEdit"_s,      u"archiveSenderLineEdit"_s,
        u"archiveTagLineEdit"_s,      u"archiveClassificationLineEdit"_s, u"archiveDomainLineEdit"_s,
        u"archiveTextLineEdit"_s};
    auto *kind = form.findChild<QComboBox *>(u"filterKindComboBox"_s);
    QVERIFY(kind->isVisible());
    for (const QString &name : archiveFields)
        QVERIFY2(!form.findChild<QLineEdit *>(name)->isVisible(), qPrintable(name));
    QSignalSpy switched(&form, &QueryForm::sourceChanged);
    source->setCurrentIndex(1);
    QCOMPARE(switched.size(), 1);
    QCOMPARE(form.source(), QueryForm::Source::Archive);
    QVERIFY(!kind->isVisible()); // one-of-three belongs to the service
    for (const QString &name : archiveFields) {
        auto *edit = form.findChild<QLineEdit *>(name);
        QVERIFY2(edit->isVisible() && edit->isEnabled(), qPrintable(name));
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(name));
    }
    // The switch is reached from the keyboard: its label's mnemonic, and Tab after Manage….
    auto *label = qobject_cast<QLabel *>(source->parentWidget()->findChildren<QLabel *>().at(0));
    QVERIFY(label);
    bool buddied = false;
    for (QLabel *l : form.findChildren<QLabel *>())
        buddied = buddied || (l->buddy() == source && l->text().contains(u'&'));
    QVERIFY(buddied);
    QCOMPARE(form.findChild<QWidget *>(u"manageProfilesButton"_s)->nextInFocusChain(), source);
}

void TestQueryForm::archiveFilter_combinesEveryField()
{
    QueryForm form;
    form.setSource(QueryForm::Source::Archive);
    const QList<std::pair<QString, QString>> values = {
        {u"archiveRecipientLineEdit"_s, u"a@qq.com"_s}, {u"archiveSenderLineEdit"_s, u"news@example.com"_s},
        {u"archiveTagLineEdit"_s, u"BlackFriday"_s},    {u"archiveClassificationLineEdit"_s, u"Spam"_s},
        {u"archiveDomainLineEdit"_s, u"qq.com"_s},      {u"archiveTextLineEdit"_s, u"invoice"_s}};
    for (const auto &[name, value] : values)
        form.findChild<QLineEdit *>(name)->setText(u"  "_s + value);
    MailQuery q = form.query();
    q.status = 3;
    q.ipPoolId = u"pool-1"_s;
    form.setQuery(q);
    form.setSource(QueryForm::Source::Archive); // setQuery leaves the source alone
    const ArchiveFilter filter = form.archiveFilter();
    QCOMPARE(filter.toAddress, u"a@qq.com"_s);
    QCOMPARE(filter.accountName, u"news@example.com"_s);
    QCOMPARE(filter.tag, u"BlackFriday"_s);
    QCOMPARE(filter.classification, u"Spam"_s);
    QCOMPARE(filter.domain, u"qq.com"_s);
    QCOMPARE(filter.text, u"invoice"_s);
    QCOMPARE(filter.status, std::optional<int>(3));
    QCOMPARE(filter.ipPoolId, u"pool-1"_s);
    QCOMPARE(filter.startUtc, form.query().start.toSecsSinceEpoch());
    QCOMPARE(filter.endUtc, form.query().end.toSecsSinceEpoch());
}

void TestQueryForm::archiveSource_takesAnyRangeButChecksAddresses_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("field");
    QTest::newRow("three months") << 92 << QString() << QString();
    QTest::newRow("a year with a recipient") << 365 << u"a@qq.com"_s << QString();
    QTest::newRow("a recipient without @") << 10 << u"qq.com"_s << u"archiveRecipient"_s;
    QTest::newRow("end before start") << -1 << QString() << u"end"_s;
}

void TestQueryForm::archiveSource_takesAnyRangeButChecksAddresses()
{
    QFETCH(int, days);
    QFETCH(QString, recipient);
    QFETCH(QString, field);
    QueryForm form;
    form.setSource(QueryForm::Source::Archive);
    MailQuery q = form.query();
    q.start = utc(u"2026-01-01T00:00:00Z"_s);
    q.end = q.start.addDays(days);
    form.setQuery(q);
    form.findChild<QLineEdit *>(u"archiveRecipientLineEdit"_s)->setText(recipient);
    const QList<FieldError> errors = form.formErrors();
    QCOMPARE(errors.isEmpty(), field.isEmpty());
    if (!field.isEmpty()) {
        QCOMPARE(errors.at(0).field, field);
        form.showFieldErrors(errors);
        QVERIFY(form.hasFieldErrors());
    }
}

QTEST_MAIN(TestQueryForm)
#include "tst_queryform.moc"
