#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <QIODevice>

namespace sendtrail {

// One original record object per line (compact JSON, UTF-8, LF): lossless, no columns, no
// truncation. Same device contract as CsvExporter.
class JsonlExporter final
{
public:
    static ExportResult write(const ExportSource &source, const ExportOptions &options, QIODevice &device,
                              const ExportControl &control = {});
};

} // namespace sendtrail
