#include "exportprogressdialog.h"

#include "ui_exportprogressdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sendtrail {

ExportProgressDialog::ExportProgressDialog(const QString &target, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportProgressDialog>()), m_path(target)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Exporting to %1").arg(QDir::toNativeSeparators(target)));
    m_ui->progressBar->setRange(0, 0);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExportProgressDialog::cancelRequested);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    setProgress(0, 0, 0, -1, -1);
}

ExportProgressDialog::~ExportProgressDialog() = default;

void ExportProgressDialog::setPhase(const QString &text)
{
    m_ui->phaseLabel->setText(text);
}

void ExportProgressDialog::setProgress(qint64 rows, int pages, double rowsPerSecond, double fraction,
                                       qint64 etaSeconds)
{
    const QLocale locale;
    m_ui->rowsLabel->setText(locale.toString(rows));
    m_ui->pagesLabel->setText(pages > 0 ? locale.toString(pages) : tr("—"));
    m_ui->rateLabel->setText(rowsPerSecond > 0 ? tr("%1 rows/s").arg(locale.toString(qRound64(rowsPerSecond)))
                                               : tr("—"));
    if (etaSeconds < 0)
        m_ui->etaLabel->setText(tr("estimating…"));
    else if (etaSeconds < 60)
        m_ui->etaLabel->setText(tr("about %1 s").arg(qMax<qint64>(1, etaSeconds)));
    else
        m_ui->etaLabel->setText(tr("about %1 min").arg((etaSeconds + 59) / 60));
    if (fraction < 0) {
        m_ui->progressBar->setRange(0, 0);
    } else {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(qBound(0.0, fraction, 1.0) * 1000));
    }
}

void ExportProgressDialog::finish(const QString &text)
{
    m_done = true;
    m_ui->resultLabel->setText(text);
    m_ui->cancelButton->setVisible(false);
    m_ui->closeButton->setVisible(true);
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
    m_ui->etaLabel->setText(tr("—"));
}

void ExportProgressDialog::showFinished(const QString &path, qint64 rows)
{
    m_path = path;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    setPhase(tr("Done"));
    m_ui->openFolderButton->setVisible(true);
    finish(tr("✔ Exported %1 rows to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
}

void ExportProgressDialog::showCancelled()
{
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    setPhase(tr("Cancelled"));
    finish(tr("Cancelled. No file was written."));
}

void ExportProgressDialog::showFailed(const QString &message)
{
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    setPhase(tr("Failed"));
    finish(tr("✘ The export failed: %1 No file was written.").arg(message));
}

void ExportProgressDialog::reject()
{
    // Esc or the window's close button: cancel first, close once the work has stopped.
    if (m_done)
        QDialog::reject();
    else
        Q_EMIT cancelRequested();
}

} // namespace sendtrail
