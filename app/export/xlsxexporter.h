#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

namespace sendtrail {

// Builds an .xlsx with libxlsxwriter in constant-memory mode. Every cell is an inline string
// (never a formula, never a guessed number); XML-illegal characters are dropped and cells are
// capped at kMaxCellLength. Bold, frozen header row on every sheet, fixed column widths,
// optional autofilter, and a new sheet once options.xlsxRowsPerSheet rows are used.
//
// libxlsxwriter only writes to a file name, so fileName is whatever it should fopen() (the
// Exporter passes the QSaveFile's own temp file); tempDir receives its scratch files. After a
// failure or cancellation fileName may hold partial data, which the caller discards.
class XlsxExporter final
{
public:
    static ExportResult write(const ExportSource &source, const ExportOptions &options,
                              const QString &fileName, const QString &tempDir,
                              const ExportControl &control = {});
};

} // namespace sendtrail
