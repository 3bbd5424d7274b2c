// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace Kiosk::Sim {

/**
 * Stripe API versions as the simulator knows them: "YYYY-MM-DD" plus an optional ".name". The
 * account default (what a request without Stripe-Version gets, and what events are written in) is
 * kLatest. Versions compare by their date.
 */
class ApiVersion final
{
public:
    static constexpr const char *kLatest = "2026-10-28.endive";
    /** A versioned change the simulator renders: ui_mode's new values. */
    static constexpr const char *kNewUiModes = "2026-03-25";
    /** A session's shipping_details moved into collected_information (2025-03-31.basil). */
    static constexpr const char *kCollectedInformation = "2025-03-31";
    /** allowed_payment_method_types replaces the payment_method_types request parameter. */
    static constexpr const char *kAllowedPaymentMethodTypes = "2026-09-30";

    /** "YYYY-MM-DD" or "YYYY-MM-DD.name". */
    static bool isWellFormed(const std::string &version);
    /** Whether `version` is `date` ("YYYY-MM-DD") or later. */
    static bool atLeast(const std::string &version, const std::string &date);
};

} // namespace Kiosk::Sim
