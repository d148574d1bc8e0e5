#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sendtrail {

// Zeroes `bytes` in place when this is its only reference, then drops it. Zeroing a shared
// QByteArray through data() would detach and wipe a fresh copy, leaving the original in place,
// so a shared one is only dropped: its last holder wipes it. Literals and raw data are dropped.
void wipeBytes(QByteArray &bytes);
void wipeText(QString &text);
// Zeroes the block in place for every holder (no detach), then drops this reference. Only for a
// block whose other holders are done with it (a finished QtKeychain job's copy).
void wipeSharedBytes(QByteArray &bytes);

// A secret in one heap buffer that nothing shares: move only, zeroed with OPENSSL_cleanse when it
// is destroyed, replaced or cleared. Qt containers are avoided on purpose: implicit sharing makes
// every copy a second owner that frees its block without wiping it.
class SecretBytes final
{
public:
    SecretBytes() = default;
    // Copies the bytes; the caller wipes its own buffer.
    SecretBytes(const char *data, qsizetype size);
    // Takes the bytes of `source` and wipes it (see wipeBytes).
    static SecretBytes adopt(QByteArray &&source);
    // UTF-8 of `source`, which is wiped (see wipeText); the UTF-8 intermediate is wiped too.
    static SecretBytes adoptText(QString &&source);

    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    // Valid while this object lives and is not replaced; never turn it into a QByteArray.
    QByteArrayView view() const { return {m_data, m_size}; }
    // This secret followed by `suffix`, in a buffer of its own (V1 signs with "secret&").
    SecretBytes withSuffix(char suffix) const;
    void clear();

private:
    char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace sendtrail
