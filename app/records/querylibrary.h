#pragma once

#include "records/querysettings.h"

#include <QList>
#include <QSettings>
#include <QString>

namespace sendtrail {

struct SavedSearch
{
    QString name;
    RememberedQuery query; // a relative preset ("last 7 days") stays relative
};

// The queries a profile ran lately and the ones its user named, kept in QSettings per profile
// (each account has its own tags and senders). Never anything secret.
class QueryLibrary final
{
public:
    static constexpr int kHistorySize = 20;

    QueryLibrary(QSettings &settings, const QString &profile);

    QList<RememberedQuery> history() const; // newest first
    // Puts `query` first; an equal one already there moves up instead of repeating.
    void addToHistory(const RememberedQuery &query);
    void clearHistory();

    QList<SavedSearch> savedSearches() const; // by name, case-insensitively
    // A search of the same name is replaced.
    void saveSearch(const QString &name, const RememberedQuery &query);
    bool removeSearch(const QString &name);

    // Same filters and range: a relative preset compares by preset, a custom range by its ends.
    static bool sameQuery(const RememberedQuery &a, const RememberedQuery &b);

private:
    QString group() const;
    QList<RememberedQuery> readArray(const QString &name, QStringList *names = nullptr) const;
    void writeArray(const QString &name, const QList<RememberedQuery> &queries,
                    const QStringList &names = {});
    void writeSearches(const QList<SavedSearch> &searches);

    QSettings &m_settings;
    QString m_profile;
};

} // namespace sendtrail
