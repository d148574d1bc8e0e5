#include "recorddetailpanel.h"

#include "invalidaddresscheck.h"
#include "present/deliveryexplainer.h"
#include "present/invalidaddressrule.h"
#include "statusicons.h"
#include "wrappingvalue.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString joinNameAndId(const QString &name, const QString &id)
{
    if (name.isEmpty())
        return id;
    if (id.isEmpty())
        return name;
    return u"%1 (%2)"_s.arg(name, id);
}

} // namespace

RecordDetailPanel::RecordDetailPanel(QWidget *parent)
    : QWidget(parent), m_statusIcon(new QLabel(this)), m_headline(new QLabel(this)),
      m_explanation(new QLabel(this)), m_invalidCheck(new InvalidAddressCheck(this)), m_form(new QFormLayout),
      m_raw(new QPlainTextEdit(this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *header = new QHBoxLayout;
    header->addWidget(m_statusIcon, 0, Qt::AlignTop);
    header->addWidget(m_headline, 1);
    layout->addLayout(header);

    auto *explainBox = new QGroupBox(tr("What happened"), content);
    auto *explainLayout = new QVBoxLayout(explainBox);
    m_explanation->setObjectName(u"explanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_explanation->setFocusPolicy(Qt::StrongFocus);
    m_explanation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    explainLayout->addWidget(m_explanation);
    layout->addWidget(explainBox);
    layout->addWidget(m_invalidCheck);

    auto *fieldsBox = new QGroupBox(tr("Fields"), content);
    fieldsBox->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(u"timeLocal"_s, tr("Time (local):"), tr("Copy the local time"));
    addField(u"timeUtc"_s, tr("Time (UTC):"), tr("Copy the UTC time"));
    addField(u"timeService"_s, tr("Time (service):"), tr("Copy the service time"));
    addField(u"status"_s, tr("Status:"), tr("Copy the status"));
    addField(u"recipient"_s, tr("Recipient:"), tr("Copy the recipient"));
    addField(u"sender"_s, tr("Sender:"), tr("Copy the sender"));
    addField(u"subject"_s, tr("Subject:"), tr("Copy the subject"));
    addField(u"classification"_s, tr("Classification:"), tr("Copy the classification"));
    addField(u"message"_s, tr("Server reply:"), tr("Copy the server reply"));
    addField(u"ipPool"_s, tr("IP pool:"), tr("Copy the IP pool"));
    addField(u"configSet"_s, tr("Config set:"), tr("Copy the config set"));
    addField(u"lastUpdateTime"_s, tr("LastUpdateTime as sent:"), tr("Copy LastUpdateTime as sent"));
    layout->addWidget(fieldsBox);

    auto *rawBox = new QGroupBox(tr("Raw JSON"), content);
    auto *rawLayout = new QVBoxLayout(rawBox);
    m_raw->setObjectName(u"rawJsonPlainTextEdit"_s);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw JSON"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setMinimumHeight(160);
    rawLayout->addWidget(m_raw);
    auto *copyJson = new QPushButton(tr("Copy &JSON"), rawBox);
    copyJson->setObjectName(u"copyJsonButton"_s);
    connect(copyJson, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_raw->toPlainText()); });
    rawLayout->addWidget(copyJson, 0, Qt::AlignRight);
    layout->addWidget(rawBox);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Record details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

void RecordDetailPanel::addField(const QString &key, const QString &label, const QString &copyName)
{
    auto *value = new WrappingValue;
    value->setObjectName(key + u"Value"_s);
    value->setAccessibleName(QString(label).remove(u':').remove(u'\uff1a'));
    auto *copy = new QToolButton;
    copy->setObjectName(key + u"CopyToolButton"_s);
    copy->setText(tr("Copy"));
    copy->setToolTip(copyName);
    copy->setAccessibleName(copyName); // twelve buttons say "Copy": a screen reader needs which one
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this,
            [value] { QGuiApplication::clipboard()->setText(value->value()); });
    auto *row = new QHBoxLayout;
    row->addWidget(value, 1);
    row->addWidget(copy, 0, Qt::AlignTop);
    auto *title = new QLabel(label);
    title->setBuddy(value);
    m_form->addRow(title, row);
    m_values.insert(key, value);
}

void RecordDetailPanel::setField(const QString &key, const QString &value)
{
    if (WrappingValue *field = m_values.value(key))
        field->setValue(value.isEmpty() ? tr("—") : value);
}

QString RecordDetailPanel::fieldValue(const QString &key) const
{
    const WrappingValue *field = m_values.value(key);
    return field ? field->value() : QString();
}

QString RecordDetailPanel::explanationText() const
{
    return m_explanation->text();
}

void RecordDetailPanel::clear()
{
    m_hasRecord = false;
    m_statusIcon->clear();
    m_headline->setText(tr("<i>Select a record to see its details (Enter or double-click).</i>"));
    m_explanation->clear();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        it.value()->setValue({});
    m_raw->clear();
    m_invalidCheck->clear();
}

void RecordDetailPanel::showRecord(const MailRecord &r, const QJsonObject &raw, int serviceOffset)
{
    m_hasRecord = true;
    const QString status = DeliveryExplainer::statusText(r.status);
    m_statusIcon->setPixmap(StatusIcons::icon(r.status).pixmap(24, 24));
    m_headline->setText(u"<h3>%1 — %2</h3>"_s.arg(status.toHtmlEscaped(), r.toAddress.toHtmlEscaped()));
    m_explanation->setText(DeliveryExplainer::explainRecord(r));
    m_invalidCheck->check(InvalidAddressRule::isInvalidAddressFailure(r) ? r.toAddress : QString());
    const bool hasTime = r.utcSeconds > 0;
    const auto time = [&](DisplayZone zone) {
        return hasTime ? DisplayZones::format(r.utcSeconds, zone, serviceOffset) + u"  "_s +
                             DisplayZones::label(zone, serviceOffset)
                       : QString();
    };
    setField(u"timeLocal"_s, time(DisplayZone::Local));
    setField(u"timeUtc"_s, time(DisplayZone::Utc));
    setField(u"timeService"_s, time(DisplayZone::Service));
    setField(u"status"_s, status);
    setField(u"recipient"_s, r.toAddress);
    setField(u"sender"_s, r.accountName);
    setField(u"subject"_s, r.subject);
    setField(u"classification"_s, r.errorClassification);
    setField(u"message"_s, r.message);
    setField(u"ipPool"_s, joinNameAndId(r.ipPoolName, r.ipPoolId));
    setField(u"configSet"_s, joinNameAndId(r.configSetName, r.configSetId));
    setField(u"lastUpdateTime"_s, r.lastUpdateTime);
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented)));
}

} // namespace sendtrail
