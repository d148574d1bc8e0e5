#include "archivereader.h"

#include "archivedatabase.h"

#include <QCoreApplication>

namespace sendtrail {

ArchiveReader::ArchiveReader(const ArchiveLocation &location, QObject *parent)
    : QObject(parent), m_location(location)
{}

ArchiveReader::~ArchiveReader()
{
    m_worker.stop([this] { closeDatabase(); });
}

void ArchiveReader::closeDatabase()
{
    delete m_db; // the connection closes on the thread that opened it
    m_db = nullptr;
}

void ArchiveReader::retire(std::unique_ptr<ArchiveReader> reader)
{
    if (!reader)
        return;
    ArchiveReader *retired = reader.release();
    retired->disconnect(); // every receiver of its answers: none is wanted any more
    retired->setParent(QCoreApplication::instance());
    connect(&retired->m_worker, &WorkerThread::ended, retired, &QObject::deleteLater);
    retired->m_worker.stopLater([retired] { retired->closeDatabase(); });
}

ArchiveDatabase *ArchiveReader::database(QString *error)
{
    if (!m_db) {
        auto *db = new ArchiveDatabase(m_location);
        if (!db->open(error)) {
            delete db;
            return nullptr;
        }
        m_db = db;
    }
    return m_db;
}

// Runs work(db, error) on the worker; it returns a callable that emits the answer, which then
// runs on this object's thread. Failures come back as failed(number, message).
template <typename Work> int ArchiveReader::post(Work work)
{
    const int request = m_nextRequest++;
    m_worker.post([this, request, work] {
        QString error;
        ArchiveDatabase *db = database(&error);
        auto answer = db ? work(*db, &error) : std::optional<std::function<void()>>();
        m_worker.answer([this, request, answer, error] {
            if (answer)
                (*answer)();
            else
                Q_EMIT failed(request, error);
        });
    });
    return request;
}

int ArchiveReader::requestPage(const ArchiveFilter &filter, const ArchiveSort &sort,
                               const std::optional<ArchiveCursor> &after, int limit)
{
    const int request = m_nextRequest;
    return post([=, this](ArchiveDatabase &db, QString *error) -> std::optional<std::function<void()>> {
        auto page = db.page(filter, sort, after, limit, error);
        if (!page)
            return std::nullopt;
        return [this, request, p = *page] {
            Q_EMIT pageLoaded(request, p);
        };
    });
}

int ArchiveReader::requestCount(const ArchiveFilter &filter)
{
    const int request = m_nextRequest;
    return post([=, this](ArchiveDatabase &db, QString *error) -> std::optional<std::function<void()>> {
        const qint64 n = db.count(filter, error);
        if (n < 0)
            return std::nullopt;
        return [this, request, n] {
            Q_EMIT counted(request, n);
        };
    });
}

int ArchiveReader::requestStatusByDay(const ArchiveFilter &filter, int offsetSeconds)
{
    const int request = m_nextRequest;
    return post([=, this](ArchiveDatabase &db, QString *error) -> std::optional<std::function<void()>> {
        auto counts = db.statusByDay(filter, offsetSeconds, error);
        if (!counts)
            return std::nullopt;
        return [this, request, c = *counts] {
            Q_EMIT statusByDayLoaded(request, c);
        };
    });
}

int ArchiveReader::requestStatusByHour(const ArchiveFilter &filter, int phaseSeconds)
{
    const int request = m_nextRequest;
    return post([=, this](ArchiveDatabase &db, QString *error) -> std::optional<std::function<void()>> {
        auto counts = db.statusByHour(filter, phaseSeconds, error);
        if (!counts)
            return std::nullopt;
        return [this, request, c = *counts] {
            Q_EMIT statusByHourLoaded(request, c);
        };
    });
}

int ArchiveReader::requestCountBy(const ArchiveFilter &filter, ArchiveGroup group)
{
    const int request = m_nextRequest;
    return post([=, this](ArchiveDatabase &db, QString *error) -> std::optional<std::function<void()>> {
        auto counts = db.countBy(filter, group, error);
        if (!counts)
            return std::nullopt;
        return [this, request, c = *counts] {
            Q_EMIT groupsLoaded(request, c);
        };
    });
}

int ArchiveReader::requestCoverage()
{
    const int request = m_nextRequest;
    return post([=, this](ArchiveDatabase &db, QString *error) -> std::optional<std::function<void()>> {
        auto windows = db.coverage(error);
        if (!windows)
            return std::nullopt;
        return [this, request, w = *windows] {
            Q_EMIT coverageLoaded(request, w);
        };
    });
}

} // namespace sendtrail
