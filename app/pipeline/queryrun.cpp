#include "queryrun.h"

#include "api/apiclient.h"
#include "export/recordstoresource.h"
#include "records/pager.h"
#include "records/recordstore.h"
#include "recordsink.h"

#include <QTimer>
#include <algorithm>
#include <numeric>

namespace sendtrail {

QueryRun::QueryRun(ApiClient *client, const MailQuery &query, const Options &options, RecordSink *sink,
                   QObject *parent)
    : QObject(parent), m_client(client), m_query(query), m_options(options), m_sink(sink)
{}

QueryRun::QueryRun(std::shared_ptr<const ExportSource> rows, RecordSink *sink, QObject *parent)
    : QObject(parent), m_sink(sink), m_snapshot(std::move(rows))
{}

QueryRun::~QueryRun()
{
    stopFetching();
}

QList<qsizetype> QueryRun::newestFirst(const ExportSource &rows)
{
    QList<qsizetype> order(rows.count());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        return rows.record(a).utcSeconds > rows.record(b).utcSeconds;
    });
    return order;
}

RunProgress QueryRun::progress() const
{
    return m_progress;
}

void QueryRun::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_sink) {
        connect(m_sink, &RecordSink::writeProgressed, this, &QueryRun::writeProgressed);
        connect(m_sink, &RecordSink::written, this, [this](const QString &target, qint64 rows) {
            end();
            Q_EMIT finished(target, rows);
        });
        connect(m_sink, &RecordSink::writeFailed, this, [this](const QString &message) {
            end();
            Q_EMIT writeFailed(message);
        });
        connect(m_sink, &RecordSink::writeCancelled, this, [this] {
            end();
            Q_EMIT cancelled();
        });
    }
    if (m_snapshot) {
        const QList<qsizetype> order = newestFirst(*m_snapshot);
        return write(m_snapshot, order);
    }
    m_store = std::make_shared<RecordStore>();
    if (m_options.fetch == Fetch::Bulk)
        startBulk();
    else
        startPaged();
}

void QueryRun::startBulk()
{
    m_estimator.start(BulkFetcher::planWindows(m_query, m_options.bulk));
    m_bulk = new BulkFetcher(m_client, m_query, m_options.bulk, this);
    connect(m_bulk, &BulkFetcher::pageLoaded, this, &QueryRun::onPage);
    connect(m_bulk, &BulkFetcher::progressed, this, [this](qint64, int, int windowsDone, int windowsTotal) {
        reportProgress(windowsDone, windowsTotal);
    });
    connect(m_bulk, &BulkFetcher::fetchFailed, this, [this](const ApiError &error) {
        end();
        Q_EMIT fetchFailed(error);
    });
    connect(m_bulk, &BulkFetcher::finished, this, &QueryRun::onFetched);
    m_bulk->start();
}

void QueryRun::startPaged()
{
    m_pager = new Pager(m_client, m_query, this);
    m_estimator.start(m_pager->windows());
    connect(m_pager, &Pager::pageLoaded, this, [this](const ParsedPage &page) {
        onPage(page);
        const auto total = int(m_pager->windows().size());
        reportProgress(m_pager->atEnd() ? total : 0, total);
        // Later: the pager is still inside its signal, and a cancel may come first.
        QTimer::singleShot(0, this, [this] {
            if (m_running && m_pager)
                m_pager->fetchNext();
        });
    });
    connect(m_pager, &Pager::fetchFailed, this, [this](const ApiError &error) {
        end();
        Q_EMIT fetchFailed(error);
    });
    connect(m_pager, &Pager::finished, this, &QueryRun::onFetched);
    m_pager->fetchNext();
}

void QueryRun::onPage(const ParsedPage &page)
{
    m_store->append(page);
    m_estimator.addPage(page);
    ++m_progress.pages;
    m_progress.records += page.records.size();
    if (m_sink)
        m_sink->appendPage(page);
}

void QueryRun::reportProgress(int windowsDone, int windowsTotal)
{
    m_progress = m_estimator.estimate(m_progress.records, m_progress.pages, windowsDone, windowsTotal);
    Q_EMIT fetchProgressed(m_progress);
}

void QueryRun::onFetched()
{
    if (!m_running)
        return;
    stopFetching();
    Q_EMIT fetched(m_progress.records, m_progress.pages);
    if (!m_running) // a slot cancelled us
        return;
    write(std::make_shared<RecordStoreSource>(m_store), RecordStoreSource::newestFirst(*m_store));
}

void QueryRun::write(std::shared_ptr<const ExportSource> rows, QList<qsizetype> order)
{
    m_writing = true;
    if (!m_sink) {
        const qint64 count = rows->count();
        end();
        Q_EMIT finished({}, count);
        return;
    }
    m_sink->write(std::move(rows), std::move(order));
}

void QueryRun::cancel()
{
    if (!m_running)
        return;
    if (m_writing && m_sink)
        return m_sink->cancelWrite(); // ends in writeCancelled → cancelled
    stopFetching();
    end();
    Q_EMIT cancelled();
}

void QueryRun::stopFetching()
{
    if (m_bulk) {
        m_bulk->disconnect(this);
        m_bulk->cancel();
        m_bulk->deleteLater();
    }
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
    }
}

void QueryRun::end()
{
    m_running = false;
    m_writing = false;
    if (m_sink)
        m_sink->disconnect(this);
}

} // namespace sendtrail
