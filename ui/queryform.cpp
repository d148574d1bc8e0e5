#include "queryform.h"

#include "statusicons.h"
#include "ui_queryform.h"

#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr auto kErrorStyle = "border: 2px solid #c62828; border-radius: 3px;";

QDateTime ceilToMinute(const QDateTime &t)
{
    const qint64 secs = t.toSecsSinceEpoch();
    const qint64 rounded = (secs + 59) / 60 * 60;
    return QDateTime::fromSecsSinceEpoch(rounded, QTimeZone::utc());
}

QDateTime floorToMinute(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() / 60 * 60, QTimeZone::utc());
}

} // namespace

QueryForm::QueryForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::QueryForm>())
{
    m_ui->setupUi(this);
    for (auto *edit : {m_ui->startDateTimeEdit, m_ui->endDateTimeEdit})
        edit->setTimeSpec(Qt::UTC); // the edits hold naive wall times of the display zone
    setupStatusCombo();
    createArchiveFields();
    connectEdits();
    updateFilterPlaceholder();
    applyPreset(Preset::Today);
}

QueryForm::~QueryForm() = default;

void QueryForm::setupStatusCombo()
{
    auto *combo = m_ui->statusComboBox;
    combo->addItem(tr("Any status"), QVariant());
    const DeliveryStatus statuses[] = {DeliveryStatus::Delivered, DeliveryStatus::InvalidAddress,
                                       DeliveryStatus::Spam, DeliveryStatus::Failed};
    for (DeliveryStatus status : statuses)
        combo->addItem(StatusIcons::icon(status), StatusIcons::text(status), int(status));
}

void QueryForm::connectEdits()
{
    connect(m_ui->runButton, &QPushButton::clicked, this, &QueryForm::runRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QueryForm::cancelRequested);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &QueryForm::manageProfilesRequested);
    connect(m_ui->profileComboBox, &QComboBox::activated, this,
            [this](int) { Q_EMIT profileSelected(currentProfile()); });
    connect(m_ui->presetComboBox, &QComboBox::activated, this, &QueryForm::onPresetActivated);
    connect(m_ui->advancedToolButton, &QToolButton::toggled, this, &QueryForm::onAdvancedToggled);
    connect(m_ui->filterKindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        clearFilterError(); // it spoke of the value for the previous kind
        updateFilterPlaceholder();
        Q_EMIT queryEdited();
    });
    for (auto *edit : {m_ui->startDateTimeEdit, m_ui->endDateTimeEdit}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_settingRange)
                m_ui->presetComboBox->setCurrentIndex(int(Preset::Custom));
            updateZoneTexts();
            Q_EMIT queryEdited();
        });
    }
    for (auto *edit : {m_ui->filterValueLineEdit, m_ui->ipPoolLineEdit, m_ui->configSetLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &QueryForm::queryEdited);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &QueryForm::queryEdited);
    connect(m_ui->pageSizeSpinBox, &QSpinBox::valueChanged, this, &QueryForm::queryEdited);
}

void QueryForm::updateFilterPlaceholder()
{
    auto *edit = m_ui->filterValueLineEdit;
    switch (filterKind()) {
    case FilterKind::Any:
        edit->setPlaceholderText(tr("no filter: all recipients, senders and tags"));
        break;
    case FilterKind::Recipient:
        edit->setPlaceholderText(tr("recipient address, e.g. someone@example.com"));
        break;
    case FilterKind::Sender:
        edit->setPlaceholderText(tr("sender address, e.g. news@mail.example.com"));
        break;
    case FilterKind::Tag:
        edit->setPlaceholderText(tr("tag name, as set in X-AliDM-Trace"));
        break;
    }
    edit->setEnabled(filterKind() != FilterKind::Any);
}

QLineEdit *QueryForm::filterValueEdit() const
{
    return m_ui->filterValueLineEdit;
}

QLineEdit *QueryForm::ipPoolEdit() const
{
    return m_ui->ipPoolLineEdit;
}

QLineEdit *QueryForm::configSetEdit() const
{
    return m_ui->configSetLineEdit;
}

QString QueryForm::presetText(Preset preset) const
{
    return m_ui->presetComboBox->itemText(int(preset));
}

QueryForm::FilterKind QueryForm::filterKind() const
{
    return FilterKind(qBound(0, m_ui->filterKindComboBox->currentIndex(), 3));
}

QString QueryForm::filterValue() const
{
    return filterKind() == FilterKind::Any ? QString() : m_ui->filterValueLineEdit->text().trimmed();
}

QDateTime QueryForm::instantFromEdit(const QDateTimeEdit *edit) const
{
    const QDateTime wall = edit->dateTime();
    const QDateTime local(wall.date(), wall.time(), DisplayZones::timeZone(m_zone, m_serviceOffset));
    return local.toUTC();
}

