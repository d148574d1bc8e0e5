#pragma once

#include "credentials/aliyunconfig.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sendtrail {

class AppSession;
struct AliyunImportResult;

// Lists what the aliyun CLI's config.json holds (what would be imported, what is skipped and
// why), and on Import adds the candidates as saved profiles, their secrets in the system keychain.
// The keychain work is asynchronous; the file itself is a few KB and is read when the dialog opens.
class AliyunImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliyunImportDialog)

public:
    AliyunImportDialog(AppSession *session, const QString &configPath, QWidget *parent = nullptr);
    ~AliyunImportDialog() override;

Q_SIGNALS:
    void profilesImported(const QStringList &names);

private:
    void showPlan();
    void startImport();
    void showResult(const AliyunImportResult &result);
    void addRow(const QStringList &cells, const QColor &outcomeColor = {});
    void setOutcome(int row, const QString &text, const QColor &color = {});

    AppSession *m_session;
    AliyunImportPlan m_plan;
    QLabel *m_intro;
    QTableWidget *m_list;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace sendtrail
