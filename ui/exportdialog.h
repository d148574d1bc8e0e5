#pragma once

#include "export/exportoptions.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExportDialog;
}

namespace sendtrail {

struct ExportRequest
{
    bool wholeQuery = false; // fetch every remaining page of the query before writing
    ExportOptions options;
};

// Scope, format, columns and target of an export. Only collects choices; ExportController runs it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(qsizetype loadedRows, bool moreAvailable, const QString &folder, const ExportTimeZone &zone,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportRequest request() const;
    void setTargetPath(const QString &path);
    void accept() override;

private:
    void browse();
    void onFormatChanged();
    QString extension() const;

    const std::unique_ptr<Ui::ExportDialog> m_ui;
    ExportTimeZone m_zone;
};

} // namespace sendtrail
