// A RAM denial names the action it needs and gives the policy to hand to an administrator.
#include "present/permissionadvice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

ApiError serviceError(const QString &code, const QString &action = {})
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = 403;
    error.code = code;
    error.action = action;
    return error;
}

} // namespace

class TestPermissionAdvice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void denialCodes_areRecognised_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("denied");
        QTest::newRow("Forbidden (the DM code)") << u"Forbidden"_s << true;
        QTest::newRow("Forbidden.RAM") << u"Forbidden.RAM"_s << true;
        QTest::newRow("NoPermission") << u"NoPermission"_s << true;
        QTest::newRow("Forbidden.NoPermission") << u"Forbidden.NoPermission"_s << true;
        QTest::newRow("a disabled key is not a RAM problem") << u"Forbidden.AccessKeyDisabled"_s << false;
        QTest::newRow("wrong secret") << u"SignatureDoesNotMatch"_s << false;
        QTest::newRow("throttling") << u"Throttling.User"_s << false;
    }

    void denialCodes_areRecognised()
    {
        QFETCH(QString, code);
        QFETCH(bool, denied);
        QCOMPARE(PermissionAdvice::isPermissionDenied(serviceError(code)), denied);
        QCOMPARE(PermissionAdvice::forError(serviceError(code)).has_value(), denied);
    }

    void networkErrors_areNeverPermissionProblems()
    {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.code = u"Forbidden"_s;
        QVERIFY(!PermissionAdvice::forError(error));
    }

    void advice_namesTheCallsRamAction_andAValidPolicy_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("ramAction");
        QTest::newRow("detail records")
            << u"SenderStatisticsDetailByParam"_s << u"dm:SenderStatisticsDetailByParam"_s;
        QTest::newRow("tags") << u"QueryTagByParam"_s << u"dm:QueryTagByParam"_s;
        QTest::newRow("unknown call: the records API") << QString() << u"dm:SenderStatisticsDetailByParam"_s;
    }

    void advice_namesTheCallsRamAction_andAValidPolicy()
    {
        QFETCH(QString, action);
        QFETCH(QString, ramAction);
        const auto advice = PermissionAdvice::forError(serviceError(u"Forbidden.RAM"_s, action));
        QVERIFY(advice);
        QCOMPARE(advice->ramAction, ramAction);
        QVERIFY(advice->explanation.contains(ramAction));
        QJsonParseError parseError;
        const QJsonObject policy = QJsonDocument::fromJson(advice->policyJson.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(policy.value(u"Version"_s).toString(), u"1"_s);
        const QJsonObject statement = policy.value(u"Statement"_s).toArray().first().toObject();
        QCOMPARE(statement.value(u"Effect"_s).toString(), u"Allow"_s);
        QCOMPARE(statement.value(u"Action"_s).toArray(), QJsonArray{ramAction});
        QCOMPARE(statement.value(u"Resource"_s).toString(), u"*"_s);
    }

    void describe_addsThePolicyOnlyToDenials()
    {
        const QString denied =
            PermissionAdvice::describe(serviceError(u"Forbidden.RAM"_s, u"QueryInvalidAddress"_s));
        QVERIFY(denied.contains(u"dm:QueryInvalidAddress"_s));
        QVERIFY(denied.contains(u"\"Effect\": \"Allow\""_s));
        const ApiError wrongSecret = serviceError(u"SignatureDoesNotMatch"_s);
        QCOMPARE(PermissionAdvice::describe(wrongSecret), wrongSecret.userText());
    }
};

QTEST_APPLESS_MAIN(TestPermissionAdvice)
#include "tst_permissionadvice.moc"
