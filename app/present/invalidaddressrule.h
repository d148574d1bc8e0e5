#pragma once

#include "records/mailrecord.h"

namespace sendtrail {

// Whether a record failed because its address is (or was just put) on the account's
// invalid-address list, so that QueryInvalidAddress / DeleteInvalidAddress are worth offering.
// Widget-free so the detail panel and its tests read it the same way.
class InvalidAddressRule final
{
public:
    // SmtpNxBox (the mailbox does not exist: Direct Mail lists the address), the account's own
    // list (SysOutRcptOnAccountLevelBounceList, reply 563), or a 5xx "user unknown" reply
    // (550/5.1.1 and its wordings). The platform-wide list (SysOutRcptOnGlobalBounceList, 559) is
    // not the account's and cannot be removed from, so it does not count; neither do deliveries.
    static bool isInvalidAddressFailure(const MailRecord &record);
};

} // namespace sendtrail
