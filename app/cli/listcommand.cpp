#include "listcommand.h"

#include "clicommand.h"
#include "lists/dailystats.h"
#include "lists/listfetcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Follows every page of one catalogue and prints it.
class ListCommand final : public CliCommand
{
public:
    ListCommand(const ConnectionRequest &connection, const ListQuery &query, bool json, bool quiet,
                QTextStream &out, QTextStream &err)
        : CliCommand(connection, quiet, CliTr::tr("Cancelled."), err), m_query(query), m_json(json),
          m_out(out)
    {}

protected:
    void run(ApiClient *client) override
    {
        m_fetcher = new ListFetcher(client, m_query, nullptr, this);
        connect(m_fetcher, &ListFetcher::pageLoaded, this, [this](const ListPage &page) {
            for (const ListItem &item : page.items)
                m_out << (m_json ? jsonLine(item.raw) : textLine(item)) << '\n';
            m_out.flush();
            progress(CliTr::tr("Page %1: %2 items").arg(page.page).arg(page.items.size()));
        });
        connect(m_fetcher, &ListFetcher::finished, this, [this](const QList<ListItem> &items) {
            progress(CliTr::tr("%1 items in %2 calls.").arg(items.size()).arg(m_fetcher->callCount()), true);
            succeed();
        });
        connect(m_fetcher, &ListFetcher::fetchFailed, this,
                [this](const ApiError &error) { failService(CliTr::tr("Listing failed: %1"), error); });
        m_fetcher->start();
    }

    bool stop() override
    {
        if (m_fetcher)
            m_fetcher->cancel();
        return false;
    }

private:
    static QString textLine(const ListItem &item)
    {
        QString line = item.name;
        if (!item.id.isEmpty() && item.id != item.name)
            line += u"  ["_s + item.id + u']';
        if (!item.detail.isEmpty())
            line += u"  "_s + item.detail;
        return line;
    }

    ListQuery m_query;
    bool m_json;
    QTextStream &m_out;
    ListFetcher *m_fetcher = nullptr;
};

// The service's daily totals over whole days, split into the windows the API takes.
class StatsCommand final : public CliCommand
{
public:
    StatsCommand(const ConnectionRequest &connection, const StatsQuery &query, bool json, bool quiet,
                 QTextStream &out, QTextStream &err)
        : CliCommand(connection, quiet, CliTr::tr("Cancelled."), err), m_query(query), m_json(json),
          m_offset(connection.serviceUtcOffsetSeconds), m_out(out)
    {}

protected:
    void run(ApiClient *client) override
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(m_offset)).date();
        const StatsPlan plan = planStats(m_query, today);
        if (plan.clamped)
            progress(CliTr::tr("The service keeps daily totals for %1 days: starting at %2 instead of %3.")
                         .arg(StatsPlan::kMaxAgeDays)
                         .arg(plan.effectiveStart.toString(Qt::ISODate), m_query.start.toString(Qt::ISODate)),
                     true);
        m_fetcher = new StatsFetcher(client, m_query, plan, this);
        connect(m_fetcher, &StatsFetcher::finished, this, [this](const QList<DailyStat> &days) {
            if (!m_json)
                m_out
                    << "day,requests,successes,failures,unavailable,succeededPercent,unavailablePercent\r\n";
            for (const DailyStat &d : days) {
                if (m_json) {
                    m_out << jsonLine(d.raw) << '\n';
                    continue;
                }
                m_out << d.day.toString(Qt::ISODate) << ',' << d.requests << ',' << d.successes << ','
                      << d.failures << ',' << d.unavailable << ','
                      << d.raw.value(u"succeededPercent"_s).toString() << ','
                      << d.raw.value(u"unavailablePercent"_s).toString() << "\r\n";
            }
            m_out.flush();
            progress(CliTr::tr("%1 days in %2 calls.").arg(days.size()).arg(m_fetcher->callCount()), true);
            succeed();
        });
        connect(m_fetcher, &StatsFetcher::fetchFailed, this,
                [this](const ApiError &error) { failService(CliTr::tr("Daily totals failed: %1"), error); });
        m_fetcher->start();
    }

    bool stop() override
    {
        if (m_fetcher)
            m_fetcher->cancel();
        return false;
    }

private:
    StatsQuery m_query;
    bool m_json;
    int m_offset;
    QTextStream &m_out;
    StatsFetcher *m_fetcher = nullptr;
};

