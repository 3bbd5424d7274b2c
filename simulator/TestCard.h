// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Sim {

/**
 * What Stripe's test cards do (stripe-reference.md "Test cards"): succeed, decline with a code and
 * message, or ask for 3-D Secure first. Numbers that pass the Luhn check but are not in the table
 * succeed; numbers that fail it are `incorrect_number`.
 */
struct TestCard
{
    enum class Outcome { Succeed, Decline };

    Outcome outcome = Outcome::Succeed;
    bool requiresAuthentication = false; ///< 3-D Secure step before the outcome
    QString code; ///< Stripe error code of a decline ("card_declined")
    QString declineCode; ///< e.g. "insufficient_funds"; empty when Stripe sends none
    QString message; ///< the sentence Stripe shows the buyer

    /** Looks a card number up (spaces allowed). */
    static TestCard forNumber(const QString &number);
    /** The decline after a failed 3-D Secure authentication. */
    static TestCard authenticationFailure();
    /** Luhn checksum of a digits-only string. */
    static bool luhnValid(const QString &digits);
};

} // namespace Kiosk::Sim
