#pragma once

// A full disk, honestly: RLIMIT_FSIZE makes every write past the limit fail with EFBIG (with
// SIGXFSZ ignored, else the kernel kills the writer). Works as root and in any container,
// unlike a tiny tmpfs mount. The limit is per process: FileSizeLimit for this one, around the
// code under test; limitFileSizeOfChild() for a child started by QProcess.

#include <QProcess>
#include <csignal>
#include <sys/resource.h>

namespace sendtrail::testsupport {

class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_active = false;
};

// Runs in the child between fork and exec: an ignored signal stays ignored across exec.
inline void limitFileSizeOfChild(QProcess &process, rlim_t bytes)
{
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited{};
        getrlimit(RLIMIT_FSIZE, &limited);
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    });
}

} // namespace sendtrail::testsupport
