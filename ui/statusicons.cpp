#include "statusicons.h"

#include "present/deliveryexplainer.h"

using namespace Qt::StringLiterals;

static void initSendtrailResources()
{
    // The resources live in this static library; make sure the linker keeps them.
    Q_INIT_RESOURCE(sendtrail);
}

namespace sendtrail {

namespace {

QString iconPath(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Delivered:
        return u":/icons/status-delivered.png"_s;
    case DeliveryStatus::InvalidAddress:
        return u":/icons/status-invalid.png"_s;
    case DeliveryStatus::Spam:
        return u":/icons/status-spam.png"_s;
    case DeliveryStatus::Failed:
        return u":/icons/status-failed.png"_s;
    case DeliveryStatus::Unknown:
        break;
    }
    return u":/icons/status-unknown.png"_s;
}

void ensureResources()
{
    static const bool done = [] {
        initSendtrailResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

QIcon StatusIcons::icon(DeliveryStatus status)
{
    ensureResources();
    return QIcon(iconPath(status));
}

QString StatusIcons::text(DeliveryStatus status)
{
    return DeliveryExplainer::statusText(status);
}

QIcon StatusIcons::appIcon()
{
    ensureResources();
    QIcon icon;
    icon.addFile(u":/icons/sendtrail-64.png"_s);
    icon.addFile(u":/icons/sendtrail-256.png"_s);
    return icon;
}

} // namespace sendtrail
