#include "invalidcommand.h"

#include "cellquote.h"
#include "clicommand.h"
#include "lists/invalidaddresses.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

class ListInvalidCommand final : public CliCommand
{
public:
    ListInvalidCommand(const ConnectionRequest &connection, const InvalidAddressQuery &query, bool json,
                       bool quiet, QTextStream &out, QTextStream &err)
        : CliCommand(connection, quiet, CliTr::tr("Cancelled."), err), m_query(query), m_json(json),
          m_zone(connection.serviceUtcOffsetSeconds), m_out(out)
    {}

protected:
    void run(ApiClient *client) override
    {
        if (!m_json)
            m_out << "address,since_utc,last_update_time\r\n";
        m_fetcher = new InvalidAddressFetcher(client, m_query, this);
        connect(m_fetcher, &InvalidAddressFetcher::pageLoaded, this,
                [this](const QList<InvalidAddress> &items, qint64 total) {
                    for (const InvalidAddress &item : items) {
                        if (m_json) {
                            m_out << QString::fromUtf8(QJsonDocument(item.raw).toJson(QJsonDocument::Compact))
                                  << '\n';
                            continue;
                        }
                        const QString since = QDateTime::fromSecsSinceEpoch(item.utcSeconds, QTimeZone::utc())
                                                  .toString(Qt::ISODate);
                        m_out << csvCell(item.address) << ',' << since << ',' << csvCell(item.lastUpdateTime)
                              << "\r\n";
                    }
                    m_out.flush();
                    m_seen += items.size();
                    progress(CliTr::tr("%1 of %2 addresses").arg(m_seen).arg(total));
                });
        connect(m_fetcher, &InvalidAddressFetcher::finished, this,
                [this](const QList<InvalidAddress> &items) {
                    progress(CliTr::tr("%1 items in %2 calls.").arg(items.size()).arg(m_fetcher->callCount()),
                             true);
                    succeed();
                });
        connect(m_fetcher, &InvalidAddressFetcher::fetchFailed, this,
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
    InvalidAddressQuery m_query;
    bool m_json;
    QTimeZone m_zone;
    QTextStream &m_out;
    InvalidAddressFetcher *m_fetcher = nullptr;
    qsizetype m_seen = 0;
};

class RemoveInvalidCommand final : public CliCommand
{
public:
    RemoveInvalidCommand(const ConnectionRequest &connection, const QStringList &addresses, QTextStream &out,
                         QTextStream &err)
        : CliCommand(connection, false, CliTr::tr("Cancelled."), err), m_addresses(addresses), m_out(out)
    {}

protected:
    void run(ApiClient *client) override
    {
        m_remover = new InvalidAddressRemover(client, m_addresses, this);
        connect(
            m_remover, &InvalidAddressRemover::addressDone, this,
            [this](const QString &address, InvalidAddressRemover::Outcome outcome, const ApiError &error) {
                switch (outcome) {
                case InvalidAddressRemover::Outcome::Removed:
                    m_out << CliTr::tr("%1: removed").arg(address) << '\n';
                    break;
                case InvalidAddressRemover::Outcome::NotOnList:
                    m_out << CliTr::tr("%1: not on the list").arg(address) << '\n';
                    break;
                case InvalidAddressRemover::Outcome::Failed:
                    m_out << CliTr::tr("%1: failed: %2").arg(address, error.userText()) << '\n';
                    break;
                }
                m_out.flush();
            });
        connect(m_remover, &InvalidAddressRemover::finished, this, [this](int, int, int failed) {
            if (failed > 0)
                return fail(CliTr::tr("%1 of %2 addresses could not be removed.")
                                .arg(failed)
                                .arg(m_addresses.size()));
            succeed();
        });
        m_remover->start();
    }

    bool stop() override
    {
        if (m_remover)
            m_remover->cancel();
        return false;
    }

private:
    QStringList m_addresses;
    QTextStream &m_out;
    InvalidAddressRemover *m_remover = nullptr;
};

bool parse(QCommandLineParser &p, const QString &command, const QStringList &args, QTextStream &out,
           QStringList *errors, int *exitCode)
{
    p.addHelpOption();
    p.addOptions(connectionOptions());
    if (!p.parse(QStringList{u"sendtrail-cli invalid-addresses "_s + command} + args)) {
        errors->append(p.errorText());
        return true;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText().replace(u"sendtrail-cli invalid-addresses "_s + command + u" [options]"_s,
                                    u"sendtrail-cli invalid-addresses %1 [options]"_s.arg(command));
        *exitCode = 0;
        return false;
    }
    return true;
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliTr::tr(
        "List the account's invalid-address list (QueryInvalidAddress): addresses Direct Mail no longer "
        "sends to, each dated by the failure that put it there. Whole days of the service's zone, at most "
        "30, no more than 30 days back."));
    p.addOptions({
        {u"start"_s, CliTr::tr("First day, yyyy-MM-dd (required)."), u"DAY"_s},
        {u"end"_s, CliTr::tr("Last day, yyyy-MM-dd (required)."), u"DAY"_s},
        {u"keyword"_s, CliTr::tr("Only addresses containing K."), u"K"_s},
        {u"format"_s, CliTr::tr("Output: jsonl (the service's objects, as returned) or csv (default)."),
         u"jsonl|csv"_s, u"csv"_s},
        {u"quiet"_s, CliTr::tr("No progress on stderr.")},
    });
    QStringList errors;
    int exitCode = 2;
    if (!parse(p, u"list"_s, args, out, &errors, &exitCode))
        return exitCode;
    ConnectionRequest connection;
    applyConnectionOptions(p, connection, &errors);
    InvalidAddressQuery query;
    for (const auto &[name, target] :
         {std::pair{u"start"_s, &query.start}, std::pair{u"end"_s, &query.end}}) {
        *target = QDate::fromString(p.value(name), u"yyyy-MM-dd"_s);
        if (!target->isValid())
            errors.append(CliTr::tr("--%1 must be a day: yyyy-MM-dd.").arg(name));
    }
    if (query.start.isValid() && query.end.isValid()) {
        if (query.end < query.start)
            errors.append(CliTr::tr("--end must not be before --start."));
        else if (query.start.daysTo(query.end) >= InvalidAddressQuery::kMaxSpanDays)
            errors.append(CliTr::tr("The service takes at most %1 days at a time.")
                              .arg(InvalidAddressQuery::kMaxSpanDays));
    }
    query.keyword = p.value(u"keyword"_s);
    const QString format = p.value(u"format"_s).toLower();
    if (format != "jsonl"_L1 && format != "csv"_L1)
        errors.append(CliTr::tr("--format must be jsonl or csv."));
    if (!errors.isEmpty())
        return reportUsageErrors(errors, u"invalid-addresses list"_s, err);
    ListInvalidCommand command(connection, query, format == "jsonl"_L1, p.isSet(u"quiet"_s), out, err);
    return command.exec();
}

// On a terminal, asks; anywhere else only --yes proceeds (a script must say so).
bool confirmRemoval(const QStringList &addresses, bool yes, QTextStream &err)
{
    if (yes)
        return true;
    if (!::isatty(STDIN_FILENO)) {
        err << CliTr::tr("sendtrail-cli: not a terminal: add --yes to remove without asking.") << Qt::endl;
        return false;
    }
    err << CliTr::tr(
               "Remove %1 address(es) from the invalid-address list? Direct Mail will try the next mail to "
               "each again; a real bounce puts it back. [y/N] ")
               .arg(addresses.size())
        << Qt::flush;
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return line[0] == 'y' || line[0] == 'Y';
}

int runRemove(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliTr::tr(
        "Remove addresses from the invalid-address list (DeleteInvalidAddress), so the next mail to them "
        "is attempted. Prints one line per address; exits non-zero if any could not be removed."));
    p.addPositionalArgument(u"ADDRESS"_s, CliTr::tr("Addresses to remove."), u"ADDRESS..."_s);
    p.addOption({u"yes"_s, CliTr::tr("Do not ask (needed when standard input is not a terminal).")});
    QStringList errors;
    int exitCode = 2;
    if (!parse(p, u"remove"_s, args, out, &errors, &exitCode))
        return exitCode;
    ConnectionRequest connection;
    applyConnectionOptions(p, connection, &errors);
    const QStringList addresses = p.positionalArguments();
    if (addresses.isEmpty())
        errors.append(CliTr::tr("Name at least one address to remove."));
    if (!errors.isEmpty())
        return reportUsageErrors(errors, u"invalid-addresses remove"_s, err);
    if (!confirmRemoval(addresses, p.isSet(u"yes"_s), err))
        return 1;
    RemoveInvalidCommand command(connection, addresses, out, err);
    return command.exec();
}

} // namespace

int runInvalidAddressesCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString sub = args.value(0);
    if (sub == "list"_L1)
        return runList(args.mid(1), out, err);
    if (sub == "remove"_L1)
        return runRemove(args.mid(1), out, err);
    (sub == "--help"_L1 || sub == "-h"_L1 ? out : err)
        << CliTr::tr("Usage: sendtrail-cli invalid-addresses list|remove [options]\n"
                     "Run 'sendtrail-cli invalid-addresses <command> --help' for the options.\n");
    return sub == "--help"_L1 || sub == "-h"_L1 ? 0 : 2;
}

} // namespace sendtrail
