#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ExportProgressDialog;
}

namespace sendtrail {

// Shows a running export: step, rows, pages, rate and time left, with Cancel; at the end the
// outcome and "Open Folder". Never blocks: the work happens in ExportController.
class ExportProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportProgressDialog)

public:
    explicit ExportProgressDialog(const QString &target, QWidget *parent = nullptr);
    ~ExportProgressDialog() override;

    void setPhase(const QString &text);
    // fraction < 0: unknown (busy bar); etaSeconds < 0: unknown
    void setProgress(qint64 rows, int pages, double rowsPerSecond, double fraction, qint64 etaSeconds);
    void showFinished(const QString &path, qint64 rows);
    void showCancelled();
    void showFailed(const QString &message);
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void reject() override;

private:
    void finish(const QString &text);

    const std::unique_ptr<Ui::ExportProgressDialog> m_ui;
    QString m_path;
    bool m_done = false;
};

} // namespace sendtrail
