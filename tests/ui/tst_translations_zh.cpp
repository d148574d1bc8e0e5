#include "aliyunimportdialog.h"
#include "connection/appsession.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "present/deliveryexplainer.h"
#include "profilesdialog.h"
#include "queryform.h"
#include "records/mailquery.h"
#include "uitestsupport.h"

#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

// The translation the .ts file holds for (context, source): what lupdate and the translator agreed on.
QString tsTranslation(const QString &context, const QString &source)
{
    QFile file(QStringLiteral(SENDTRAIL_SOURCE_DIR "/translations/sendtrail_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext, currentSource;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            currentContext = xml.readElementText();
        else if (xml.name() == u"source")
            currentSource = xml.readElementText();
        else if (xml.name() == u"translation" && currentContext == context && currentSource == source)
            return xml.readElementText();
    }
    return {};
}

} // namespace

class TestTranslationsZh final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void embeddedQm_exists();
    void mainWindowMenus_areChinese();
    void queryFormRunButton_isChinese();
    void mailQueryValidation_isChinese();
    void deliveryExplainer_isChinese();
    void languageChoice_mapsToLocale();
    void profileDialogs_areChineseWithUniqueAccelerators();
};

void TestTranslationsZh::initTestCase()
{
    uitest::isolateSettings();
    const QLocale zh = LanguageSettings::localeFor(u"zh_CN"_s);
    QVERIFY(LanguageSettings::installTranslators(*QCoreApplication::instance(), zh));
}

void TestTranslationsZh::embeddedQm_exists()
{
    QFile qm(u":/i18n/sendtrail_zh_CN.qm"_s);
    QVERIFY(qm.exists());
    QVERIFY(qm.size() > 1000);
}

void TestTranslationsZh::mainWindowMenus_areChinese()
{
    MainWindow::Options options;
    options.secretStore = new SessionSecretStore;
    MainWindow window(options);
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    for (const char *source : {"&File", "&Query", "&View", "&Help"}) {
        const QString expected = tsTranslation(u"sendtrail::MainWindow"_s, QString::fromUtf8(source));
        QVERIFY2(!expected.isEmpty() && expected != QString::fromUtf8(source), source);
        QVERIFY2(titles.contains(expected), qPrintable(titles.join(u'|')));
    }
}

void TestTranslationsZh::queryFormRunButton_isChinese()
{
    QueryForm form;
    auto *run = form.findChild<QPushButton *>(u"runButton"_s);
    QVERIFY(run);
    const QString expected = tsTranslation(u"QueryForm"_s, u"&Run"_s);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(run->text(), expected);
}

void TestTranslationsZh::mailQueryValidation_isChinese()
{
    const QList<FieldError> errors = validateQuery(MailQuery{});
    QVERIFY(!errors.isEmpty());
    const QString expected = tsTranslation(u"sendtrail::MailQuery"_s, u"Choose a start time."_s);
    QCOMPARE(expected, u"请选择开始时间。"_s);
    QCOMPARE(errors.constFirst().message, expected);
}

void TestTranslationsZh::deliveryExplainer_isChinese()
{
    // The status word comes from RecordColumns (one wording for table, detail and exports);
    // the explanation is DeliveryExplainer's own.
    const QString word = tsTranslation(u"RecordColumns"_s, u"Invalid address"_s);
    QVERIFY(!word.isEmpty());
    QCOMPARE(DeliveryExplainer::statusText(DeliveryStatus::InvalidAddress), word);
    const QString summary = tsTranslation(u"DeliveryExplainer"_s,
                                          u"Delivered: the recipient's mail server accepted the message."_s);
    QVERIFY(!summary.isEmpty());
    QCOMPARE(DeliveryExplainer::explainStatus(DeliveryStatus::Delivered).summary, summary);
}

void TestTranslationsZh::languageChoice_mapsToLocale()
{
    QCOMPARE(LanguageSettings::localeFor(u"zh_CN"_s).name(), u"zh_CN"_s);
    QCOMPARE(LanguageSettings::localeFor(u"en"_s).language(), QLocale::English);
    QCOMPARE(LanguageSettings::localeFor(u"system"_s), QLocale::system());
    LanguageSettings::store(u"klingon"_s);
    QCOMPARE(LanguageSettings::stored(), u"system"_s);
    LanguageSettings::store(u"zh_CN"_s);
    QCOMPARE(LanguageSettings::stored(), u"zh_CN"_s);
}

void TestTranslationsZh::profileDialogs_areChineseWithUniqueAccelerators()
{
    AppSession session(nullptr, new SessionSecretStore);
    ProfilesDialog profiles(&session);
    const QString importText = tsTranslation(u"ProfilesDialog"_s, u"I&mport from aliyun CLI…"_s);
    QCOMPARE(importText, u"从 aliyun CLI 导入(&M)…"_s);
    QCOMPARE(profiles.findChild<QPushButton *>(u"importAliyunButton"_s)->text(), importText);
    QCOMPARE(uitest::acceleratorClashes(&profiles), QStringList());

    AliyunImportDialog import(
        &session, QStringLiteral(SENDTRAIL_SOURCE_DIR "/tests/credentials/data/aliyun-all-modes.json"));
    QCOMPARE(import.findChild<QPushButton *>(u"importButton"_s)->text(), u"导入(&I)"_s);
    QCOMPARE(uitest::acceleratorClashes(&import), QStringList());
    // The reasons come from app/credentials, translated there.
    auto *table = import.findChild<QTableWidget *>();
    QStringList outcomes;
    for (int row = 0; row < table->rowCount(); ++row)
        outcomes << table->item(row, table->columnCount() - 1)->text();
    QVERIFY2(
        outcomes.contains(
            u"已跳过：RamRoleArn 类型的账号配置：它通过 STS 扮演 RAM 角色，Sendtrail 不支持这种方式。"_s),
        qPrintable(outcomes.join(u'\n')));
}

QTEST_MAIN(TestTranslationsZh)
#include "tst_translations_zh.moc"
