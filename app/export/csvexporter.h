#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <QIODevice>

namespace sendtrail {

// Header plus one line per row, into an open device (a QSaveFile, or a QBuffer in tests).
// The device is neither committed nor closed here. A failed result carries the device's
// error text; the caller adds the path.
class CsvExporter final
{
public:
    static ExportResult write(const ExportSource &source, const ExportOptions &options, QIODevice &device,
                              const ExportControl &control = {});
};

} // namespace sendtrail
