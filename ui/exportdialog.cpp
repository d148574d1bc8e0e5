#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

enum FormatIndex
{
    CsvExcel,
    CsvPlain,
    Xlsx,
    Jsonl
};

} // namespace

ExportDialog::ExportDialog(qsizetype loadedRows, bool moreAvailable, const QString &folder,
                           const ExportTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_zone(zone)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_ui->loadedRadioButton->setText(tr("&Loaded rows (%1)").arg(QLocale().toString(qint64(loadedRows))));
    m_ui->wholeQueryRadioButton->setEnabled(moreAvailable);
    if (!moreAvailable)
        m_ui->wholeQueryRadioButton->setToolTip(tr("Every row of the query is loaded already."));
    for (ExportColumn column : allExportColumns()) {
        auto *item = new QListWidgetItem(exportColumnHeader(column, zone), m_ui->columnsListWidget);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(defaultExportColumns().contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->zoneLabel->setText(zone.label());
    const QString dir = folder.isEmpty() ? QDir::homePath() : folder;
    const QString base = u"sendtrail-%1"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    m_ui->pathLineEdit->setText(QDir(dir).filePath(base + u".csv"_s));
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::extension() const
{
    switch (m_ui->formatComboBox->currentIndex()) {
    case Xlsx:
        return u"xlsx"_s;
    case Jsonl:
        return u"jsonl"_s;
    default:
        return u"csv"_s;
    }
}

void ExportDialog::onFormatChanged()
{
    m_ui->columnsListWidget->setEnabled(m_ui->formatComboBox->currentIndex() != Jsonl);
    const QFileInfo info(m_ui->pathLineEdit->text());
    if (!info.fileName().isEmpty())
        m_ui->pathLineEdit->setText(info.dir().filePath(info.completeBaseName() + u'.' + extension()));
}

void ExportDialog::browse()
{
    const QString filter = extension() == u"xlsx"_s    ? tr("Excel workbooks (*.xlsx)")
                           : extension() == u"jsonl"_s ? tr("JSON Lines (*.jsonl)")
                                                       : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_ui->pathLineEdit->text(),
                                                      filter, nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        m_ui->pathLineEdit->setText(path);
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_ui->pathLineEdit->setText(path);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.wholeQuery = m_ui->wholeQueryRadioButton->isChecked();
    const int format = m_ui->formatComboBox->currentIndex();
    r.options.format = format == Xlsx    ? ExportFormat::Xlsx
                       : format == Jsonl ? ExportFormat::Jsonl
                                         : ExportFormat::Csv;
    r.options.csvPreset = format == CsvPlain ? CsvPreset::Plain : CsvPreset::Excel;
    r.options.timeZone = m_zone;
    r.options.targetPath = m_ui->pathLineEdit->text().trimmed();
    r.options.columns.clear();
    for (int i = 0; i < m_ui->columnsListWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->columnsListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            r.options.columns << ExportColumn(item->data(Qt::UserRole).toInt());
    }
    return r;
}

void ExportDialog::accept()
{
    const ExportRequest r = request();
    QString problem;
    const QFileInfo info(r.options.targetPath);
    if (r.options.targetPath.isEmpty() || info.fileName().isEmpty())
        problem = tr("Choose a file to save to.");
    else if (!info.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (r.options.format != ExportFormat::Jsonl && r.options.columns.isEmpty())
        problem = tr("Tick at least one column.");
    m_ui->pathErrorLabel->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    m_ui->pathErrorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_ui->pathErrorLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace sendtrail
