#include "lookupinput.h"

#include "lookup/tablereader.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStringDecoder>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024; // as the XLSX reader's part limit

} // namespace

struct LookupInput::Loaded
{
    int generation = 0;
    QString path;
    AddressList::Format format = AddressList::Format::Text;
    QStringList headers; // the first row of a CSV file or sheet
    int column = 1;      // 1-based, as chosen (or guessed)
    std::optional<AddressList> list;
    QString error;
};

LookupInput::LookupInput(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)),
      m_loadButton(new QPushButton(tr("&Load File…"), this)), m_fileLabel(new QLabel(this)),
      m_columnLabel(new QLabel(tr("Col&umn:"), this)), m_columnCombo(new QComboBox(this)),
      m_counterLabel(new QLabel(this))
{
    m_edit->setObjectName(u"lookupInputEdit"_s);
    m_edit->setAccessibleName(tr("Addresses to look up"));
    m_edit->setPlaceholderText(tr("Paste addresses here, one per line (# starts a comment), or load a "
                                  "text, CSV or XLSX file."));
    m_loadButton->setObjectName(u"loadFileButton"_s);
    m_fileLabel->setObjectName(u"lookupFileLabel"_s);
    m_columnCombo->setObjectName(u"lookupColumnCombo"_s);
    m_columnCombo->setAccessibleName(tr("Column that holds the addresses"));
    m_columnLabel->setBuddy(m_columnCombo);
    m_counterLabel->setObjectName(u"lookupCounterLabel"_s);
    m_counterLabel->setAccessibleName(tr("Address count"));
    m_counterLabel->setWordWrap(true);
    for (QWidget *w : {static_cast<QWidget *>(m_fileLabel), static_cast<QWidget *>(m_columnLabel),
                       static_cast<QWidget *>(m_columnCombo)})
        w->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_loadButton);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_columnLabel);
    fileRow->addWidget(m_columnCombo);
    fileRow->addStretch(1); // the button keeps its size whether or not a file is shown
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(fileRow);
    layout->addWidget(m_counterLabel);

    // 10,000 lines parse in a few milliseconds; the pause only spares work while typing.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &LookupInput::parseText);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_fillingText)
            return;
        if (!m_filePath.isEmpty()) { // typing over a file's list makes the text the source again
            m_filePath.clear();
            for (QWidget *w : {static_cast<QWidget *>(m_fileLabel), static_cast<QWidget *>(m_columnLabel),
                               static_cast<QWidget *>(m_columnCombo)})
                w->hide();
        }
        ++m_generation;
        m_debounce.start();
    });
    connect(m_loadButton, &QPushButton::clicked, this, &LookupInput::chooseFile);
    connect(m_columnCombo, &QComboBox::activated, this,
            [this](int index) { startLoad(m_filePath, m_columnCombo->itemData(index).toInt()); });
    parseText();
}

LookupInput::~LookupInput() = default;

QString LookupInput::counterText() const
{
    return m_counterLabel->text();
}

QString LookupInput::columnHeader() const
{
    return m_columnCombo->isVisible() || !m_filePath.isEmpty() ? m_columnCombo->currentText() : QString();
}

void LookupInput::parseText()
{
    m_debounce.stop();
    QString error;
    m_list = AddressList::fromText(m_edit->toPlainText(), &error);
    m_problem = error;
    showCounter();
    Q_EMIT listChanged();
}

void LookupInput::showCounter()
{
    if (m_loading)
        return m_counterLabel->setText(tr("Reading the file…"));
    if (!m_list)
        return m_counterLabel->setText(m_problem);
    m_counterLabel->setText(tr("%1 addresses, %2 duplicates folded, %3 invalid")
                                .arg(QLocale().toString(m_list->addressCount()))
                                .arg(QLocale().toString(m_list->duplicateCount()))
                                .arg(QLocale().toString(m_list->invalidCount())));
}

