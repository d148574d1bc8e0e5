#pragma once

#include "present/displayzone.h"
#include "records/mailrecord.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace sendtrail {

class InvalidAddressCheck;
class WrappingValue;

// Everything about one record: each field labelled and copyable, the time in all three
// zones, a plain-language explanation (DeliveryExplainer), for an invalid-address failure the
// account's invalid-address list (InvalidAddressCheck) and the raw JSON as sent.
class RecordDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDetailPanel)

public:
    explicit RecordDetailPanel(QWidget *parent = nullptr);

    void showRecord(const MailRecord &r, const QJsonObject &raw, int serviceOffset);
    void clear();
    bool hasRecord() const { return m_hasRecord; }
    QString explanationText() const;
    // The value shown for a field key ("recipient", "timeUtc", ...), for tests and copying.
    QString fieldValue(const QString &key) const;
    InvalidAddressCheck *invalidAddressCheck() const { return m_invalidCheck; }

private:
    void addField(const QString &key, const QString &label, const QString &copyName);
    void setField(const QString &key, const QString &value);

    QLabel *m_statusIcon;
    QLabel *m_headline;
    QLabel *m_explanation;
    InvalidAddressCheck *m_invalidCheck;
    QFormLayout *m_form;
    QPlainTextEdit *m_raw;
    QHash<QString, WrappingValue *> m_values;
    bool m_hasRecord = false;
};

} // namespace sendtrail
