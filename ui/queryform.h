#pragma once

#include "archive/archivetypes.h"
#include "present/displayzone.h"
#include "records/mailquery.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace Ui {
class QueryForm;
}

namespace sendtrail {

// The one-filter query form: time range with presets, a filter kind + value, status and the
// advanced fields. Start/End are edited as wall times of the display zone; query() turns them
// back into instants, so changing the zone never changes what is asked for.
class QueryForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryForm)

public:
    enum class FilterKind
    {
        Any,
        Recipient,
        Sender,
        Tag
    };
    Q_ENUM(FilterKind)
    enum class Preset
    {
        Custom,
        LastHour,
        Today,
        Yesterday,
        Last7Days,
        Last30Days
    };
    Q_ENUM(Preset)
    // Where a query is answered: the service (one of recipient/sender/tag, 30 days), or the
    // archive (every filter combined, any range).
    enum class Source
    {
        Service,
        Archive
    };
    Q_ENUM(Source)

    explicit QueryForm(QWidget *parent = nullptr);
    ~QueryForm() override;

    MailQuery query() const;
    Source source() const;
    void setSource(Source source);
    // The Archive mode's filters, all combined; the range as query()'s.
    ArchiveFilter archiveFilter() const;
    // A path or a postgresql:// URI, as typed; empty means the default archive.
    QString archiveLocationText() const;
    void setArchiveLocationText(const QString &text);
    void setQuery(const MailQuery &query);
    FilterKind filterKind() const;
    QString filterValue() const;

    void setDisplayZone(DisplayZone zone);
    void setServiceUtcOffsetSeconds(int seconds);
    void applyPreset(Preset preset, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    Preset currentPreset() const;
    QString presetText(Preset preset) const; // "Last 7 days", as the form shows it
    // Relative presets ("Last hour") move with the clock: re-apply before each run.
    void refreshPreset(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // What only the form can know: a filter kind chosen without a value, an address without '@'.
    QList<FieldError> formErrors() const;
    // Marks each field named by FieldError::field with a red frame and the message beside it.
    void showFieldErrors(const QList<FieldError> &errors);
    void clearFieldErrors();
    void clearFilterError();
    bool hasFieldErrors() const;

    void setRunning(bool running);
    void setProfiles(const QStringList &names, const QString &current);
    QString currentProfile() const;
    void setRegionText(const QString &text);

    // For the pickers that offer the account's tags, senders, pools and config sets.
    QLineEdit *filterValueEdit() const;
    QLineEdit *ipPoolEdit() const;
    QLineEdit *configSetEdit() const;

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void profileSelected(const QString &name);
    void manageProfilesRequested();
    void queryEdited();
    void sourceChanged(sendtrail::QueryForm::Source source);
    void archiveLocationEdited(const QString &text);

private:
    void setupStatusCombo();
    void connectEdits();
    void updateFilterPlaceholder();
    void updateZoneTexts();
    void setRange(const QDateTime &startUtc, const QDateTime &endUtc);
    QDateTime instantFromEdit(const QDateTimeEdit *edit) const;
    void markField(QWidget *field, QLabel *label, const QString &message);
    void onPresetActivated(int index);
    void onAdvancedToggled(bool open);
    // queryformarchive.cpp
    void createArchiveFields();
    void updateSourceFields();
    QList<FieldError> archiveFormErrors() const;
    bool markArchiveField(const FieldError &error);

    const std::unique_ptr<Ui::QueryForm> m_ui;
    DisplayZone m_zone = DisplayZone::Local;
    int m_serviceOffset = 8 * 3600;
    bool m_settingRange = false;
    QList<QWidget *> m_markedFields;
    QComboBox *m_source = nullptr;
    QWidget *m_archiveFields = nullptr;
    QLineEdit *m_archiveLocation = nullptr;
    QLineEdit *m_archiveRecipient = nullptr;
    QLineEdit *m_archiveSender = nullptr;
    QLineEdit *m_archiveTag = nullptr;
    QLineEdit *m_archiveClassification = nullptr;
    QLineEdit *m_archiveDomain = nullptr;
    QLineEdit *m_archiveText = nullptr;
    QLabel *m_archiveErrorLabel = nullptr;
};

} // namespace sendtrail
