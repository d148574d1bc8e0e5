#include "pageparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct PageParserTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::PageParser)
};

constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();

// Works for const and non-const records alike.
template <typename Record> auto textMember(Record &record, Field field) -> decltype(&record.message)
{
    switch (field) {
    case Field::LastUpdateTime:
        return &record.lastUpdateTime;
    case Field::Message:
        return &record.message;
    case Field::ToAddress:
        return &record.toAddress;
    case Field::AccountName:
        return &record.accountName;
    case Field::Subject:
        return &record.subject;
    case Field::ErrorClassification:
        return &record.errorClassification;
    case Field::IpPoolId:
        return &record.ipPoolId;
    case Field::IpPoolName:
        return &record.ipPoolName;
    case Field::ConfigSetId:
        return &record.configSetId;
    case Field::ConfigSetName:
        return &record.configSetName;
    case Field::Status:
    case Field::UtcLastUpdateTime:
        break;
    }
    return nullptr;
}

// A value of unexpected type, shown as text; the original stays in extras.
QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger(kNoInteger);
        return integer != kNoInteger ? QString::number(integer)
                                     : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return value.toString();
    }
}

// Returns the state and fills the field's text.
FieldState readText(const QJsonValue &value, QString *text)
{
    if (value.isString()) {
        *text = value.toString();
        return FieldState::Value;
    }
    if (value.isUndefined())
        return FieldState::Missing;
    if (value.isNull())
        return FieldState::Null;
    *text = displayText(value);
    return FieldState::Extra;
}

// An integer written exactly as QString::number would write it ("3", not "03" or " 3").
qint64 canonicalInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && QString::number(value) == text ? value : kNoInteger;
}

FieldState readStatus(const QJsonValue &value, RecordShape &shape)
{
    if (value.isUndefined() || value.isNull())
        return value.isNull() ? FieldState::Null : FieldState::Missing;
    auto fits = [](qint64 v) {
        return v > RecordShape::kNoStatus && v <= std::numeric_limits<qint16>::max();
    };
    qint64 exact = kNoInteger;
    if (value.isDouble())
        exact = value.toInteger(kNoInteger);
    else if (value.isString())
        exact = canonicalInteger(value.toString());
    if (exact != kNoInteger && fits(exact)) {
        shape.statusRaw = qint16(exact);
        shape.set(RecordShape::StatusIsString, value.isString());
        return FieldState::Value;
    }
    // Shown, not kept: " 04" still reads as 4; 2.5 or "sent" read as no code at all.
    qint64 shown = exact;
    if (value.isString()) {
        bool ok = false;
        shown = value.toString().trimmed().toLongLong(&ok);
        shown = ok ? shown : kNoInteger;
    }
    if (shown != kNoInteger && fits(shown))
        shape.statusRaw = qint16(shown);
    return FieldState::Extra;
}

FieldState readUtc(const QJsonValue &value, RecordShape &shape, std::optional<qint64> *derived)
{
    if (value.isUndefined() || value.isNull())
        return value.isNull() ? FieldState::Null : FieldState::Missing;
    qint64 exact = kNoInteger;
    if (value.isDouble())
        exact = value.toInteger(kNoInteger);
    else if (value.isString())
        exact = canonicalInteger(value.toString());
    if (exact != kNoInteger) {
        shape.utcRaw = exact;
        shape.set(RecordShape::UtcIsString, value.isString());
        return FieldState::Value;
    }
    if (const std::optional<qint64> loose = looseInteger(value))
        *derived = normalizeEpochSeconds(*loose);
    return FieldState::Extra;
}

void collectUnknownKeys(const QJsonObject &item, QJsonObject &extras)
{
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        if (fieldIndex(it.key()) < 0)
            extras.insert(it.key(), it.value());
    }
}

ParsedRecord parseRecord(const QJsonObject &item)
{
    ParsedRecord parsed;
    RecordShape &shape = parsed.shape;
    int known = 0;
    std::optional<qint64> derivedUtc;
    for (int i = 0; i < kFieldCount; ++i) {
        const auto field = Field(i);
        const QJsonValue value = item.value(fieldKey(field));
        known += value.isUndefined() ? 0 : 1;
        FieldState state;
        if (field == Field::Status)
            state = readStatus(value, shape);
        else if (field == Field::UtcLastUpdateTime)
            state = readUtc(value, shape, &derivedUtc);
        else
            state = readText(value, textMember(parsed.record, field));
        shape.setState(field, state);
        if (state == FieldState::Extra)
            parsed.extras.insert(fieldKey(field), value);
    }
    if (known != item.size())
        collectUnknownKeys(item, parsed.extras);
    if (shape.state(Field::UtcLastUpdateTime) != FieldState::Value) {
        if (!derivedUtc)
            derivedUtc = lastUpdateTimeToUtc(parsed.record.lastUpdateTime);
        shape.set(RecordShape::UtcDerived);
        shape.utcRaw = derivedUtc.value_or(0);
        shape.set(RecordShape::TimeUnknown, !derivedUtc);
    }
    parsed.record.utcSeconds = shape.utcSeconds();
    parsed.record.status = shape.status();
    return parsed;
}

QJsonValue firstPresent(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() ? object.value(alternative) : value;
}

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool readEnvelope(const QJsonObject &body, ParsedPage &page, QString *error)
{
    page.requestId = body.value("RequestId"_L1).toString();
    const QJsonValue next = body.value("NextStart"_L1);
    if (next.isString())
        page.nextStart = next.toString();
    else if (next.isDouble())
        page.nextStart = displayText(next);
    else if (!next.isUndefined() && !next.isNull()) {
        fail(error, PageParserTr::tr("The reply's NextStart is neither text nor a number."));
        return false;
    }
    return true;
}

} // namespace

const QString &fieldText(const MailRecord &record, Field field)
{
    static const QString empty;
    const QString *text = textMember(record, field);
    return text ? *text : empty;
}

QJsonObject ParsedRecord::rawObject() const
{
    return rebuildObject(shape, extras, [this](Field field) { return fieldText(record, field); });
}

std::optional<ParsedPage> parsePage(const QJsonObject &body, QString *error)
{
    ParsedPage page;
    if (!readEnvelope(body, page, error))
        return std::nullopt;
    const QJsonValue data = firstPresent(body, "data"_L1, "Data"_L1);
    if (data.isUndefined() || data.isNull()) {
        // No records is a valid answer; an error body that slipped through is not.
        const QString code = body.value("Code"_L1).toString();
        if (!code.isEmpty())
            return fail(error,
                        PageParserTr::tr("The reply carries error code %1 instead of records.").arg(code));
        return page;
    }
    if (!data.isObject())
        return fail(error, PageParserTr::tr("The reply's data field is not an object."));
    const QJsonValue list = firstPresent(data.toObject(), "mailDetail"_L1, "MailDetail"_L1);
    if (list.isUndefined() || list.isNull())
        return page;
    if (!list.isArray())
        return fail(error, PageParserTr::tr("The reply's data.mailDetail field is not a list."));
    const QJsonArray items = list.toArray();
    page.records.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject())
            return fail(error, PageParserTr::tr("Record %1 of the reply is not an object.").arg(i + 1));
        page.records.append(parseRecord(item.toObject()));
    }
    return page;
}

std::optional<ParsedPage> parsePageJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, PageParserTr::tr("The reply is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return fail(error, PageParserTr::tr("The reply is JSON but not an object."));
    return parsePage(document.object(), error);
}

} // namespace sendtrail