MailQuery QueryForm::query() const
{
    MailQuery q;
    q.start = instantFromEdit(m_ui->startDateTimeEdit);
    q.end = instantFromEdit(m_ui->endDateTimeEdit);
    const QString value = filterValue();
    switch (filterKind()) {
    case FilterKind::Recipient:
        q.toAddress = value;
        break;
    case FilterKind::Sender:
        q.accountName = value;
        break;
    case FilterKind::Tag:
        q.tagName = value;
        break;
    case FilterKind::Any:
        break;
    }
    const QVariant status = m_ui->statusComboBox->currentData();
    if (status.isValid())
        q.status = status.toInt();
    q.ipPoolId = m_ui->ipPoolLineEdit->text().trimmed();
    q.configSetId = m_ui->configSetLineEdit->text().trimmed();
    q.pageSize = m_ui->pageSizeSpinBox->value();
    q.serviceUtcOffsetSeconds = m_serviceOffset;
    return q;
}

QList<FieldError> QueryForm::formErrors() const
{
    if (source() == Source::Archive)
        return archiveFormErrors();
    QList<FieldError> errors;
    const QString value = filterValue();
    const FilterKind kind = filterKind();
    if (kind != FilterKind::Any && value.isEmpty()) {
        errors.append({u"filter"_s, tr("Enter a value for this filter, or choose Any.")});
    } else if ((kind == FilterKind::Recipient || kind == FilterKind::Sender) && !value.contains(u'@')) {
        errors.append({u"filter"_s, tr("“%1” is not an email address (it has no @).").arg(value)});
    }
    return errors;
}

void QueryForm::setQuery(const MailQuery &q)
{
    if (q.start.isValid() && q.end.isValid()) {
        setRange(q.start, q.end);
        m_ui->presetComboBox->setCurrentIndex(int(Preset::Custom));
    }
    FilterKind kind = FilterKind::Any;
    QString value;
    if (!q.toAddress.isEmpty()) {
        kind = FilterKind::Recipient;
        value = q.toAddress;
    } else if (!q.accountName.isEmpty()) {
        kind = FilterKind::Sender;
        value = q.accountName;
    } else if (!q.tagName.isEmpty()) {
        kind = FilterKind::Tag;
        value = q.tagName;
    }
    m_ui->filterKindComboBox->setCurrentIndex(int(kind));
    m_ui->filterValueLineEdit->setText(value);
    const int statusIndex = q.status ? m_ui->statusComboBox->findData(*q.status) : 0;
    m_ui->statusComboBox->setCurrentIndex(qMax(0, statusIndex));
    m_ui->ipPoolLineEdit->setText(q.ipPoolId);
    m_ui->configSetLineEdit->setText(q.configSetId);
    m_ui->pageSizeSpinBox->setValue(qBound(1, q.pageSize, 100));
    if (!q.ipPoolId.isEmpty() || !q.configSetId.isEmpty() || q.pageSize != 100)
        m_ui->advancedToolButton->setChecked(true);
}

void QueryForm::setRange(const QDateTime &startUtc, const QDateTime &endUtc)
{
    const bool wasSetting = std::exchange(m_settingRange, true);
    const auto toWall = [this](const QDateTime &instant) {
        const QDateTime zoned = DisplayZones::toZone(instant, m_zone, m_serviceOffset);
        return QDateTime(zoned.date(), zoned.time(), Qt::UTC);
    };
    m_ui->startDateTimeEdit->setDateTime(toWall(startUtc));
    m_ui->endDateTimeEdit->setDateTime(toWall(endUtc));
    m_settingRange = wasSetting;
    updateZoneTexts();
}

void QueryForm::setDisplayZone(DisplayZone zone)
{
    const MailQuery before = query();
    const int preset = m_ui->presetComboBox->currentIndex();
    m_zone = zone;
    setRange(before.start, before.end);
    m_ui->presetComboBox->setCurrentIndex(preset);
}

void QueryForm::setServiceUtcOffsetSeconds(int seconds)
{
    const MailQuery before = query();
    m_serviceOffset = seconds;
    if (m_zone == DisplayZone::Service)
        setRange(before.start, before.end);
    updateZoneTexts();
}

void QueryForm::applyPreset(Preset preset, const QDateTime &nowUtc)
{
    const QDateTime now = ceilToMinute(nowUtc);
    const QDateTime zonedNow = DisplayZones::toZone(nowUtc, m_zone, m_serviceOffset);
    const QTimeZone tz = DisplayZones::timeZone(m_zone, m_serviceOffset);
    const QDateTime midnight = QDateTime(zonedNow.date(), QTime(0, 0), tz).toUTC();
    switch (preset) {
    case Preset::LastHour:
        setRange(floorToMinute(nowUtc.addSecs(-3600)), now);
        break;
    case Preset::Today:
        setRange(midnight, now);
        break;
    case Preset::Yesterday:
        setRange(QDateTime(zonedNow.date().addDays(-1), QTime(0, 0), tz).toUTC(), midnight);
        break;
    case Preset::Last7Days:
        setRange(floorToMinute(nowUtc.addDays(-7)), now);
        break;
    case Preset::Last30Days:
        // 30 days is the service's limit; rounding `now` up must not push the span past it.
        setRange(now.addDays(-30), now);
        break;
    case Preset::Custom:
        break;
    }
    m_ui->presetComboBox->setCurrentIndex(int(preset));
}

