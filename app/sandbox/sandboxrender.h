#pragma once

#include "sandboxdataset.h"
#include "sandboxdetailaction.h"
#include "sandboxerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Bodies and raw HTTP/1.1 responses in the service's shapes.
namespace sendtrail::sandboxrender {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

QString newRequestId();                    // uppercase UUID, like B5AB8EBB-EE64-4BB2-B085-B92CC5DEDC41
QByteArray httpDate(const QDateTime &utc); // RFC 7231 IMF-fixdate

QByteArray errorBody(const SandboxError &error, const QString &requestId, bool xml);
QByteArray pageBody(const SandboxDataset &dataset, const SandboxPage &page, const QString &requestId,
                    int serviceUtcOffsetSeconds, bool xml);
// Any other action's body: the object as JSON, or as XML under <ActionResponse> where a key is
// an element and an array repeats its key's element once per item (as data/mailDetail does).
QByteArray objectBody(const QString &action, const QJsonObject &body, bool xml);
QByteArray contentType(bool xml);

QByteArray httpResponse(int status, const HeaderList &headers, const QByteArray &body);

} // namespace sendtrail::sandboxrender
