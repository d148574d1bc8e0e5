#include "records/querysettings.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace sendtrail {

void QuerySettings::save(QSettings &s, const RememberedQuery &r, const QString &group)
{
    s.beginGroup(group);
    s.setValue(u"start"_s, r.query.start.toUTC().toString(Qt::ISODate));
    s.setValue(u"end"_s, r.query.end.toUTC().toString(Qt::ISODate));
    s.setValue(u"toAddress"_s, r.query.toAddress);
    s.setValue(u"accountName"_s, r.query.accountName);
    s.setValue(u"tagName"_s, r.query.tagName);
    s.setValue(u"status"_s, r.query.status ? QVariant(*r.query.status) : QVariant(-1));
    s.setValue(u"ipPoolId"_s, r.query.ipPoolId);
    s.setValue(u"configSetId"_s, r.query.configSetId);
    s.setValue(u"pageSize"_s, r.query.pageSize);
    s.setValue(u"preset"_s, r.preset);
    s.endGroup();
}

std::optional<RememberedQuery> QuerySettings::load(QSettings &s, const QString &group)
{
    s.beginGroup(group);
    const auto end = qScopeGuard([&s] { s.endGroup(); });
    if (!s.contains(u"start"_s))
        return std::nullopt;
    RememberedQuery r;
    r.query.start = QDateTime::fromString(s.value(u"start"_s).toString(), Qt::ISODate);
    r.query.end = QDateTime::fromString(s.value(u"end"_s).toString(), Qt::ISODate);
    r.query.toAddress = s.value(u"toAddress"_s).toString();
    r.query.accountName = s.value(u"accountName"_s).toString();
    r.query.tagName = s.value(u"tagName"_s).toString();
    const int status = s.value(u"status"_s, -1).toInt();
    if (status >= 0)
        r.query.status = status;
    r.query.ipPoolId = s.value(u"ipPoolId"_s).toString();
    r.query.configSetId = s.value(u"configSetId"_s).toString();
    r.query.pageSize = qBound(1, s.value(u"pageSize"_s, 100).toInt(), 100);
    r.preset = s.value(u"preset"_s, 0).toInt();
    return r;
}

} // namespace sendtrail
