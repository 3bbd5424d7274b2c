// SPDX-License-Identifier: MIT
#include "FakeTillService.h"

namespace Kiosk::Test {

FakeTillService::FakeTillService(Catalog catalog, QObject *parent)
    : TillService(parent)
    , m_catalog(std::move(catalog))
{ }

FakeTillService::~FakeTillService() = default;

void FakeTillService::startCheckout(const CheckoutRequest &request, QObject *context, OrderReply done)
{
    m_calls.append({ QStringLiteral("start"), request, 0 });
    m_waiting.append({ context, std::move(done) });
}

void FakeTillService::cancelCheckout(qint64 orderId, QObject *context, OrderReply done)
{
    m_calls.append({ QStringLiteral("cancel"), {}, orderId });
    m_waiting.append({ context, std::move(done) });
}

void FakeTillService::fetchOrder(qint64 orderId, QObject *context, OrderReply done)
{
    m_calls.append({ QStringLiteral("fetch"), {}, orderId });
    m_waiting.append({ context, std::move(done) });
}

void FakeTillService::payCash(const CheckoutRequest &request, QObject *context, OrderReply done)
{
    m_calls.append({ QStringLiteral("cash"), request, 0 });
    m_waiting.append({ context, std::move(done) });
}

bool FakeTillService::answer(Result<Order> result)
{
    if (m_waiting.isEmpty())
        return false;
    const Waiting next = m_waiting.takeFirst();
    if (next.context)
        next.done(std::move(result));
    return true;
}

} // namespace Kiosk::Test
