// The query form's Archive mode: the source switch, the archive's location and every filter of
// the archive side by side (they combine, where the service takes one of recipient/sender/tag).
#include "queryform.h"
#include "ui_queryform.h"

#include <QGridLayout>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QLineEdit *addField(QGridLayout *grid, int row, int column, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setClearButtonEnabled(true);
    edit->setPlaceholderText(placeholder);
    auto *text = new QLabel(label);
    text->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    grid->addWidget(text, row, column);
    grid->addWidget(edit, row, column + 1);
    return edit;
}

} // namespace

void QueryForm::createArchiveFields()
{
    m_source = new QComboBox(this);
    m_source->setObjectName(u"sourceComboBox"_s);
    m_source->setAccessibleName(tr("Source"));
    m_source->addItem(tr("Service"), int(Source::Service));
    m_source->addItem(tr("Archive"), int(Source::Archive));
    m_source->setToolTip(tr("Service: ask Direct Mail (one filter, 30 days). Archive: the records "
                            "synced into the archive (every filter combined, any range)."));
    auto *sourceLabel = new QLabel(tr("So&urce:"), this);
    sourceLabel->setBuddy(m_source);
    m_ui->profileLayout->insertWidget(3, sourceLabel);
    m_ui->profileLayout->insertWidget(4, m_source);

    m_archiveFields = new QWidget(this);
    m_archiveFields->setObjectName(u"archiveFields"_s);
    auto *grid = new QGridLayout(m_archiveFields);
    grid->setContentsMargins(0, 0, 0, 0);
    m_archiveLocation = addField(grid, 0, 0, tr("Archive &location:"),
                                 tr("the default archive; or a file, or postgresql://user@host:port/db"));
    grid->addWidget(m_archiveLocation, 0, 1, 1, 5);
    m_archiveRecipient = addField(grid, 1, 0, tr("Recipient:"), tr("any recipient"));
    m_archiveSender = addField(grid, 1, 2, tr("Sender address:"), tr("any sender"));
    m_archiveTag = addField(grid, 1, 4, tr("Tag:"), tr("any tag"));
    m_archiveClassification = addField(grid, 2, 0, tr("Classification:"), tr("any, e.g. MailboxNotFound"));
    m_archiveDomain = addField(grid, 2, 2, tr("Recipient domain:"), tr("any, e.g. qq.com"));
    m_archiveText = addField(grid, 2, 4, tr("Te&xt:"), tr("in Subject or Message"));
    const std::pair<QLineEdit *, QString> names[] = {
        {m_archiveLocation, u"archiveLocationLineEdit"_s},
        {m_archiveRecipient, u"archiveRecipientLineEdit"_s},
        {m_archiveSender, u"archiveSenderLineEdit"_s},
        {m_archiveTag, u"archiveTagLineEdit"_s},
        {m_archiveClassification, u"archiveClassificationLineEdit"_s},
        {m_archiveDomain, u"archiveDomainLineEdit"_s},
        {m_archiveText, u"archiveTextLineEdit"_s}};
    for (const auto &[edit, name] : names)
        edit->setObjectName(name);
    auto *note =
        new QLabel(tr("In the archive every filter applies together, over any range."), m_archiveFields);
    note->setObjectName(u"archiveNoteLabel"_s);
    grid->addWidget(note, 3, 0, 1, 6);
    m_archiveErrorLabel = new QLabel(m_archiveFields);
    m_archiveErrorLabel->setWordWrap(true);
    m_archiveErrorLabel->setVisible(false);
    grid->addWidget(m_archiveErrorLabel, 4, 0, 1, 6);
    m_ui->gridLayout->removeItem(m_ui->runLayout);
    m_ui->gridLayout->addWidget(m_archiveFields, 7, 0, 1, 7);
    m_ui->gridLayout->addLayout(m_ui->runLayout, 8, 0, 1, 7);

    setTabOrder(m_ui->manageProfilesButton, m_source);
    setTabOrder(m_source, m_ui->presetComboBox);
    QWidget *previous = m_ui->statusComboBox;
    const QList<QWidget *> chain = {m_archiveLocation, m_archiveRecipient,      m_archiveSender,
                                    m_archiveTag,      m_archiveClassification, m_archiveDomain,
                                    m_archiveText,     m_ui->advancedToolButton};
    for (QWidget *next : chain) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        clearFieldErrors();
        updateSourceFields();
        Q_EMIT sourceChanged(source());
        Q_EMIT queryEdited();
    });
    connect(m_archiveLocation, &QLineEdit::editingFinished, this,
            [this] { Q_EMIT archiveLocationEdited(archiveLocationText()); });
    for (auto *edit : {m_archiveRecipient, m_archiveSender, m_archiveTag, m_archiveClassification,
                       m_archiveDomain, m_archiveText})
        connect(edit, &QLineEdit::textEdited, this, &QueryForm::queryEdited);
    updateSourceFields();
}

