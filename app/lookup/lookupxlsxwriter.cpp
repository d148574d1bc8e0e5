#include "addresslist.h"
#include "export/writefailure.h"
#include "lookuprun.h"
#include "lookupwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimeZone>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qsizetype kMaxCellLength = 32767; // Excel's limit; longer cells make the file unreadable

// XML 1.0 cannot carry most control characters; Excel refuses a sheet that holds one.
std::string cellText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            clean.append(c);
    }
    clean.truncate(kMaxCellLength);
    return clean.toStdString();
}

// libxlsxwriter ignores failed writes to its row scratch file (a full disk) and would zip a
// truncated sheet, so stdio is asked first. A failure's errno says why, better than lxw_strerror.
QString closeBook(lxw_workbook *book, lxw_worksheet *sheet, lxw_error error)
{
    errno = 0;
    FILE *scratch = sheet ? sheet->optimize_tmpfile : nullptr;
    if (error == LXW_NO_ERROR && scratch && (fflush(scratch) != 0 || ferror(scratch))) {
        const int scratchErrno = errno;
        fclose(scratch); // lxw_workbook_free() leaves the constant-memory scratch file open
        sheet->optimize_tmpfile = nullptr;
        sheet->file = nullptr;
        lxw_workbook_free(book);
        return WriteFailure::systemText(scratchErrno != 0 ? scratchErrno : EIO);
    }
    errno = 0;
    const lxw_error closed = workbook_close(book); // frees the book whatever happened
    const int closeErrno = errno;
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error == LXW_NO_ERROR)
        return {};
    const QString system = WriteFailure::systemText(closeErrno);
    return WriteFailure::isDiskFull(system) ? system : QString::fromUtf8(lxw_strerror(error));
}

// The result table as one sheet of strings (never formulas or guessed numbers, so an address
// like "=cmd@x.com" stays text). Returns libxlsxwriter's error text, empty on success.
QString writeBook(const QString &fileName, const QString &tempDir, const AddressList &list,
                  const QList<LookupResult> &results, int utcOffsetSeconds)
{
    const QByteArray name = QFile::encodeName(fileName);
    const QByteArray temp = QFile::encodeName(tempDir);
    lxw_workbook_options bookOptions{};
    bookOptions.constant_memory = LXW_TRUE;
    bookOptions.tmpdir = const_cast<char *>(temp.constData());
    lxw_workbook *book = workbook_new_opt(name.constData(), &bookOptions);
    if (!book)
        return u"cannot create the workbook"_s;
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Lookup");
    const QStringList header = LookupWriter::columnNames();
    const double widths[] = {32, 7, 7, 14, 22, 24, 40, 60};
    for (lxw_col_t c = 0; c < lxw_col_t(header.size()); ++c) {
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
        worksheet_write_string(sheet, 0, c, cellText(header.at(c)).c_str(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const QTimeZone zone(utcOffsetSeconds);
    lxw_row_t row = 1;
    qsizetype next = 0;
    lxw_error error = LXW_NO_ERROR;
    for (const AddressEntry &entry : list.entries()) {
        const LookupResult *result = entry.valid && next < results.size() ? &results.at(next) : nullptr;
        next += entry.valid ? 1 : 0;
        const QStringList cells = LookupWriter::cells(entry, result, zone);
        for (lxw_col_t c = 0; c < lxw_col_t(cells.size()) && error == LXW_NO_ERROR; ++c) {
            if (!cells.at(c).isEmpty())
                error = worksheet_write_string(sheet, row, c, cellText(cells.at(c)).c_str(), nullptr);
        }
        ++row;
    }
    if (row > 1)
        worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(header.size() - 1));
    return closeBook(book, sheet, error);
}

} // namespace

bool LookupWriter::writeXlsxFile(const QString &path, const AddressList &list,
                                 const QList<LookupResult> &results, const Options &options, QString *error)
{
    const QFileInfo target(path);
    // Beside the target, so the rename below stays on one file system and replaces atomically.
    QTemporaryFile staging(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX.part"_s);
    QString problem;
    if (!staging.open()) {
        problem = staging.errorString();
    } else {
        staging.close(); // libxlsxwriter opens it again by name
        problem = writeBook(staging.fileName(), target.absolutePath(), list, results,
                            options.serviceUtcOffsetSeconds);
        if (problem.isEmpty() && std::rename(QFile::encodeName(staging.fileName()).constData(),
                                             QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
            problem = QString::fromLocal8Bit(std::strerror(errno));
        if (problem.isEmpty())
            staging.setAutoRemove(false); // it is the target now
    }
    if (!problem.isEmpty() && error)
        *error = WriteFailure::message(path, problem);
    return problem.isEmpty();
}

} // namespace sendtrail
