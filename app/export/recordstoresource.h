#pragma once

#include "export/exportsource.h"

#include <memory>

namespace sendtrail {

class RecordStore;

// Exports straight from the record store. The store must not change while an export runs,
// so the owner hands over a store it no longer appends to (the CLI) or a snapshot (the app).
class RecordStoreSource final : public ExportSource
{
public:
    explicit RecordStoreSource(std::shared_ptr<const RecordStore> store);

    qsizetype count() const override;
    MailRecord record(qsizetype i) const override;
    QJsonObject rawObject(qsizetype i) const override;

    // Row indexes newest first (ties keep arrival order): the one time order of exports.
    static QList<qsizetype> newestFirst(const RecordStore &store);

private:
    std::shared_ptr<const RecordStore> m_store;
};

} // namespace sendtrail
