#include "export/exporter.h"

#include "export/csvexporter.h"
#include "export/jsonlexporter.h"
#include "export/writefailure.h"
#include "export/xlsxexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ExporterTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::Exporter)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

ExportResult withPath(ExportResult result, const QString &path)
{
    if (result.outcome == ExportResult::Outcome::Failed)
        result.errorText = ExporterTr::tr("Could not write \"%1\": %2")
                               .arg(shown(path), WriteFailure::reason(result.errorText));
    return result;
}

bool copyInto(QFile &from, QSaveFile &to, const ExportControl &control, QString *error)
{
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (control.isCancelled())
            return false;
        const qint64 got = from.read(chunk.data(), chunk.size());
        if (got < 0) {
            *error = from.errorString();
            return false;
        }
        if (got == 0)
            return true;
        if (to.write(chunk.constData(), got) != got) {
            *error = to.errorString();
            return false;
        }
    }
}

// libxlsxwriter opens its output by name; /proc/self/fd/N names the QSaveFile's own
// (anonymous, O_TMPFILE) temp file, so there is one write and nothing to clean up after a crash.
QString procFdPath(const QSaveFile &file)
{
#ifdef Q_OS_LINUX
    QString path = u"/proc/self/fd/%1"_s.arg(file.handle());
    if (file.handle() >= 0 && QFileInfo::exists(path))
        return path;
#else
    Q_UNUSED(file);
#endif
    return {};
}

ExportResult writeXlsxViaStaging(const ExportSource &source, const ExportOptions &options, QSaveFile &file,
                                 const ExportControl &control)
{
    const QFileInfo target(options.targetPath);
    QTemporaryFile staging(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX.part"_s);
    if (!staging.open())
        return ExportResult::failed(staging.errorString());
    staging.close(); // libxlsxwriter reopens it by name
    ExportResult result =
        XlsxExporter::write(source, options, staging.fileName(), target.absolutePath(), control);
    if (!result.ok())
        return result;
    QString error;
    if (!staging.open() || !copyInto(staging, file, control, &error)) {
        if (control.isCancelled())
            return ExportResult::cancelled(result.rowsWritten);
        return ExportResult::failed(error.isEmpty() ? staging.errorString() : error);
    }
    return result;
}

ExportResult writeXlsx(const ExportSource &source, const ExportOptions &options, QSaveFile &file,
                       const ExportControl &control)
{
    if (options.xlsxStaging != XlsxStaging::StagingCopy) {
        const QString path = procFdPath(file);
        if (!path.isEmpty())
            return XlsxExporter::write(source, options, path, QFileInfo(options.targetPath).absolutePath(),
                                       control);
        if (options.xlsxStaging == XlsxStaging::ProcFd)
            return ExportResult::failed(ExporterTr::tr("/proc/self/fd is not available"));
    }
    return writeXlsxViaStaging(source, options, file, control);
}

ExportResult writeFormat(const ExportSource &source, const ExportOptions &options, QSaveFile &file,
                         const ExportControl &control)
{
    switch (options.format) {
    case ExportFormat::Csv:
        return CsvExporter::write(source, options, file, control);
    case ExportFormat::Jsonl:
        return JsonlExporter::write(source, options, file, control);
    case ExportFormat::Xlsx:
        break;
    }
    return writeXlsx(source, options, file, control);
}

} // namespace

ExportResult Exporter::run(const ExportSource &source, const ExportOptions &options,
                           const ExportControl &control)
{
    const QString &path = options.targetPath;
    if (path.isEmpty())
        return ExportResult::failed(ExporterTr::tr("No file name was given for the export."));

    QSaveFile file(path);
    file.setDirectWriteFallback(false); // atomic or nothing
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failed(
            ExporterTr::tr("Could not create \"%1\": %2").arg(shown(path), file.errorString()));

    ExportResult result = withPath(writeFormat(source, options, file, control), path);
    // A cancel that arrives while XLSX is being zipped still wins: nothing is committed.
    if (result.ok() && control.isCancelled())
        result = ExportResult::cancelled(result.rowsWritten);
    if (!result.ok()) {
        file.cancelWriting(); // the destructor then discards the temp file
        return result;
    }
    if (!file.commit())
        return ExportResult::failed(ExporterTr::tr("Could not save \"%1\": %2")
                                        .arg(shown(path), WriteFailure::reason(file.errorString())));
    return result;
}

} // namespace sendtrail
