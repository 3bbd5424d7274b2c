// SPDX-License-Identifier: MIT
#include "HeadlessTill.h"

namespace Kiosk {

namespace {

bool isSettled(OrderStatus status)
{
    return OrderStateMachine::isTerminal(status) || OrderStateMachine::needsHuman(status);
}

} // namespace

HeadlessTill::HeadlessTill(RemoteOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(options))
    , m_service(m_connection)
{
    connect(&m_service, &TillService::orderChanged, this, [this](qint64 id, const Order &order) {
        if (m_sold.contains(id))
            note(order);
    });
}

HeadlessTill::~HeadlessTill() = default;

void HeadlessTill::start(std::function<void(Status)> done)
{
    m_service.connectToServer(this, std::move(done));
}

void HeadlessTill::sell(const CheckoutRequest &request, std::function<void(Result<Order>)> created)
{
    m_service.startCheckout(request, this, [this, created = std::move(created)](Result<Order> order) {
        if (order) {
            m_sold.insert(order.value().id, order.value());
            note(order.value());
        }
        if (created)
            created(std::move(order));
    });
}

void HeadlessTill::cancel(qint64 orderId, std::function<void(Result<Order>)> done)
{
    m_service.cancelCheckout(orderId, this, [this, done = std::move(done)](Result<Order> order) {
        if (order && m_sold.contains(order.value().id))
            note(order.value());
        if (done)
            done(std::move(order));
    });
}

QList<qint64> HeadlessTill::pending() const
{
    QList<qint64> ids;
    for (auto it = m_sold.cbegin(); it != m_sold.cend(); ++it) {
        if (!m_outcomes.contains(it.key()))
            ids.append(it.key());
    }
    return ids;
}

void HeadlessTill::note(const Order &order)
{
    m_sold.insert(order.id, order);
    if (!isSettled(order.status) || m_outcomes.contains(order.id))
        return;
    m_outcomes.insert(order.id, order);
    Q_EMIT settled(order);
}

} // namespace Kiosk
