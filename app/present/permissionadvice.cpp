#include "permissionadvice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::PermissionAdvice)
};

} // namespace

bool PermissionAdvice::isPermissionDenied(const ApiError &error)
{
    return error.serviceCause() == ApiError::ServiceCause::Permission;
}

QString PermissionAdvice::policyFor(const QStringList &ramActions)
{
    QJsonArray actions;
    for (const QString &a : ramActions)
        actions.append(a);
    const QJsonObject statement{{u"Effect"_s, u"Allow"_s}, {u"Action"_s, actions}, {u"Resource"_s, u"*"_s}};
    const QJsonObject policy{{u"Version"_s, u"1"_s}, {u"Statement"_s, QJsonArray{statement}}};
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented)).trimmed();
}

std::optional<PermissionAdvice> PermissionAdvice::forError(const ApiError &error)
{
    if (!isPermissionDenied(error))
        return std::nullopt;
    PermissionAdvice advice;
    const QString action = error.action.isEmpty() ? u"SenderStatisticsDetailByParam"_s : error.action;
    advice.ramAction = u"dm:"_s + action;
    advice.policyJson = policyFor({advice.ramAction});
    advice.explanation =
        Tr::tr(
            "The AccessKey is valid, but its RAM user or role may not call %1. Ask an administrator of the "
            "Alibaba Cloud account to grant the RAM action %2 (or attach the system policy "
            "AliyunDirectMailReadOnlyAccess) with this policy:")
            .arg(action, advice.ramAction);
    return advice;
}

QString PermissionAdvice::describe(const ApiError &error)
{
    QString text = error.userText();
    if (const auto advice = forError(error))
        text += u"\n"_s + advice->explanation + u"\n"_s + advice->policyJson;
    return text;
}

} // namespace sendtrail
