#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

class QIODevice;

namespace sendtrail {

// Secret input for the CLI. Secrets are never taken from argv (visible in `ps` and shell history).

// True when standard input is a terminal.
bool standardInputIsTerminal();

// Prints `prompt` to stderr and reads one line from the terminal on stdin with echo turned off
// (restored afterwards, also on SIGINT/SIGTERM/SIGHUP). nullopt on end of input or error.
std::optional<QByteArray> readHiddenLineFromTerminal(const QString &prompt);

// Reads one line (without its line ending) from a pipe or file; nullopt at end of input.
// Reads byte by byte, so on an unbuffered device nothing after the line is consumed.
std::optional<QByteArray> readLineFrom(QIODevice &input);

} // namespace sendtrail
