#pragma once

#include "records/mailquery.h"

#include <QSettings>
#include <optional>

namespace sendtrail {

// The last query, remembered across restarts (never anything secret).
struct RememberedQuery
{
    MailQuery query;
    int preset = 0; // QueryForm::Preset; relative presets are re-applied on restore
};

class QuerySettings final
{
public:
    // `group` under the settings' current group; "lastQuery" is the query the window reopens with.
    static void save(QSettings &settings, const RememberedQuery &remembered,
                     const QString &group = QStringLiteral("lastQuery"));
    static std::optional<RememberedQuery> load(QSettings &settings,
                                               const QString &group = QStringLiteral("lastQuery"));
};

} // namespace sendtrail
