#include "aliyunimportdialog.h"

#include "connection/appsession.h"
#include "credentials/aliyunimport.h"
#include "credentials/profilecredentials.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

enum Column
{
    NameColumn,
    ModeColumn,
    KeyIdColumn,
    RegionColumn,
    TokenColumn,
    OutcomeColumn,
};

constexpr auto kErrorStyle = "color: #c62828;";
constexpr QRgb kErrorColor = 0xc62828;

} // namespace

AliyunImportDialog::AliyunImportDialog(AppSession *session, const QString &configPath, QWidget *parent)
    : QDialog(parent), m_session(session), m_plan(readAliyunConfig(configPath, session->profileNames())),
      m_intro(new QLabel(this)), m_list(new QTableWidget(0, OutcomeColumn + 1, this)),
      m_result(new QLabel(this)), m_buttons(new QDialogButtonBox(this)),
      m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import from aliyun CLI"));
    resize(920, 420);
    m_intro->setObjectName(u"introLabel"_s);
    m_intro->setWordWrap(true);
    m_list->setObjectName(u"profilesTable"_s);
    m_list->setAccessibleName(tr("Profiles in the aliyun CLI configuration"));
    m_list->setHorizontalHeaderLabels(
        {tr("Profile"), tr("Mode"), tr("AccessKey ID"), tr("Region"), tr("STS token"), tr("What happens")});
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->setVisible(false);
    m_list->setShowGrid(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setWordWrap(true); // the reasons are sentences: they wrap rather than being cut off
    connect(m_list->horizontalHeader(), &QHeaderView::sectionResized, m_list, [this](int column) {
        if (column == OutcomeColumn) // the rows grow or shrink with the reasons' column
            m_list->resizeRowsToContents();
    });
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setFocusPolicy(Qt::NoFocus); // a status line: read with the dialog, no empty Tab stop
    m_import->setObjectName(u"importButton"_s);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    connect(m_import, &QPushButton::clicked, this, &AliyunImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPlan();
}

AliyunImportDialog::~AliyunImportDialog()
{
    m_plan.wipe();
}

void AliyunImportDialog::showPlan()
{
    if (!m_plan.ok()) {
        m_intro->setText(m_plan.error);
        m_intro->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_list->setVisible(false);
        m_import->setEnabled(false);
        return;
    }
    m_intro->setText(tr("Profiles of the aliyun CLI in %1. Those marked for import are added with the same "
                        "name; their AccessKey secret and STS token go to the system keychain. The file is "
                        "only read.")
                         .arg(m_plan.fileName));
    for (const AliyunCandidate &candidate : std::as_const(m_plan.candidates)) {
        const QString outcome = candidate.regionNote.isEmpty()
                                    ? tr("Will be imported.")
                                    : tr("Will be imported; %1.").arg(candidate.regionNote);
        addRow({candidate.profile.name, candidate.mode, maskAccessKeyId(candidate.profile.accessKeyId),
                candidate.profile.regionId, candidate.profile.hasSecurityToken ? tr("yes") : tr("no"),
                outcome});
    }
    for (const AliyunSkipped &skipped : std::as_const(m_plan.skipped)) {
        const QString outcome = skipped.problem ? tr("Not imported: %1.") : tr("Skipped: %1.");
        addRow({skipped.name, skipped.mode, {}, {}, {}, outcome.arg(skipped.reason)},
               skipped.problem ? QColor(kErrorColor) : palette().placeholderText().color());
    }
    for (int column = 0; column < OutcomeColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_list->resizeRowsToContents();
    const qsizetype count = m_plan.candidates.size();
    m_import->setEnabled(count > 0);
    m_result->setText(count == 0   ? tr("There is nothing to import.")
                      : count == 1 ? tr("1 profile can be imported.")
                                   : tr("%1 profiles can be imported.").arg(count));
}

void AliyunImportDialog::addRow(const QStringList &cells, const QColor &outcomeColor)
{
    const int row = m_list->rowCount();
    m_list->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        m_list->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    setOutcome(row, cells.at(OutcomeColumn), outcomeColor);
}

void AliyunImportDialog::setOutcome(int row, const QString &text, const QColor &color)
{
    QTableWidgetItem *item = m_list->item(row, OutcomeColumn);
    item->setText(text);
    item->setToolTip(text);
    if (color.isValid())
        item->setForeground(color);
}

void AliyunImportDialog::startImport()
{
    m_import->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false); // keychain jobs cannot be recalled
    m_result->setStyleSheet({});
    m_result->setText(tr("Importing; the keychain may ask for permission…"));
    // Moved, not copied: a copy shares every secret, and wiping one side would only detach it.
    // The import wipes each one once it is written.
    QList<AliyunCandidate> candidates = std::exchange(m_plan.candidates, {});
    importAliyunProfiles(m_session->savedProfiles(), std::move(candidates), this,
                         [this](const AliyunImportResult &result) { showResult(result); });
}

void AliyunImportDialog::showResult(const AliyunImportResult &result)
{
    using Status = AliyunImportResult::Status;
    // The candidates are the first rows, in the order the import went through them.
    for (qsizetype i = 0; i < result.entries.size() && i < m_list->rowCount(); ++i) {
        const AliyunImportResult::Entry &entry = result.entries.at(i);
        if (entry.status == Status::Imported)
            setOutcome(int(i), tr("Imported."));
        else if (entry.status == Status::Skipped)
            setOutcome(int(i), tr("Skipped: %1.").arg(entry.message));
        else
            setOutcome(int(i), tr("Not imported: %1").arg(entry.message), QColor(kErrorColor));
    }
    m_list->resizeRowsToContents();
    const int imported = result.importedCount();
    QString text = imported == 0 ? tr("Nothing was imported.")
                                 : tr("Imported %1 of %2; the secrets are in the system keychain.")
                                       .arg(imported)
                                       .arg(result.entries.size());
    if (result.keychainError)
        text += u' ' + tr("The keychain failed: %1").arg(result.keychainError->message);
    else if (result.settingsFailed)
        text += u' ' + tr("The settings file could not be written.");
    m_result->setStyleSheet(imported == result.entries.size() ? QString() : QString::fromLatin1(kErrorStyle));
    m_result->setText(text);
    m_import->setVisible(false);
    delete m_buttons->button(QDialogButtonBox::Cancel);
    m_buttons->addButton(QDialogButtonBox::Close)->setFocus();
    if (imported > 0)
        Q_EMIT profilesImported(result.importedNames());
}

} // namespace sendtrail
