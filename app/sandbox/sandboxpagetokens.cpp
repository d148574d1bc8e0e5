#include "sandboxpagetokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sendtrail {

SandboxPageTokens::SandboxPageTokens()
{
    // Per-instance salt: a token from another server run looks right but is rejected.
    m_salt = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

QString SandboxPageTokens::issue(const QString &queryKey, int offset, const NextRow &next)
{
    const QByteArray digest = QCryptographicHash::hash(
        m_salt + queryKey.toUtf8() + '#' + QByteArray::number(offset), QCryptographicHash::Sha256);
    // Multi-argument arg() substitutes in one pass, so a '%1' inside an address stays literal.
    QString token = u"%1#%2#%3-%4#%5.%6"_s.arg(
        QString::fromLatin1(digest.toHex().left(10)), QString::number(200 + next.status), next.accountName,
        QString::number(next.utcSeconds), next.toAddress, QString::number(247000000000LL + offset));
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    m_entries.insert(token, Entry{queryKey, offset});
    return token;
}

std::optional<int> SandboxPageTokens::resolve(const QString &token, const QString &queryKey) const
{
    const auto found = m_entries.constFind(token);
    if (found == m_entries.cend() || found->queryKey != queryKey)
        return std::nullopt;
    return found->offset;
}

} // namespace sendtrail
