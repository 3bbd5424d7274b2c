// SPDX-License-Identifier: MIT
#include "Clock.h"

namespace Kiosk {

namespace {
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Kiosk
