// SPDX-License-Identifier: MIT
#include "EmbeddedTillService.h"

#include "KioskBackend.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"

#include <QPointer>

namespace Kiosk {

EmbeddedTillService::EmbeddedTillService(KioskBackend &backend, QObject *parent)
    : TillService(parent)
    , m_backend(backend)
{
    // Queued, like the replies: both go through the one event queue in the order they happened.
    connect(
        &backend.payments(), &PaymentCoordinator::orderUpdated, this,
        [this](const Order &order) { Q_EMIT orderChanged(order.id, order); }, Qt::QueuedConnection);
    connect(&backend.payments(), &PaymentCoordinator::paymentAttemptFailed, this, &TillService::paymentAttemptFailed,
        Qt::QueuedConnection);
}

EmbeddedTillService::~EmbeddedTillService() = default;

TillService::OrderReply EmbeddedTillService::later(QObject *context, OrderReply done)
{
    return [context = QPointer<QObject>(context), done = std::move(done)](Result<Order> result) {
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context.data(), [done, result = std::move(result)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    };
}

Catalog EmbeddedTillService::catalog() const
{
    return m_backend.catalog();
}

void EmbeddedTillService::startCheckout(const CheckoutRequest &request, QObject *context, OrderReply done)
{
    m_backend.payments().startCheckoutRequest(
        m_backend.payments().settings().kioskId, request, context, later(context, std::move(done)));
}

void EmbeddedTillService::cancelCheckout(qint64 orderId, QObject *context, OrderReply done)
{
    m_backend.payments().cancelCheckout(orderId, context, later(context, std::move(done)));
}

void EmbeddedTillService::payCash(const CheckoutRequest &request, QObject *context, OrderReply done)
{
    PaymentCoordinator &payments = m_backend.payments();
    payments.payCashForKiosk(payments.settings().kioskId, request, later(context, std::move(done)));
}

bool EmbeddedTillService::cashEnabled() const
{
    return m_backend.payments().settings().cashEnabled;
}

qint64 EmbeddedTillService::cashRounding() const
{
    return m_backend.payments().settings().cashRounding;
}

void EmbeddedTillService::fetchOrder(qint64 orderId, QObject *context, OrderReply done)
{
    later(context, std::move(done))(m_backend.store().order(orderId));
}

} // namespace Kiosk
