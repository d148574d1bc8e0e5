// InvalidAddressWindow's removal and export, apart from its layout and loading
// (invalidaddresswindow.cpp) to keep both files readable.
#include "api/apiclient.h"
#include "export/writefailure.h"
#include "invalidaddressmodel.h"
#include "invalidaddresswindow.h"
#include "lists/invalidaddresses.h"
#include "present/permissionadvice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

const auto kFolderKey = u"invalidAddresses/lastFolder"_s;
constexpr int kNamedInConfirmation = 10;

} // namespace

void InvalidAddressWindow::removeSelected()
{
    if (isRemoving() || m_confirm || !m_client)
        return;
    QStringList addresses;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        addresses.append(index.data(Qt::UserRole).toString());
    if (addresses.isEmpty())
        return;
    QStringList named = addresses.mid(0, kNamedInConfirmation);
    if (addresses.size() > kNamedInConfirmation)
        named.append(tr("… and %n more", nullptr, int(addresses.size()) - kNamedInConfirmation));
    m_confirm = new QMessageBox(
        QMessageBox::Question, tr("Remove from the Invalid-Address List"),
        tr("Remove %n address(es) from your account's invalid-address list?", nullptr, int(addresses.size())),
        QMessageBox::NoButton, this);
    m_confirm->setObjectName(u"invalidRemoveSelectedConfirmBox"_s);
    m_confirm->setInformativeText(
        tr("Direct Mail will attempt the next mail to each of them again. An address that really does not "
           "exist bounces and goes back on the list."));
    m_confirm->setDetailedText(named.join(u'\n'));
    QPushButton *remove = m_confirm->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, remove, addresses](QAbstractButton *button) {
        if (button == remove)
            startRemoval(addresses);
    });
    m_confirm->open();
}

void InvalidAddressWindow::startRemoval(const QStringList &addresses)
{
    m_results->clear();
    m_remover = new InvalidAddressRemover(m_client, addresses, this);
    connect(m_remover, &InvalidAddressRemover::addressDone, this,
            [this](const QString &address, InvalidAddressRemover::Outcome outcome, const ApiError &error) {
                switch (outcome) {
                case InvalidAddressRemover::Outcome::Removed:
                    m_results->appendPlainText(tr("%1: removed").arg(address));
                    break;
                case InvalidAddressRemover::Outcome::NotOnList:
                    m_results->appendPlainText(tr("%1: not on the list").arg(address));
                    break;
                case InvalidAddressRemover::Outcome::Failed:
                    m_results->appendPlainText(
                        tr("%1: failed: %2").arg(address, PermissionAdvice::describe(error)));
                    return; // still on the list: the row stays
                }
                m_model->removeAddresses({address});
            });
    connect(
        m_remover, &InvalidAddressRemover::finished, this, [this](int removed, int notOnList, int failed) {
            m_state->setText(
                tr("Removed: %1. Not on the list: %2. Failed: %3.").arg(removed).arg(notOnList).arg(failed));
            m_remover->deleteLater();
            m_remover = nullptr;
            updateButtons();
            Q_EMIT removalFinished();
        });
    updateButtons();
    m_remover->start();
}

bool InvalidAddressWindow::exportTo(const QString &path, QString *error) const
{
    const bool jsonl = path.endsWith(u".jsonl"_s, Qt::CaseInsensitive);
    return WriteFailure::saveAtomically(path, jsonl ? m_model->toJsonl() : m_model->toCsv(), error);
}

void InvalidAddressWindow::exportWithDialog()
{
    QSettings settings;
    const QString folder =
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString csv = tr("CSV files (*.csv)");
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Invalid Addresses"),
                                                QDir(folder).filePath(u"invalid-addresses.csv"_s),
                                                csv + u";;"_s + jsonl, &filter);
    if (path.isEmpty())
        return;
    if (filter == jsonl && QFileInfo(path).suffix().isEmpty())
        path += u".jsonl"_s;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (exportTo(path, &error))
        m_state->setText(tr("Wrote %n address(es) to %1.", nullptr, m_model->rowCount())
                             .arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export Invalid Addresses"), WriteFailure::message(path, error));
}

} // namespace sendtrail
