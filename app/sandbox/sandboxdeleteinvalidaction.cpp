#include "sandboxdeleteinvalidaction.h"

#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sendtrail {

SandboxDeleteInvalidAction::SandboxDeleteInvalidAction(SandboxInvalidList *list) : m_list(list) {}

QString SandboxDeleteInvalidAction::name() const
{
    return u"DeleteInvalidAddress"_s;
}

std::variant<QByteArray, SandboxError> SandboxDeleteInvalidAction::answer(const SandboxActionCall &call)
{
    const QString address = sandboxparams::value(call.params, u"ToAddress"_s);
    if (address.isEmpty())
        return sandboxerrors::missingParameter(u"ToAddress"_s);
    if (!m_list->remove(address))
        return sandboxerrors::invalidAddressNotFound();
    return sandboxrender::objectBody(name(), QJsonObject{{u"RequestId"_s, call.requestId}}, call.xml);
}

} // namespace sendtrail