void LookupInput::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Addresses"), settings.value(u"lookup/lastFolder"_s).toString(),
        tr("Address lists (*.txt *.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"lookup/lastFolder"_s, QFileInfo(path).absolutePath());
    loadFile(path);
}

void LookupInput::loadFile(const QString &path)
{
    startLoad(path, 0); // 0: the remembered column, else the one named like an address
}

void LookupInput::startLoad(const QString &path, int column)
{
    m_loading = true;
    m_loadButton->setEnabled(false);
    const int generation = ++m_generation;
    const QString remembered = QSettings().value(u"lookup/column"_s).toString();
    auto loaded = std::make_shared<Loaded>();
    QThread *worker = QThread::create([loaded, path, column, remembered, generation] {
        Loaded &l = *loaded;
        l.generation = generation;
        l.path = path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            l.error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return;
        }
        if (file.size() > kMaxFileBytes) {
            l.error = tr("%1 is too big for an address list.").arg(QFileInfo(path).fileName());
            return;
        }
        const QByteArray bytes = file.readAll();
        l.format = AddressList::guessFormat(bytes, path, false);
        if (l.format != AddressList::Format::Text) {
            std::optional<QList<TableRow>> rows;
            if (l.format == AddressList::Format::Xlsx) {
                rows = readXlsxRows(bytes, &l.error);
            } else {
                const auto encoding =
                    QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8);
                QString text = QStringDecoder(encoding).decode(bytes);
                rows = readCsvRows(text, &l.error);
            }
            if (!rows)
                return;
            l.headers = rows->isEmpty() ? QStringList() : rows->constFirst().cells;
            l.column = column;
            for (qsizetype i = 0; i < l.headers.size() && l.column == 0; ++i)
                if (l.headers.at(i).trimmed().compare(remembered, Qt::CaseInsensitive) == 0)
                    l.column = int(i + 1);
            for (qsizetype i = 0; i < l.headers.size() && l.column == 0; ++i)
                if (l.headers.at(i).contains(u"mail"_s, Qt::CaseInsensitive))
                    l.column = int(i + 1);
            l.column = std::max(l.column, 1);
        }
        // By number: a first row that is not an address there is skipped as the header row.
        l.list = AddressList::fromBytes(bytes, l.format, {{}, l.column}, &l.error);
    });
    connect(worker, &QThread::finished, this, [this, loaded] { onLoaded(*loaded); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    showCounter();
    worker->start();
}

void LookupInput::onLoaded(const Loaded &loaded)
{
    if (loaded.generation != m_generation)
        return; // the user typed or loaded again meanwhile
    m_loading = false;
    m_loadButton->setEnabled(true);
    if (!loaded.list) {
        m_problem = loaded.error;
        showCounter();
        m_counterLabel->setText(loaded.error);
        Q_EMIT loadFailed(loaded.error);
        return;
    }
    m_filePath = loaded.path;
    m_list = loaded.list;
    m_fileLabel->setText(tr("From %1").arg(QFileInfo(loaded.path).fileName()));
    m_fileLabel->show();
    const bool table = loaded.format != AddressList::Format::Text;
    m_columnCombo->clear();
    for (qsizetype i = 0; i < loaded.headers.size(); ++i) {
        const QString header = loaded.headers.at(i).trimmed();
        m_columnCombo->addItem(header.isEmpty() ? tr("Column %1").arg(i + 1) : header, int(i + 1));
    }
    m_columnCombo->setCurrentIndex(loaded.column - 1);
    m_columnLabel->setVisible(table);
    m_columnCombo->setVisible(table);
    if (table)
        QSettings().setValue(u"lookup/column"_s, m_columnCombo->currentText());
    // The text box shows what will be looked up; editing it makes the text the source again.
    QStringList lines;
    for (const AddressEntry &entry : m_list->entries())
        lines.append(entry.text);
    m_fillingText = true;
    m_edit->setPlainText(lines.join(u'\n'));
    m_fillingText = false;
    showCounter();
    Q_EMIT listChanged();
}

} // namespace sendtrail
