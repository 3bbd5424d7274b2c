// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kiosk {

/** One basket line as a till asks for it: which product, how many, with which options (their
 *  ids, in any order). Prices are the backend's. */
struct CheckoutLine
{
    QString productId;
    int quantity = 0;
    QStringList optionIds {};
};

/** What a till sends to start paying for a basket. A plain value: it can cross a network. */
struct CheckoutRequest
{
    QList<CheckoutLine> lines;
    QString customerEmail; ///< optional; trimmed and checked by the backend
    /** The till's language ("de", "fr_CA"): the hosted page is shown in it (Stripe's `locale`,
     *  see checkoutLocaleFor()). Empty: the kiosk's default (PaymentSettings::locale). */
    QString language;
    /** Cash (TillService::payCash()): what the customer handed over, in minor units. */
    qint64 cashTendered = 0;
    /** Cash: one id per confirmed payment; a double tap or a retry sends the same one and the
     *  order is paid once. */
    QString requestId {};
};

} // namespace Kiosk