void QueryForm::updateSourceFields()
{
    const bool archive = source() == Source::Archive;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->filterLabel), static_cast<QWidget *>(m_ui->filterKindComboBox),
          static_cast<QWidget *>(m_ui->filterValueLineEdit)})
        w->setVisible(!archive);
    if (archive)
        m_ui->filterErrorLabel->setVisible(false);
    m_archiveFields->setVisible(archive);
    m_ui->endDateTimeEdit->setToolTip(
        archive ? tr("Last minute, in the display zone; any range")
                : tr("Last minute, in the display zone; at most 30 days after Start"));
    m_ui->serviceTimeLabel->setVisible(!archive);
}

QueryForm::Source QueryForm::source() const
{
    return Source(m_source->currentData().toInt());
}

void QueryForm::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

QString QueryForm::archiveLocationText() const
{
    return m_archiveLocation->text().trimmed();
}

void QueryForm::setArchiveLocationText(const QString &text)
{
    m_archiveLocation->setText(text);
}

ArchiveFilter QueryForm::archiveFilter() const
{
    const MailQuery q = query();
    ArchiveFilter filter;
    filter.startUtc = q.start.toSecsSinceEpoch();
    filter.endUtc = q.end.toSecsSinceEpoch();
    filter.toAddress = m_archiveRecipient->text().trimmed();
    filter.accountName = m_archiveSender->text().trimmed();
    filter.tag = m_archiveTag->text().trimmed();
    filter.status = q.status;
    filter.classification = m_archiveClassification->text().trimmed();
    filter.domain = m_archiveDomain->text().trimmed();
    filter.text = m_archiveText->text().trimmed();
    filter.ipPoolId = q.ipPoolId;
    filter.configSetId = q.configSetId;
    return filter;
}

// The archive takes any range and every filter together; what is left to check is the form's.
QList<FieldError> QueryForm::archiveFormErrors() const
{
    QList<FieldError> errors;
    const ArchiveFilter filter = archiveFilter();
    if (filter.endUtc <= filter.startUtc)
        errors.append({u"end"_s, tr("End must be after Start.")});
    const std::pair<QString, QString> addresses[] = {{u"archiveRecipient"_s, filter.toAddress},
                                                     {u"archiveSender"_s, filter.accountName}};
    for (const auto &[field, address] : addresses) {
        if (!address.isEmpty() && !address.contains(u'@'))
            errors.append({field, tr("“%1” is not an email address (it has no @).").arg(address)});
    }
    return errors;
}

// Marks an archive field named by showFieldErrors(); false for a field of the other fields.
bool QueryForm::markArchiveField(const FieldError &error)
{
    QLineEdit *edit = error.field == u"archiveRecipient"_s ? m_archiveRecipient
                      : error.field == u"archiveSender"_s  ? m_archiveSender
                                                           : nullptr;
    if (!edit)
        return false;
    markField(edit, m_archiveErrorLabel, error.message);
    return true;
}

} // namespace sendtrail
