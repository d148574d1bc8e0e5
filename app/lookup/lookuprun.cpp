#include "lookuprun.h"

#include "api/apiclient.h"
#include "api/ratelimiter.h"
#include "pipeline/queryrun.h"
#include "pipeline/recordsink.h"
#include "present/deliveryexplainer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct LookupTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::LookupRun)
};

// Keeps what a lookup needs of one address's records: how many, and the newest in the
// pipeline's one output order (newest first, ties in arrival order).
class LatestSink final : public RecordSink
{
public:
    using RecordSink::RecordSink;

    void write(std::shared_ptr<const ExportSource> records, QList<qsizetype> order) override
    {
        count = records ? records->count() : 0;
        if (records && !order.isEmpty()) {
            raw = records->rawObject(order.constFirst());
            record = records->record(order.constFirst());
        }
        Q_EMIT written({}, count);
    }

    qint64 count = 0;
    QJsonObject raw;
    MailRecord record;
};

} // namespace

struct LookupRun::Active
{
    int index = 0;
    QueryRun *run = nullptr; // a child of the LookupRun until retired
    LatestSink *sink = nullptr;
};

LookupRun::LookupRun(ApiClient *client, const QStringList &addresses, const MailQuery &range,
                     const LookupOptions &options, QObject *parent)
    : QObject(parent), m_client(client), m_range(range), m_options(options),
      m_limiter(std::make_unique<RateLimiter>(options.callsPerMinute))
{
    // The address is the one filter the service takes with it (it accepts one of the three).
    m_range.accountName.clear();
    m_range.tagName.clear();
    m_results.reserve(addresses.size());
    for (const QString &address : addresses) {
        LookupResult result;
        result.address = address.trimmed();
        m_results.append(result);
    }
}

LookupRun::~LookupRun()
{
    stopAll();
}

bool LookupRun::abortsRun(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.kind == Kind::Tls || error.kind == Kind::Redirect || error.kind == Kind::Validation)
        return true;
    if (error.kind != Kind::Service)
        return false; // network, timeouts, 5xx: this address's bad luck, the next may pass
    if (error.httpStatus == 401 || error.httpStatus == 403)
        return true;
    static const QStringList prefixes{u"Signature"_s,
                                      u"IncompleteSignature"_s,
                                      u"InvalidAccessKeyId"_s,
                                      u"InvalidSecurityToken"_s,
                                      u"MissingSecurityToken"_s,
                                      u"Forbidden"_s,
                                      u"NoPermission"_s,
                                      u"InvalidAction"_s,
                                      u"InvalidVersion"_s,
                                      u"InvalidSignatureMethod"_s,
                                      u"InvalidTimeStamp"_s};
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&error](const QString &p) { return error.code.startsWith(p); });
}

LookupResult LookupRun::doneResult(const QString &address, qint64 count, const QJsonObject &latestRaw,
                                   const MailRecord &latest)
{
    LookupResult result;
    result.address = address;
    result.state = LookupResult::State::Done;
    result.count = count;
    if (count > 0) {
        result.latestRaw = latestRaw;
        result.latest = latest;
    }
    result.explanation =
        result.found() ? DeliveryExplainer::explainRecord(result.latest)
                       : LookupTr::tr("The service has no record of mail to this address in the range.");
    return result;
}

QString LookupRun::etaText(qint64 seconds)
{
    if (seconds < 0)
        return LookupTr::tr("time left unknown");
    if (seconds < 90)
        return LookupTr::tr("about %1 s left").arg(seconds);
    return LookupTr::tr("about %1 min left").arg((seconds + 30) / 60);
}

LookupProgress LookupRun::progress() const
{
    LookupProgress p;
    p.addressesDone = m_done;
    p.addressesTotal = int(m_results.size());
    p.found = m_found;
    p.failed = m_failed;
    p.calls = m_limiter->granted();
    p.elapsedSeconds = m_elapsed.isValid() ? double(m_elapsed.elapsed()) / 1000.0 : 0.0;
    if (m_done > 0 && m_done < p.addressesTotal)
        p.etaSeconds = std::llround(p.elapsedSeconds / m_done * (p.addressesTotal - m_done));
    else if (m_done == p.addressesTotal)
        p.etaSeconds = 0;
    return p;
}

