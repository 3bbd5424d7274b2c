// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Kiosk {

/**
 * The small self-contained HTML pages Stripe Checkout redirects the kiosk browser to. They
 * promise nothing: the success page says the payment is being confirmed (the order's status
 * comes from PaymentCoordinator::fulfil, never from the redirect itself), and the cancel page
 * cancels nothing (anyone can open it; the till cancels). Stateless.
 */
class ReturnPage final
{
public:
    static QByteArray success(const QString &orderNumber);
    static QByteArray cancelled(const QString &orderNumber);
    static QByteArray notFound();
};

} // namespace Kiosk
