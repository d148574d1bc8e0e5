#include "export/xlsxexporter.h"

#include "export/cellrenderer.h"
#include "export/cellsanitizer.h"
#include "export/exportprogress.h"
#include "export/timeformatter.h"
#include "export/writefailure.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// Past ~4 GiB of sheet XML the zip entry would need ZIP64, which Excel handles badly; start
// a new sheet well before that instead.
constexpr qint64 kMaxSheetXmlBytes = qint64(3) << 30;
constexpr qint64 kCellXmlOverhead = 64; // <c r="XFD1048576" s="2" t="inlineStr"><is><t>..</t></is></c>

qint64 escapedXmlSize(const std::string &utf8)
{
    qint64 size = qint64(utf8.size()) + kCellXmlOverhead;
    for (const char c : utf8) {
        if (c == '&' || c == '<' || c == '>')
            size += 4;
        else if (c == '\r')
            size += 6; // libxlsxwriter writes _x000D_
    }
    return size;
}

// Excel's serial date: days since 1899-12-30 (day 25569 is 1970-01-01), in the sheet's zone's
// wall time, since a spreadsheet has no zones; the header says which zone it is.
constexpr double kUnixEpochSerial = 25569.0;
constexpr qint64 kNumberCellXmlBytes = 48; // <c r="XFD1048576" s="3"><v>46000.123456789</v></c>

// errnoValue: what the failed stdio call left; a full disk is worded by the Exporter.
QString scratchError(int errnoValue)
{
    if (WriteFailure::isDiskFull(WriteFailure::systemText(errnoValue)))
        return WriteFailure::systemText(errnoValue);
    return QCoreApplication::translate("sendtrail::XlsxExporter",
                                       "could not write temporary data (disk full?)");
}

QString sheetName(int number)
{
    QString name = QCoreApplication::translate("sendtrail::XlsxExporter", "Records");
    for (QChar &c : name) {
        if (u"[]:*?/\\'"_s.contains(c))
            c = u'_';
    }
    name.truncate(24);
    return number == 1 ? name : u"%1 (%2)"_s.arg(name).arg(number);
}

class WorkbookWriter final
{
public:
    WorkbookWriter(const ExportOptions &options, const QString &fileName, const QString &tempDir)
        : m_options(options), m_renderer(options.timeZone), m_zone(options.timeZone),
          m_fileName(QFile::encodeName(fileName)), m_tempDir(QFile::encodeName(tempDir)),
          m_dataRowsPerSheet(std::clamp<qint64>(options.xlsxRowsPerSheet - 1, 1, kXlsxMaxRowsPerSheet - 1))
    {}
    ~WorkbookWriter() { discard(); }

    bool open();
    bool writeRow(const MailRecord &record);
    // Closes the workbook, which zips it into the output file.
    bool finish();
    // Drops everything; the output file is left as libxlsxwriter never opened it.
    void discard();

    QString error() const { return m_error; }
    qint64 truncatedCells() const { return m_truncated; }
    int sheetCount() const { return int(m_sheets.size()); }

private:
    bool scratchFilesHealthy() const;
    bool startSheet();
    void finishSheet();
    bool writeCell(lxw_row_t row, lxw_col_t col, QStringView text, lxw_format *format);
    bool writeDateTime(lxw_row_t row, lxw_col_t col, qint64 utcSeconds);
    bool fail(lxw_error error);

    const ExportOptions &m_options;
    CellRenderer m_renderer;
    TimeFormatter m_zone; // for its offsets only
    QByteArray m_fileName;
    QByteArray m_tempDir;
    qint64 m_dataRowsPerSheet;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_textFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    QList<lxw_worksheet *> m_sheets;
    lxw_row_t m_row = 0; // next row on the current sheet
    qint64 m_sheetBytes = 0;
    qint64 m_rowsWritten = 0; // data rows, all sheets
    qint64 m_truncated = 0;
    std::string m_utf8;
    QString m_error;
};

bool WorkbookWriter::open()
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempDir.data();
    options.use_zip64 = LXW_FALSE;
    m_book = workbook_new_opt(m_fileName.constData(), &options);
    if (!m_book) {
        m_error = QCoreApplication::translate("sendtrail::XlsxExporter", "could not start the workbook");
        return false;
    }
    m_headerFormat = workbook_add_format(m_book);
    format_set_bold(m_headerFormat);
    // "@" (Text) keeps Excel from turning a guarded cell into a formula when it is edited.
    m_textFormat = workbook_add_format(m_book);
    format_set_num_format(m_textFormat, "@");
    // Real date-times, so that Excel sorts and filters the Time column as times.
    m_dateFormat = workbook_add_format(m_book);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd hh:mm:ss");
    return startSheet();
}

