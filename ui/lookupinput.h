#pragma once

#include "lookup/addresslist.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sendtrail {

// Where a lookup's addresses come from: the pasted text, or a loaded file (text, or a CSV or
// XLSX column the user picks from its header row). The counter line follows every edit; files
// are read and parsed on a worker thread, so a big workbook never freezes the window.
class LookupInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupInput)

public:
    explicit LookupInput(QWidget *parent = nullptr);
    ~LookupInput() override;

    // The current list; nullopt while the text or file cannot be used (counterText() says why).
    const std::optional<AddressList> &list() const { return m_list; }
    QString counterText() const;
    bool isLoading() const { return m_loading; }

    // Reads a file in the background; ends in listChanged (or loadFailed).
    void loadFile(const QString &path);
    void chooseFile();
    // For the window's settings: the header of the column last chosen.
    QString columnHeader() const;

Q_SIGNALS:
    void listChanged();
    void loadFailed(const QString &message);

private:
    struct Loaded;
    void parseText();
    void startLoad(const QString &path, int column);
    void onLoaded(const Loaded &loaded);
    void showCounter();

    QPlainTextEdit *m_edit;
    QPushButton *m_loadButton;
    QLabel *m_fileLabel;
    QLabel *m_columnLabel;
    QComboBox *m_columnCombo;
    QLabel *m_counterLabel;
    QTimer m_debounce;
    std::optional<AddressList> m_list;
    QString m_problem;
    QString m_filePath; // empty: the list is the text's
    bool m_fillingText = false;
    bool m_loading = false;
    int m_generation = 0; // a newer load or edit makes an older load's result stale
};

} // namespace sendtrail
