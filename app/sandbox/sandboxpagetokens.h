#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace sendtrail {

// NextStart tokens shaped like the service's (<10 hex>#<code>#<account>-<unixSec>#<toAddr>.<id>)
// but opaque to the server: each maps to a position in one particular query's results, and only
// tokens this instance issued are accepted.
class SandboxPageTokens final
{
public:
    SandboxPageTokens();

    struct NextRow
    {
        QString accountName;
        qint64 utcSeconds = 0;
        QString toAddress;
        int status = 0;
    };

    QString issue(const QString &queryKey, int offset, const NextRow &next);
    std::optional<int> resolve(const QString &token, const QString &queryKey) const;
    int issuedCount() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QString queryKey;
        int offset = 0;
    };
    static constexpr int kMaxEntries = 1'000'000; // then start over; long-lived demo servers stay bounded

    QHash<QString, Entry> m_entries;
    QByteArray m_salt;
};

} // namespace sendtrail
