#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: invariants abort (libFuzzer records the input as a crash),
// and inputs are split into fields by a separator byte so one file feeds several arguments.
namespace sendtrail::fuzz {

[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    const QByteArray shown = detail.left(2000).toPercentEncoding(" !\"#$&'()*+,-./:;<=>?@[\\]^_`{|}~");
    std::fprintf(stderr, "invariant violated: %s\n%s\n", what, shown.constData());
    std::abort();
}

inline void check(bool ok, const char *what, const QByteArray &detail = {})
{
    if (!ok)
        fail(what, detail);
}

// Qt's event dispatcher, translations and QTimer need an application object.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits at the first `parts - 1` occurrences of '\x1f' (the ASCII unit separator, which the
// corpora and dictionaries use between fields); missing fields are empty.
inline QList<QByteArray> fields(const QByteArray &input, int parts)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    for (int i = 0; i < parts - 1; ++i) {
        const qsizetype at = input.indexOf('\x1f', from);
        if (at < 0)
            break;
        out.append(input.mid(from, at - from));
        from = at + 1;
    }
    out.append(input.mid(from));
    while (out.size() < parts)
        out.append(QByteArray());
    return out;
}

} // namespace sendtrail::fuzz
