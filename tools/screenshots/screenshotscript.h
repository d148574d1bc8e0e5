#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace sendtrail {

class MainWindow;
class SandboxServer;

// sendtrail-screenshots (a documentation tool, never installed): drives the demo window through
// results, the Summary panel, detail panel, the Invalid Addresses window, a running export,
// profiles, a finished recipient lookup, an archive sync and Archive mode, saving a full-screen PNG of each
// into a directory (docs/screenshots).
class ScreenshotScript final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotScript)

public:
    ScreenshotScript(MainWindow *window, SandboxServer *sandbox, const QString &directory);
    void start();

private:
    void waitFor(const std::function<bool()> &condition, const std::function<void()> &then,
                 int triesLeft = 150);
    void shoot(const QString &name);
    void showResults();
    void showSummary();
    void showDetail();
    void showInvalidAddresses();
    void showExport();
    void showLookup();
    void showArchiveSync();
    void showArchive();

    MainWindow *m_window;
    SandboxServer *m_sandbox;
    QString m_directory;
};

} // namespace sendtrail
