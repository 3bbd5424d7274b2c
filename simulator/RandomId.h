// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace Kiosk::Sim {

/** Stripe-looking object ids: a prefix ("cs_test_", "evt_") and random letters and digits. */
class RandomId final
{
public:
    /** `length` characters of [A-Za-z0-9]. */
    static std::string token(int length);
    static std::string make(const char *prefix, int length = 24) { return std::string(prefix) + token(length); }
};

} // namespace Kiosk::Sim