void LookupRun::start()
{
    if (m_running)
        return;
    m_elapsed.start();
    m_running = true;
    if (const QList<FieldError> errors = validateQuery(m_range); !errors.isEmpty()) {
        m_running = false;
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = errors.constFirst().message;
        Q_EMIT aborted(error);
        return;
    }
    if (m_results.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    startNext();
}

void LookupRun::startNext()
{
    const int slots = std::max(1, m_options.concurrency);
    while (m_running && int(m_active.size()) < slots && m_next < m_results.size())
        launch(m_next++);
}

void LookupRun::launch(int index)
{
    MailQuery query = m_range;
    query.toAddress = m_results.at(index).address;
    QueryRun::Options options;
    options.fetch = QueryRun::Fetch::Bulk;
    // One NextStart chain per 30-day window: an address has few records, so cutting its range
    // finer would only spend calls; the concurrency comes from many addresses instead.
    options.bulk.sequential = true;
    options.bulk.limiter = m_limiter.get();
    options.bulk.pageRetries = m_options.pageRetries;
    auto active = std::make_unique<Active>();
    active->index = index;
    active->sink = new LatestSink;
    active->run = new QueryRun(m_client, query, options, active->sink, this);
    active->sink->setParent(active->run);
    connect(active->run, &QueryRun::finished, this, [this, index] { onDone(index); });
    connect(active->run, &QueryRun::fetchFailed, this,
            [this, index](const ApiError &error) { onFailed(index, error); });
    connect(active->run, &QueryRun::writeFailed, this, [this, index](const QString &message) {
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.message = message;
        onFailed(index, error);
    });
    QueryRun *run = active->run;
    m_active.push_back(std::move(active));
    run->start();
}

void LookupRun::onDone(int index)
{
    auto it = std::find_if(m_active.begin(), m_active.end(), [index](auto &a) { return a->index == index; });
    if (it == m_active.end())
        return;
    LookupResult &result = m_results[index];
    const LatestSink *sink = (*it)->sink;
    result = doneResult(result.address, sink->count, sink->raw, sink->record);
    ++m_done;
    m_found += result.found() ? 1 : 0;
    retire(index);
    Q_EMIT addressFinished(index);
    report();
}

void LookupRun::onFailed(int index, const ApiError &error)
{
    LookupResult &result = m_results[index];
    result.state = LookupResult::State::Failed;
    result.error = error;
    result.explanation = LookupTr::tr("The lookup failed: %1").arg(error.userText());
    ++m_done;
    ++m_failed;
    retire(index);
    Q_EMIT addressFinished(index);
    if (abortsRun(error)) {
        stopAll();
        m_running = false;
        Q_EMIT aborted(error);
        return;
    }
    report();
}

void LookupRun::report()
{
    Q_EMIT progressed(progress());
    if (!m_running)
        return;
    if (m_done == m_results.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    startNext();
}

void LookupRun::retire(int index)
{
    auto it = std::find_if(m_active.begin(), m_active.end(), [index](auto &a) { return a->index == index; });
    if (it == m_active.end())
        return;
    // Called from inside the run's own signal: disconnect now, delete later.
    (*it)->run->disconnect(this);
    (*it)->run->deleteLater();
    m_active.erase(it);
}

void LookupRun::stopAll()
{
    for (auto &active : m_active) {
        active->run->disconnect(this);
        active->run->cancel();
        active->run->deleteLater();
    }
    m_active.clear();
    m_limiter->clear(); // every call still waiting is one of ours
}

void LookupRun::cancel()
{
    if (!m_running)
        return;
    stopAll();
    m_running = false;
    Q_EMIT cancelled();
}

} // namespace sendtrail
