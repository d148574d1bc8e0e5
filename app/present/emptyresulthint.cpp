#include "emptyresulthint.h"

#include <QCoreApplication>

namespace sendtrail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::EmptyResultHint)
};

QString generic()
{
    return Tr::tr(
        "No records in this time range with these filters. Widen the range or clear the filter, then "
        "run again.");
}

EmptyResultHint addressHint(EmptyResultHint::Field field, const QString &address)
{
    EmptyResultHint hint;
    const QString lower = address.toLower();
    if (lower == address) {
        hint.text = field == EmptyResultHint::Field::Recipient
                        ? Tr::tr("No mail to %1 in this time range. Check the address, or widen the range.")
                              .arg(address)
                        : Tr::tr("No mail from %1 in this time range. Check the address, or widen the range.")
                              .arg(address);
        return hint;
    }
    hint.field = field;
    hint.suggestion = lower;
    hint.text =
        field == EmptyResultHint::Field::Recipient
            ? Tr::tr("No mail to %1 in this time range. The service matches addresses exactly, and they are "
                     "almost always stored in lower case.")
                  .arg(address)
            : Tr::tr("No mail from %1 in this time range. The service matches addresses exactly, and they "
                     "are almost always stored in lower case.")
                  .arg(address);
    hint.suggestionLabel = Tr::tr("Search %1").arg(lower);
    return hint;
}

EmptyResultHint tagHint(const QString &tag, const QStringList &knownTags)
{
    EmptyResultHint hint;
    for (const QString &known : knownTags) {
        if (known != tag && known.compare(tag, Qt::CaseInsensitive) == 0) {
            hint.field = EmptyResultHint::Field::Tag;
            hint.suggestion = known;
            hint.text =
                Tr::tr("No mail with the tag \"%1\" in this time range. Tags are matched exactly, and this "
                       "account has a tag \"%2\".")
                    .arg(tag, known);
            hint.suggestionLabel = Tr::tr("Search the tag %1").arg(known);
            return hint;
        }
    }
    hint.text = Tr::tr("No mail with the tag \"%1\" in this time range. Tags are matched exactly, capitals "
                       "included; check the tag, or widen the range.")
                    .arg(tag);
    return hint;
}

} // namespace

EmptyResultHint EmptyResultHint::forQuery(const MailQuery &query, const QStringList &knownTags)
{
    if (!query.toAddress.isEmpty())
        return addressHint(Field::Recipient, query.toAddress);
    if (!query.accountName.isEmpty())
        return addressHint(Field::Sender, query.accountName);
    if (!query.tagName.isEmpty())
        return tagHint(query.tagName, knownTags);
    EmptyResultHint hint;
    hint.text = generic();
    return hint;
}

MailQuery EmptyResultHint::applyTo(MailQuery query) const
{
    switch (field) {
    case Field::Recipient:
        query.toAddress = suggestion;
        break;
    case Field::Sender:
        query.accountName = suggestion;
        break;
    case Field::Tag:
        query.tagName = suggestion;
        break;
    case Field::None:
        break;
    }
    return query;
}

} // namespace sendtrail
