#include "recordstore.h"

#include <QJsonDocument>

namespace sendtrail {

namespace {

constexpr std::array<int, kFieldCount> kPooledSlots = {
    -1, // Status
    0,  // LastUpdateTime
    1,  // Message
    -1, // ToAddress: arena, mostly unique
    -1, // UtcLastUpdateTime
    2,  // AccountName
    3,  // Subject
    4,  // ErrorClassification
    5,  // IpPoolId
    6,  // IpPoolName
    7,  // ConfigSetId
    8,  // ConfigSetName
};

std::optional<Field> fieldOfColumn(Column column)
{
    switch (column) {
    case Column::ToAddress:
        return Field::ToAddress;
    case Column::AccountName:
        return Field::AccountName;
    case Column::Subject:
        return Field::Subject;
    case Column::ErrorClassification:
        return Field::ErrorClassification;
    case Column::Message:
        return Field::Message;
    case Column::IpPoolName:
        return Field::IpPoolName;
    case Column::IpPoolId:
        return Field::IpPoolId;
    case Column::ConfigSetName:
        return Field::ConfigSetName;
    case Column::ConfigSetId:
        return Field::ConfigSetId;
    case Column::LastUpdateTime:
        return Field::LastUpdateTime;
    case Column::Time:
    case Column::Status:
    case Column::Count:
        break;
    }
    return std::nullopt;
}

// A text UTF-8 cannot carry keeps its original in the extras so rawObject() stays exact.
void keepOriginal(RecordShape &shape, QJsonObject &extras, Field field, const QString &text)
{
    if (shape.state(field) != FieldState::Value)
        return;
    shape.setState(field, FieldState::Extra);
    extras.insert(fieldKey(field), text);
}

} // namespace

std::optional<Field> RecordStore::fieldOf(Column column)
{
    return fieldOfColumn(column);
}

int RecordStore::pooledSlot(Field field)
{
    return kPooledSlots[size_t(field)];
}

RecordStore::Row &RecordStore::appendRow()
{
    if (m_size == qsizetype(m_blocks.size()) * kRowsPerBlock)
        m_blocks.push_back(std::make_unique_for_overwrite<Row[]>(size_t(kRowsPerBlock)));
    Row &row = m_blocks.back()[size_t(m_size % kRowsPerBlock)];
    ++m_size;
    return row;
}

void RecordStore::append(const ParsedRecord &record)
{
    RecordShape shape = record.shape;
    QJsonObject extras = record.extras;
    std::array<quint32, kPooledCount> ids{};
    bool lossless = true;
    for (int i = 0; i < kFieldCount; ++i) {
        const auto field = Field(i);
        const int slot = pooledSlot(field);
        if (slot < 0)
            continue;
        const QString &text = sendtrail::fieldText(record.record, field);
        ids[size_t(slot)] = m_pool.intern(text, &lossless);
        if (!lossless)
            keepOriginal(shape, extras, field, text);
    }
    Utf8Buffer buffer;
    if (!encodeUtf8(record.record.toAddress, buffer))
        keepOriginal(shape, extras, Field::ToAddress, record.record.toAddress);
    const ArenaRef toAddress = m_arena.append(QByteArrayView(buffer.constData(), buffer.size()));
    quint32 extrasIndex = 0;
    if (!extras.isEmpty()) {
        m_extras.push_back(m_arena.append(QJsonDocument(extras).toJson(QJsonDocument::Compact)));
        extrasIndex = quint32(m_extras.size());
    }
    Row &row = appendRow();
    row = Row{shape.utcRaw, shape.flags, extrasIndex, toAddress, ids, shape.statusRaw};
}

void RecordStore::append(const ParsedPage &page)
{
    for (const ParsedRecord &record : page.records)
        append(record);
}

void RecordStore::clear()
{
    std::vector<std::unique_ptr<Row[]>>().swap(m_blocks);
    m_size = 0;
    m_pool.clear();
    m_arena.clear();
    std::vector<ArenaRef>().swap(m_extras);
}

const RecordStore::Row &RecordStore::rowAt(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return m_blocks[size_t(row / kRowsPerBlock)][size_t(row % kRowsPerBlock)];
}

RecordShape RecordStore::shapeOf(const Row &row)
{
    RecordShape shape;
    shape.flags = row.flags;
    shape.utcRaw = row.utcRaw;
    shape.statusRaw = row.status;
    return shape;
}

QString RecordStore::fieldText(const Row &row, Field field) const
{
    if (field == Field::ToAddress)
        return QString::fromUtf8(m_arena.view(row.toAddress));
    const int slot = pooledSlot(field);
    return slot < 0 ? QString() : m_pool.text(row.ids[size_t(slot)]);
}

QString RecordStore::statusTextOf(const Row &row)
{
    const RecordShape shape = shapeOf(row);
    if (shape.state(Field::Status) == FieldState::Missing || shape.state(Field::Status) == FieldState::Null)
        return {};
    return row.status == RecordShape::kNoStatus ? RecordColumns::statusText(DeliveryStatus::Unknown)
                                                : RecordColumns::statusText(shape.status(), row.status);
}

RecordStore::Reader::Reader(std::shared_ptr<const RecordStore> store)
    : m_store(std::move(store)), m_size(m_store->m_size), m_arena(m_store->m_arena.freeze()),
      m_pool(m_store->m_pool.freeze())
{
    m_blocks.reserve(m_store->m_blocks.size());
    for (const auto &block : m_store->m_blocks)
        m_blocks.push_back(block.get());
}

quint32 RecordStore::Reader::statusKey(qsizetype row) const
{
    const Row &r = rowAt(row);
    const auto state = quint32(shapeOf(r).state(Field::Status));
    return (state << 16) | quint16(r.status);
}

QString RecordStore::text(qsizetype row, Column column) const
{
    const Row &r = rowAt(row);
    if (column == Column::Time)
        return hasTime(row) ? RecordColumns::formatTime(utcSeconds(row), 0) : QString();
    if (column == Column::Status)
        return statusTextOf(r);
    const std::optional<Field> field = fieldOf(column);
    return field ? fieldText(r, *field) : QString();
}

qint64 RecordStore::utcSeconds(qsizetype row) const
{
    return shapeOf(rowAt(row)).utcSeconds();
}

bool RecordStore::hasTime(qsizetype row) const
{
    return !(rowAt(row).flags & RecordShape::TimeUnknown);
}

DeliveryStatus RecordStore::status(qsizetype row) const
{
    return shapeOf(rowAt(row)).status();
}

MailRecord RecordStore::record(qsizetype row) const
{
    const Row &r = rowAt(row);
    const RecordShape shape = shapeOf(r);
    MailRecord record;
    record.utcSeconds = shape.utcSeconds();
    record.status = shape.status();
    record.toAddress = fieldText(r, Field::ToAddress);
    record.accountName = fieldText(r, Field::AccountName);
    record.subject = fieldText(r, Field::Subject);
    record.errorClassification = fieldText(r, Field::ErrorClassification);
    record.message = fieldText(r, Field::Message);
    record.ipPoolId = fieldText(r, Field::IpPoolId);
    record.ipPoolName = fieldText(r, Field::IpPoolName);
    record.configSetId = fieldText(r, Field::ConfigSetId);
    record.configSetName = fieldText(r, Field::ConfigSetName);
    record.lastUpdateTime = fieldText(r, Field::LastUpdateTime);
    return record;
}

QJsonObject RecordStore::rawObject(qsizetype row) const
{
    const Row &r = rowAt(row);
    QJsonObject extras;
    if (r.extras != 0)
        extras = QJsonDocument::fromJson(m_arena.view(m_extras[r.extras - 1]).toByteArray()).object();
    return rebuildObject(shapeOf(r), extras, [this, &r](Field field) { return fieldText(r, field); });
}

qsizetype RecordStore::memoryBytes() const
{
    const qsizetype rows = qsizetype(m_blocks.size()) * kRowsPerBlock * qsizetype(sizeof(Row)) +
                           qsizetype(m_blocks.capacity()) * qsizetype(sizeof(void *));
    return qsizetype(sizeof(*this)) + rows + m_pool.memoryBytes() + m_arena.memoryBytes() +
           qsizetype(m_extras.capacity()) * qsizetype(sizeof(ArenaRef));
}

} // namespace sendtrail
