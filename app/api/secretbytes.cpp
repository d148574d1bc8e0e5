#include "secretbytes.h"

#include <cstring>
#include <openssl/crypto.h>
#include <utility>

namespace sendtrail {

namespace {

// Only heap blocks are ours to zero: literals and fromRawData() have no header (and may be
// read-only).
template <typename Array> bool ownsOnlyReference(Array &array)
{
    return array.data_ptr().d_ptr() != nullptr && array.isDetached();
}

} // namespace

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && ownsOnlyReference(bytes))
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes = QByteArray();
}

void wipeSharedBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.data_ptr().d_ptr() != nullptr)
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes = QByteArray();
}

void wipeText(QString &text)
{
    if (!text.isEmpty() && ownsOnlyReference(text))
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text = QString();
}

SecretBytes::SecretBytes(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    m_data = new char[static_cast<size_t>(size)];
    std::memcpy(m_data, data, static_cast<size_t>(size));
    m_size = size;
}

SecretBytes SecretBytes::adopt(QByteArray &&source)
{
    SecretBytes secret(source.constData(), source.size());
    wipeBytes(source);
    return secret;
}

SecretBytes SecretBytes::adoptText(QString &&source)
{
    QByteArray utf8 = source.toUtf8(); // a fresh array: ours alone
    wipeText(source);
    return adopt(std::move(utf8));
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::withSuffix(char suffix) const
{
    SecretBytes out;
    out.m_data = new char[static_cast<size_t>(m_size) + 1];
    if (m_size > 0)
        std::memcpy(out.m_data, m_data, static_cast<size_t>(m_size));
    out.m_data[m_size] = suffix;
    out.m_size = m_size + 1;
    return out;
}

void SecretBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, static_cast<size_t>(m_size));
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace sendtrail
