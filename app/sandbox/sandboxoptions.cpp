#include "sandboxoptions.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

SandboxAccessKey sandboxDemoAccessKey()
{
    return SandboxAccessKey{u"SandboxDemoKeyId0001"_s, QByteArrayLiteral("SandboxDemoSecret0000000000000"),
                            QString()};
}

} // namespace sendtrail