// Options common to the catalogue and stats commands; false when the parse ends here.
bool parseCommon(QCommandLineParser &p, const QString &command, const QStringList &args, QTextStream &out,
                 QStringList *errors, int *exitCode)
{
    p.addHelpOption();
    p.addOptions(connectionOptions());
    p.addOption({u"quiet"_s, CliTr::tr("No progress on stderr.")});
    if (!p.parse(QStringList{u"sendtrail-cli "_s + command} + args)) {
        errors->append(p.errorText());
        return true;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText().replace(u"sendtrail-cli [options]"_s,
                                    u"sendtrail-cli %1 [options]"_s.arg(command));
        *exitCode = 0;
        return false;
    }
    if (!p.positionalArguments().isEmpty())
        errors->append(CliTr::tr("Unexpected argument '%1'.").arg(p.positionalArguments().constFirst()));
    return true;
}

} // namespace

int runListCommand(const QString &command, const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const ListKind kind = listKindFromCommand(command).value_or(ListKind::Tags);
    QCommandLineParser p;
    p.setApplicationDescription(CliTr::tr("List every item of the account's %1 (%2), all pages followed.")
                                    .arg(command, listAction(kind)));
    p.addOptions({
        {u"keyword"_s, CliTr::tr("Only items whose name contains K (the service ignores case)."), u"K"_s},
        {u"format"_s, CliTr::tr("Output: jsonl (the service's objects, as returned) or text (default)."),
         u"jsonl|text"_s, u"text"_s},
        {u"page-size"_s, CliTr::tr("Items per request, 1-100 (default 50)."), u"N"_s, u"50"_s},
    });
    QStringList errors;
    int exitCode = 2;
    if (!parseCommon(p, command, args, out, &errors, &exitCode))
        return exitCode;
    ConnectionRequest connection;
    applyConnectionOptions(p, connection, &errors);
    const QString format = p.value(u"format"_s).toLower();
    if (format != "jsonl"_L1 && format != "text"_L1)
        errors.append(CliTr::tr("--format must be jsonl or text."));
    ListQuery query;
    query.kind = kind;
    query.keyword = p.value(u"keyword"_s);
    bool sizeOk = false;
    query.pageSize = p.value(u"page-size"_s).toInt(&sizeOk);
    if (!sizeOk || query.pageSize < 1 || query.pageSize > 100)
        errors.append(CliTr::tr("--page-size must be between 1 and 100."));
    if (!errors.isEmpty())
        return reportUsageErrors(errors, command, err);
    ListCommand run(connection, query, format == "jsonl"_L1, p.isSet(u"quiet"_s), out, err);
    return run.exec();
}

int runStatsCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(CliTr::tr(
        "The service's own daily totals (SenderStatisticsByTagNameAndBatchID) for whole days in the "
        "service's zone. The service keeps them for 30 days and answers at most 7 days a call: longer "
        "ranges are split, older days are left out with a note."));
    p.addOptions({
        {u"start"_s, CliTr::tr("First day, yyyy-MM-dd (required)."), u"DAY"_s},
        {u"end"_s, CliTr::tr("Last day, yyyy-MM-dd (required)."), u"DAY"_s},
        {u"tag"_s, CliTr::tr("Only mail with this tag."), u"T"_s},
        {u"account-name"_s, CliTr::tr("Only mail from this sender address."), u"A"_s},
        {u"format"_s, CliTr::tr("Output: jsonl (the service's stat objects, as returned) or csv (default)."),
         u"jsonl|csv"_s, u"csv"_s},
    });
    QStringList errors;
    int exitCode = 2;
    if (!parseCommon(p, u"stats"_s, args, out, &errors, &exitCode))
        return exitCode;
    ConnectionRequest connection;
    applyConnectionOptions(p, connection, &errors);
    StatsQuery query;
    for (const auto &[name, target] :
         {std::pair{u"start"_s, &query.start}, std::pair{u"end"_s, &query.end}}) {
        *target = QDate::fromString(p.value(name), u"yyyy-MM-dd"_s);
        if (!target->isValid())
            errors.append(CliTr::tr("--%1 must be a day: yyyy-MM-dd.").arg(name));
    }
    if (query.start.isValid() && query.end.isValid() && query.end < query.start)
        errors.append(CliTr::tr("--end must not be before --start."));
    query.tagName = p.value(u"tag"_s);
    query.accountName = p.value(u"account-name"_s);
    if (!query.tagName.isEmpty() && !query.accountName.isEmpty())
        errors.append(CliTr::tr("Use --tag or --account-name, not both."));
    const QString format = p.value(u"format"_s).toLower();
    if (format != "jsonl"_L1 && format != "csv"_L1)
        errors.append(CliTr::tr("--format must be jsonl or csv."));
    if (!errors.isEmpty())
        return reportUsageErrors(errors, u"stats"_s, err);
    StatsCommand run(connection, query, format == "jsonl"_L1, p.isSet(u"quiet"_s), out, err);
    return run.exec();
}

} // namespace sendtrail
