#pragma once

#include "sandboxaction.h"
#include "sandboxdataset.h"
#include "sandboxerror.h"
#include "sandboxoptions.h"
#include "sandboxpagetokens.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>
#include <variant>

namespace sendtrail {

struct SandboxPage
{
    QList<int> rows;                  // data set rows on this page, in delivery order
    std::optional<QString> nextStart; // nullopt: leave NextStart out; "" = empty end marker
};

// SenderStatisticsDetailByParam: validates the operation parameters exactly as documented and
// cuts the page out of the data set.
class SandboxDetailAction final : public SandboxAction
{
public:
    static constexpr int kDefaultLength = 10;
    static constexpr int kMaxLength = 100;
    static constexpr qint64 kMaxSpanSeconds = qint64(30) * 24 * 3600;

    explicit SandboxDetailAction(const SandboxDataset *dataset);

    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;

    std::variant<SandboxPage, SandboxError> run(const QList<QPair<QString, QString>> &params,
                                                const SandboxOptions &options);
    // "yyyy-MM-dd HH:mm" read as wall time in a zone utcOffsetSeconds east of UTC.
    static std::optional<QDateTime> parseServiceTime(const QString &text, int utcOffsetSeconds);

private:
    struct Request
    {
        SandboxQuery query;
        int length = kDefaultLength;
        QString nextStart;
    };
    std::variant<Request, SandboxError> parse(const QList<QPair<QString, QString>> &params,
                                              const SandboxOptions &options) const;
    const QList<int> &rowsFor(const SandboxQuery &query, const QString &key);

    const SandboxDataset *m_dataset;
    SandboxPageTokens m_tokens;
    QString m_cachedKey;
    QList<int> m_cachedRows;
    int m_cachedRevision = -1;
};

} // namespace sendtrail