QueryForm::Preset QueryForm::currentPreset() const
{
    return Preset(m_ui->presetComboBox->currentIndex());
}

void QueryForm::refreshPreset(const QDateTime &nowUtc)
{
    if (currentPreset() != Preset::Custom)
        applyPreset(currentPreset(), nowUtc);
}

void QueryForm::onPresetActivated(int index)
{
    applyPreset(Preset(index));
    Q_EMIT queryEdited();
}

void QueryForm::onAdvancedToggled(bool open)
{
    m_ui->advancedWidget->setVisible(open);
    m_ui->advancedToolButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
}

void QueryForm::updateZoneTexts()
{
    m_ui->zoneLabel->setText(DisplayZones::label(m_zone, m_serviceOffset));
    const MailQuery q = query();
    const auto service = [this](const QDateTime &t) {
        return DisplayZones::toZone(t, DisplayZone::Service, m_serviceOffset).toString(u"yyyy-MM-dd HH:mm"_s);
    };
    m_ui->serviceTimeLabel->setText(
        tr("Sent to the service as %1 – %2 service time (%3).")
            .arg(service(q.start), service(q.end), DisplayZones::offsetText(m_serviceOffset)));
}

void QueryForm::markField(QWidget *field, QLabel *label, const QString &message)
{
    field->setStyleSheet(QString::fromLatin1(kErrorStyle));
    field->setAccessibleDescription(message);
    field->setToolTip(message);
    m_markedFields << field;
    const QString previous = label->text().isEmpty() ? QString() : label->text() + u'\n';
    label->setText(previous + tr("⚠ %1").arg(message));
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setVisible(true);
}

void QueryForm::showFieldErrors(const QList<FieldError> &errors)
{
    clearFieldErrors();
    for (const FieldError &error : errors) {
        const QString &f = error.field;
        if (markArchiveField(error))
            continue;
        if (f == u"start"_s) {
            markField(m_ui->startDateTimeEdit, m_ui->startErrorLabel, error.message);
        } else if (f == u"end"_s) {
            markField(m_ui->endDateTimeEdit, m_ui->endErrorLabel, error.message);
        } else if (f == u"status"_s) {
            markField(m_ui->statusComboBox, m_ui->statusErrorLabel, error.message);
        } else if (f == u"pageSize"_s) {
            m_ui->advancedToolButton->setChecked(true);
            markField(m_ui->pageSizeSpinBox, m_ui->pageSizeErrorLabel, error.message);
        } else if (f == u"ipPoolId"_s || f == u"configSetId"_s) {
            m_ui->advancedToolButton->setChecked(true);
            markField(f == u"ipPoolId"_s ? static_cast<QWidget *>(m_ui->ipPoolLineEdit)
                                         : m_ui->configSetLineEdit,
                      m_ui->advancedErrorLabel, error.message);
        } else {
            // "filter" and anything this form does not know about
            markField(m_ui->filterValueLineEdit, m_ui->filterErrorLabel, error.message);
        }
    }
    if (!m_markedFields.isEmpty())
        m_markedFields.constFirst()->setFocus(Qt::OtherFocusReason);
}

void QueryForm::clearFieldErrors()
{
    for (QWidget *field : std::as_const(m_markedFields)) {
        field->setStyleSheet({});
        field->setAccessibleDescription({});
        field->setToolTip({});
    }
    m_markedFields.clear();
    for (QLabel *label :
         {m_ui->startErrorLabel, m_ui->endErrorLabel, m_ui->filterErrorLabel, m_ui->statusErrorLabel,
          m_ui->pageSizeErrorLabel, m_ui->advancedErrorLabel, m_archiveErrorLabel}) {
        label->clear();
        label->setVisible(false);
    }
}

void QueryForm::clearFilterError()
{
    QWidget *field = m_ui->filterValueLineEdit;
    if (m_markedFields.removeAll(field) > 0) {
        field->setStyleSheet({});
        field->setAccessibleDescription({});
        field->setToolTip({});
    }
    m_ui->filterErrorLabel->clear();
    m_ui->filterErrorLabel->setVisible(false);
}

bool QueryForm::hasFieldErrors() const
{
    return !m_markedFields.isEmpty();
}

void QueryForm::setRunning(bool running)
{
    m_ui->cancelButton->setEnabled(running);
}

void QueryForm::setProfiles(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_ui->profileComboBox);
    m_ui->profileComboBox->clear();
    m_ui->profileComboBox->addItems(names);
    m_ui->profileComboBox->setCurrentIndex(qMax(0, names.indexOf(current)));
}

QString QueryForm::currentProfile() const
{
    return m_ui->profileComboBox->currentText();
}

void QueryForm::setRegionText(const QString &text)
{
    m_ui->regionLabel->setText(text);
}

} // namespace sendtrail
