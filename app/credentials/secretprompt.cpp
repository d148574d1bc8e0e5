#include "secretprompt.h"

#include <QIODevice>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sendtrail {

namespace {

// Signal handlers may only touch these; tcsetattr is async-signal-safe.
struct termios g_savedTermios;
volatile sig_atomic_t g_echoDisabled = 0;

void restoreEchoAndReraise(int signal)
{
    if (g_echoDisabled)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff final
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
            return;
        struct termios quiet = g_savedTermios;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            m_previous[m_count++] = {signal, std::signal(signal, restoreEchoAndReraise)};
        g_echoDisabled = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0 ? 1 : 0;
    }
    ~EchoOff()
    {
        if (g_echoDisabled)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
        g_echoDisabled = 0;
        for (int i = 0; i < m_count; ++i)
            std::signal(m_previous[i].signal, m_previous[i].handler);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    struct Previous
    {
        int signal;
        void (*handler)(int);
    };
    Previous m_previous[4] = {};
    int m_count = 0;
};

// Reserved up front so the buffer holding a secret is not reallocated (and the old copy left
// in freed memory) while it grows; STS tokens are ~1-2 KB.
constexpr qsizetype kLineReserve = 8192;

void stripLineEnding(QByteArray &line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
}

} // namespace

bool standardInputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> readHiddenLineFromTerminal(const QString &prompt)
{
    const QByteArray promptBytes = prompt.toLocal8Bit();
    std::fwrite(promptBytes.constData(), 1, static_cast<size_t>(promptBytes.size()), stderr);
    std::fflush(stderr);

    EchoOff echoOff;
    QByteArray line;
    line.reserve(kLineReserve);
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            line.fill('\0');
            return std::nullopt;
        }
        if (c == '\n')
            break;
        line.append(c);
    }
    stripLineEnding(line);
    return line;
}

std::optional<QByteArray> readLineFrom(QIODevice &input)
{
    QByteArray line;
    line.reserve(kLineReserve);
    char c = 0;
    bool gotAny = false;
    while (input.getChar(&c)) {
        gotAny = true;
        if (c == '\n')
            break;
        line.append(c);
    }
    if (!gotAny)
        return std::nullopt;
    stripLineEnding(line);
    return line;
}

} // namespace sendtrail
