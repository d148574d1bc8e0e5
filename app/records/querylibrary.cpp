#include "records/querylibrary.h"

#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

QueryLibrary::QueryLibrary(QSettings &settings, const QString &profile)
    : m_settings(settings), m_profile(profile)
{}

QString QueryLibrary::group() const
{
    // A profile name may hold '/' or '\', which QSettings reads as nesting.
    return u"queries/"_s +
           QString::fromLatin1(QUrl::toPercentEncoding(m_profile.isEmpty() ? u"-"_s : m_profile));
}

QList<RememberedQuery> QueryLibrary::readArray(const QString &name, QStringList *names) const
{
    QList<RememberedQuery> queries;
    m_settings.beginGroup(group());
    const int size = m_settings.beginReadArray(name);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        if (const auto query = QuerySettings::load(m_settings, u"query"_s)) {
            queries.append(*query);
            if (names)
                names->append(m_settings.value(u"name"_s).toString());
        }
    }
    m_settings.endArray();
    m_settings.endGroup();
    return queries;
}

void QueryLibrary::writeArray(const QString &name, const QList<RememberedQuery> &queries,
                              const QStringList &names)
{
    m_settings.beginGroup(group());
    m_settings.remove(name); // beginWriteArray keeps entries past the new size
    m_settings.beginWriteArray(name, int(queries.size()));
    for (qsizetype i = 0; i < queries.size(); ++i) {
        m_settings.setArrayIndex(int(i));
        if (i < names.size())
            m_settings.setValue(u"name"_s, names.at(i));
        QuerySettings::save(m_settings, queries.at(i), u"query"_s);
    }
    m_settings.endArray();
    m_settings.endGroup();
}

void QueryLibrary::writeSearches(const QList<SavedSearch> &searches)
{
    QList<RememberedQuery> queries;
    QStringList names;
    for (const SavedSearch &s : searches) {
        queries.append(s.query);
        names.append(s.name);
    }
    writeArray(u"saved"_s, queries, names);
}

QList<RememberedQuery> QueryLibrary::history() const
{
    return readArray(u"history"_s);
}

void QueryLibrary::addToHistory(const RememberedQuery &query)
{
    QList<RememberedQuery> queries = history();
    queries.removeIf([&query](const RememberedQuery &q) { return sameQuery(q, query); });
    queries.prepend(query);
    if (queries.size() > kHistorySize)
        queries.resize(kHistorySize);
    writeArray(u"history"_s, queries);
}

void QueryLibrary::clearHistory()
{
    writeArray(u"history"_s, {});
}

QList<SavedSearch> QueryLibrary::savedSearches() const
{
    QStringList names;
    const QList<RememberedQuery> queries = readArray(u"saved"_s, &names);
    QList<SavedSearch> searches;
    for (qsizetype i = 0; i < queries.size(); ++i)
        searches.append({names.at(i), queries.at(i)});
    std::stable_sort(searches.begin(), searches.end(), [](const SavedSearch &a, const SavedSearch &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return searches;
}

void QueryLibrary::saveSearch(const QString &name, const RememberedQuery &query)
{
    QList<SavedSearch> searches = savedSearches();
    searches.removeIf([&name](const SavedSearch &s) { return s.name == name; });
    searches.append({name, query});
    writeSearches(searches);
}

bool QueryLibrary::removeSearch(const QString &name)
{
    QList<SavedSearch> searches = savedSearches();
    if (searches.removeIf([&name](const SavedSearch &s) { return s.name == name; }) == 0)
        return false;
    writeSearches(searches);
    return true;
}

bool QueryLibrary::sameQuery(const RememberedQuery &a, const RememberedQuery &b)
{
    const MailQuery &x = a.query;
    const MailQuery &y = b.query;
    if (a.preset != b.preset || x.toAddress != y.toAddress || x.accountName != y.accountName ||
        x.tagName != y.tagName || x.status != y.status || x.ipPoolId != y.ipPoolId ||
        x.configSetId != y.configSetId || x.pageSize != y.pageSize)
        return false;
    return a.preset != 0 || (x.start == y.start && x.end == y.end); // 0: QueryForm::Preset::Custom
}

} // namespace sendtrail
