#include "lookupcommand.h"

#include "cliarchive.h"
#include "clicommand.h"
#include "lookuprequest.h"
#include "present/permissionadvice.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

// Reads the whole input (a file or standard input) into an address list; nullopt and *error
// when it cannot be read or is not a list the lookup can take.
std::optional<AddressList> readInput(const LookupRequest &r, QString *error)
{
    QFile file;
    const bool isStdin = r.inputPath == "-"_L1;
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(r.inputPath), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = CliTr::tr("Cannot read %1: %2").arg(r.inputPath, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const auto format =
        AddressList::guessFormat(bytes, isStdin ? QString() : r.inputPath, r.column.has_value());
    return AddressList::fromBytes(bytes, format, r.column.value_or(AddressColumn{}), error);
}

// Looks every address up, then writes the file: all or nothing, like export.
class LookupCommand final : public CliCommand
{
public:
    LookupCommand(const LookupRequest &request, AddressList list, QTextStream &err)
        : CliCommand(request, request.quiet, CliTr::tr("Cancelled; no file was written."), err),
          m_request(request), m_list(std::move(list))
    {}

protected:
    void run(ApiClient *client) override
    {
        m_run = new LookupRun(client, m_list.addresses(), m_request.range, m_request.lookupOptions, this);
        connect(m_run, &LookupRun::progressed, this, [this](const LookupProgress &p) {
            progress(CliTr::tr("Looked up %1 of %2 addresses (%3 found, %4 failed), %5 calls, %6")
                         .arg(p.addressesDone)
                         .arg(p.addressesTotal)
                         .arg(p.found)
                         .arg(p.failed)
                         .arg(p.calls)
                         .arg(LookupRun::etaText(p.etaSeconds)));
        });
        connect(m_run, &LookupRun::aborted, this, [this](const ApiError &error) {
            fail(CliTr::tr("Lookup failed: %1").arg(PermissionAdvice::describe(error)));
        });
        connect(m_run, &LookupRun::cancelled, this, [this] { fail(cancelledText(), 130); });
        connect(m_run, &LookupRun::finished, this, [this] { writeResults(); });
        m_run->start();
    }

    bool stop() override
    {
        if (!m_run || !m_run->isRunning())
            return false;
        m_run->cancel(); // ends in cancelled → fail(cancelledText, 130)
        return true;
    }

private:
    void writeResults()
    {
        QString error;
        if (!LookupWriter::writeFile(m_request.outputPath, m_list, m_run->results(), m_request.writerOptions,
                                     &error))
            return fail(error);
        const LookupProgress p = m_run->progress();
        progress(
            CliTr::tr("Looked up %1 addresses in %2 calls: %3 found, %4 not found, %5 failed. Lines that "
                      "are not addresses: %6; duplicates folded: %7. Wrote %8 in %9 s.")
                .arg(p.addressesTotal)
                .arg(p.calls)
                .arg(p.found)
                .arg(p.addressesDone - p.found - p.failed)
                .arg(p.failed)
                .arg(m_list.invalidCount())
                .arg(m_list.duplicateCount())
                .arg(m_request.outputPath)
                .arg(elapsedSeconds(), 0, 'f', 1),
            true);
        if (p.failed == 0)
            return succeed();
        // Not found and invalid lines are answers; only the service failing is a failure.
        const auto first =
            std::find_if(m_run->results().cbegin(), m_run->results().cend(),
                         [](const LookupResult &r) { return r.state == LookupResult::State::Failed; });
        fail(CliTr::tr("Addresses the service failed for: %1 (marked in the file). The first error: %2")
                 .arg(p.failed)
                 .arg(first->error.userText()));
    }

    LookupRequest m_request;
    AddressList m_list;
    LookupRun *m_run = nullptr;
};

} // namespace

int runLookupCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString help;
    const ParsedLookupArgs parsed = parseLookupArgs(args, &help);
    if (parsed.helpShown) {
        out << help;
        return 0;
    }
    if (!parsed.request)
        return reportUsageErrors(parsed.errors, u"lookup"_s, err);
    QString error;
    std::optional<AddressList> list = readInput(*parsed.request, &error);
    if (!list)
        return reportUsageErrors({error}, u"lookup"_s, err);
    if (parsed.request->useArchive)
        return runArchiveLookup(*parsed.request, *list, err);
    LookupCommand command(*parsed.request, std::move(*list), err);
    return command.exec();
}

} // namespace sendtrail
