#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

namespace sendtrail {

// Runs one export synchronously (ExportJob runs it on a worker thread) and writes the target
// atomically through QSaveFile: the target appears, or is replaced, only when everything was
// written and synced. A cancelled or failed export leaves no file and an existing target
// untouched. A failure's text names the target path.
class Exporter final
{
public:
    static ExportResult run(const ExportSource &source, const ExportOptions &options,
                            const ExportControl &control = {});
};

} // namespace sendtrail