bool WorkbookWriter::startSheet()
{
    if (!m_sheets.isEmpty())
        finishSheet();
    const QByteArray name = sheetName(int(m_sheets.size()) + 1).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.constData());
    if (!sheet)
        return fail(LXW_ERROR_CREATING_TMPFILE);
    m_sheets.append(sheet);
    // Nothing has touched the scratch stream yet, so its buffer can still be enlarged:
    // 1 MiB writes instead of 4 KiB ones for hundreds of MB of sheet XML.
    if (sheet->optimize_tmpfile)
        setvbuf(sheet->optimize_tmpfile, nullptr, _IOFBF, 1 << 20);
    for (lxw_col_t c = 0; c < lxw_col_t(m_options.columns.size()); ++c)
        worksheet_set_column(sheet, c, c, exportColumnWidth(m_options.columns.at(c)), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    // Everything but Time is text on purpose; spare the user a green triangle on every Unix time.
    worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576");
    m_row = 0;
    m_sheetBytes = 0;
    for (lxw_col_t c = 0; c < lxw_col_t(m_options.columns.size()); ++c) {
        const QString header = exportColumnHeader(m_options.columns.at(c), m_options.timeZone);
        if (!writeCell(0, c, header, m_headerFormat))
            return false;
    }
    m_row = 1;
    return true;
}

void WorkbookWriter::finishSheet()
{
    if (m_options.xlsxAutofilter && !m_sheets.isEmpty())
        worksheet_autofilter(m_sheets.last(), 0, 0, m_row - 1, lxw_col_t(m_options.columns.size() - 1));
}

bool WorkbookWriter::writeRow(const MailRecord &record)
{
    if (m_row > m_dataRowsPerSheet || m_sheetBytes > kMaxSheetXmlBytes) {
        if (!startSheet())
            return false;
    }
    for (lxw_col_t c = 0; c < lxw_col_t(m_options.columns.size()); ++c) {
        const ExportColumn column = m_options.columns.at(c);
        const bool ok = column == ExportColumn::Time
                            ? writeDateTime(m_row, c, record.utcSeconds)
                            : writeCell(m_row, c, m_renderer.cell(record, column), nullptr);
        if (!ok)
            return false;
    }
    ++m_row;
    // A full disk would otherwise only show when the workbook is closed, after every row.
    if ((++m_rowsWritten & 4095) != 0)
        return true;
    errno = 0;
    if (!scratchFilesHealthy()) {
        m_error = scratchError(errno);
        return false;
    }
    return true;
}

bool WorkbookWriter::writeCell(lxw_row_t row, lxw_col_t col, QStringView text, lxw_format *format)
{
    if (toXlsxCellText(text, m_utf8))
        ++m_truncated;
    if (m_utf8.empty())
        return true;
    if (!format && m_options.formulaGuard && isFormulaTrigger(char16_t(m_utf8.front())))
        format = m_textFormat;
    m_sheetBytes += escapedXmlSize(m_utf8);
    const lxw_error error = worksheet_write_string(m_sheets.last(), row, col, m_utf8.c_str(), format);
    return error == LXW_NO_ERROR || fail(error);
}

bool WorkbookWriter::writeDateTime(lxw_row_t row, lxw_col_t col, qint64 utcSeconds)
{
    const qint64 local = utcSeconds + m_zone.offsetAt(utcSeconds);
    const double serial = kUnixEpochSerial + double(local) / 86400.0;
    m_sheetBytes += kNumberCellXmlBytes;
    const lxw_error error = worksheet_write_number(m_sheets.last(), row, col, serial, m_dateFormat);
    return error == LXW_NO_ERROR || fail(error);
}

bool WorkbookWriter::scratchFilesHealthy() const
{
    // libxlsxwriter ignores fwrite errors on its row scratch files (a full disk); ask stdio.
    for (lxw_worksheet *sheet : m_sheets) {
        if (sheet->optimize_tmpfile &&
            (fflush(sheet->optimize_tmpfile) != 0 || ferror(sheet->optimize_tmpfile)))
            return false;
    }
    return true;
}

bool WorkbookWriter::finish()
{
    finishSheet();
    errno = 0;
    if (!scratchFilesHealthy()) {
        m_error = scratchError(errno);
        discard();
        return false;
    }
    errno = 0;
    const lxw_error error = workbook_close(m_book); // frees the workbook, even on failure
    const int closeErrno = errno;
    m_book = nullptr;
    if (error == LXW_NO_ERROR)
        return true;
    // libxlsxwriter's zip errors do not say why; the errno its failed fwrite() left does.
    const QString system = WriteFailure::systemText(closeErrno);
    if (WriteFailure::isDiskFull(system)) {
        m_error = system;
        return false;
    }
    return fail(error);
}

void WorkbookWriter::discard()
{
    if (!m_book)
        return;
    // lxw_workbook_free() does not close the constant-memory scratch files; do it here.
    for (lxw_worksheet *sheet : m_sheets) {
        if (sheet->optimize_tmpfile)
            fclose(sheet->optimize_tmpfile);
        sheet->optimize_tmpfile = nullptr;
        sheet->file = nullptr;
    }
    lxw_workbook_free(m_book);
    m_book = nullptr;
}

bool WorkbookWriter::fail(lxw_error error)
{
    m_error = QString::fromUtf8(lxw_strerror(error));
    return false;
}

} // namespace

ExportResult XlsxExporter::write(const ExportSource &source, const ExportOptions &options,
                                 const QString &fileName, const QString &tempDir,
                                 const ExportControl &control)
{
    const RowOrder order(source, options.rowOrder);
    if (const auto refused = refuseTabularExport(order, options))
        return *refused;

    WorkbookWriter book(options, fileName, tempDir);
    if (!book.open())
        return ExportResult::failed(book.error());
    ExportResult result = writeRecordRows(source, order, control, book);
    if (result.ok())
        result.sheetCount = book.sheetCount();
    return result;
}

} // namespace sendtrail
