// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kiosk {

/** One basket line as a till asks for it: which product, how many, with which options (their
 *  ids, in any order). Prices are the backend's. */
struct CheckoutLine
{
    QString productId;
    int quantity = 0;
    QStringList optionIds {};
};

/** A basket discount as a till asks for it: exactly one of a percentage as exact decimal text
 *  ("12.5", parsed by Percentage, never through floating point) and an amount in the basket's
 *  minor units. Both empty: no discount. The backend prices it (DiscountPolicy, BasketPricing). */
struct CheckoutDiscount
{
    QString percentOff {};
    std::optional<qint64> amountOff {};

    [[nodiscard]] bool isEmpty() const { return percentOff.isEmpty() && !amountOff; }
};

/** What a till sends to start paying for a basket. A plain value: it can cross a network. */
struct CheckoutRequest
{
    QList<CheckoutLine> lines;
    QString customerEmail; ///< optional; trimmed and checked by the backend
    /** The till's language ("de", "fr_CA"): the hosted page is shown in it (Stripe's `locale`,
     *  see checkoutLocaleFor()). Empty: the kiosk's default (PaymentSettings::locale). */
    QString language;
    /** Optional; above the shop's limit (discount/max_without_pin) it needs managerPin. */
    CheckoutDiscount discount {};
    /** The manager's PIN authorising a discount above the limit; empty otherwise. Checked (and
     *  a wrong one counted towards the lockout) only when the discount needs it; never stored. */
    QString managerPin {};
    /** Cash (TillService::payCash()): what the customer handed over, in minor units. */
    qint64 cashTendered = 0;
    /** Cash: one id per confirmed payment; a double tap or a retry sends the same one and the
     *  order is paid once. */
    QString requestId {};
};

} // namespace Kiosk
