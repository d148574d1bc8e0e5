#include "archivesnapshot.h"

#include "archivedatabase.h"

#include <QMetaObject>

namespace sendtrail {

namespace {

constexpr qint64 kProgressEvery = 10000;

} // namespace

ArchiveSnapshot::ArchiveSnapshot(const ArchiveLocation &location, const ArchiveFilter &filter,
                                 QObject *parent)
    : QObject(parent), m_location(location), m_filter(filter)
{}

ArchiveSnapshot::~ArchiveSnapshot()
{
    m_cancelled = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ArchiveSnapshot::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { read(); });
    m_thread->start();
}

void ArchiveSnapshot::cancel()
{
    m_cancelled = true;
}

void ArchiveSnapshot::read()
{
    auto rows = std::make_shared<VectorExportSource>();
    QString error;
    bool ok = false;
    {
        ArchiveDatabase db(m_location); // opened and closed on this thread
        ok = db.open(&error) &&
             db.forEach(
                 m_filter,
                 [&](const ArchivedRecord &r) {
                     rows->append(r.record);
                     const qint64 n = rows->count();
                     if (n % kProgressEvery == 0)
                         QMetaObject::invokeMethod(this, [this, n] { Q_EMIT progressed(n); });
                     return !m_cancelled.load();
                 },
                 &error);
    }
    QMetaObject::invokeMethod(this, [this, ok, error, rows] {
        if (m_cancelled)
            Q_EMIT cancelled();
        else if (!ok)
            Q_EMIT failed(error);
        else
            Q_EMIT loaded(rows);
    });
}

} // namespace sendtrail
