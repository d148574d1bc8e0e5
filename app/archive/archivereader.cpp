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

// Runs read(db, error) on the worker, which answers an optional value; the value reaches
// `loaded` on this object's thread, and an empty answer failed(number, message).
template <typename Read, typename Value>
int ArchiveReader::ask(Read read, void (ArchiveReader::*loaded)(int, Value))
{
    const int request = m_nextRequest++;
    m_worker.post([this, request, read, loaded] {
        QString error;
        ArchiveDatabase *db = database(&error);
        auto value = db ? read(*db, &error) : decltype(read(*db, &error))();
        m_worker.answer([this, request, loaded, value = std::move(value), error] {
            if (value)
                Q_EMIT(this->*loaded)(request, *value);
            else
                Q_EMIT failed(request, error);
        });
    });
    return request;
}

int ArchiveReader::requestPage(const ArchiveFilter &filter, const ArchiveSort &sort,
                               const std::optional<ArchiveCursor> &after, int limit)
{
    return ask(
        [=](ArchiveDatabase &db, QString *error) { return db.page(filter, sort, after, limit, error); },
        &ArchiveReader::pageLoaded);
}

int ArchiveReader::requestCount(const ArchiveFilter &filter)
{
    return ask(
        [=](ArchiveDatabase &db, QString *error) {
            const qint64 n = db.count(filter, error);
            return n < 0 ? std::nullopt : std::optional<qint64>(n);
        },
        &ArchiveReader::counted);
}

int ArchiveReader::requestStatusByDay(const ArchiveFilter &filter, int offsetSeconds)
{
    return ask(
        [=](ArchiveDatabase &db, QString *error) { return db.statusByDay(filter, offsetSeconds, error); },
        &ArchiveReader::statusByDayLoaded);
}

int ArchiveReader::requestStatusByHour(const ArchiveFilter &filter, int phaseSeconds)
{
    return ask(
        [=](ArchiveDatabase &db, QString *error) { return db.statusByHour(filter, phaseSeconds, error); },
        &ArchiveReader::statusByHourLoaded);
}

int ArchiveReader::requestCountBy(const ArchiveFilter &filter, ArchiveGroup group)
{
    return ask([=](ArchiveDatabase &db, QString *error) { return db.countBy(filter, group, error); },
               &ArchiveReader::groupsLoaded);
}

int ArchiveReader::requestCoverage()
{
    return ask([](ArchiveDatabase &db, QString *error) { return db.coverage(error); },
               &ArchiveReader::coverageLoaded);
}

} // namespace sendtrail
