// SPDX-License-Identifier: MIT
#include "RemoteTillService.h"

#include "ChangeStream.h"
#include "JsonText.h"
#include "OrderFreshness.h"
#include "OrderJson.h"
#include "RemoteLog.h"
#include "ServerConnection.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

constexpr int kMaxRemembered = 2000;
constexpr int kMaxEarly = 64;

bool settled(OrderStatus status)
{
    return OrderStateMachine::isTerminal(status) || OrderStateMachine::needsHuman(status);
}

QString orderPath(qint64 id)
{
    return QStringLiteral("/api/orders/%1").arg(id);
}

} // namespace

RemoteTillService::RemoteTillService(ServerConnection &connection, QObject *parent)
    : TillService(parent)
    , m_connection(connection)
    , m_stream(new ChangeStream(connection, this))
    , m_poll(new QTimer(this))
    , m_connected(connection.reachable())
{
    m_poll->setInterval(connection.options().pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &RemoteTillService::catchUp);
    connect(m_stream, &ChangeStream::orderChanged, this, [this](qint64, const Order &order) { announce(order); });
    connect(m_stream, &ChangeStream::paymentFailed, this, &TillService::paymentAttemptFailed);
    connect(m_stream, &ChangeStream::opened, this, [this] {
        updatePolling();
        catchUp();
    });
    connect(m_stream, &ChangeStream::closed, this, &RemoteTillService::updatePolling);
    connect(&connection, &ServerConnection::reachableChanged, this, &RemoteTillService::updateConnected);
}

RemoteTillService::~RemoteTillService() = default;

bool RemoteTillService::isConnected() const
{
    return m_connected;
}

void RemoteTillService::updateConnected()
{
    const bool now = m_connection.reachable();
    if (now == m_connected)
        return;
    m_connected = now;
    // Through the event queue, like the announcements, so the order of events is kept.
    QMetaObject::invokeMethod(
        this, [this, now] { Q_EMIT connectionChanged(now); }, Qt::QueuedConnection);
    updatePolling();
}

void RemoteTillService::connectToServer(QObject *context, std::function<void(Status)> done)
{
    const QPointer<QObject> guard(context);
    m_connection.get(
        QStringLiteral("/api/catalog"), {}, {}, this,
        [this, guard, done = std::move(done)](Result<QByteArray> body) {
            Status status;
            if (!body) {
                status = body.error();
            } else if (auto catalog = Catalog::fromJson(body.value()); !catalog) {
                qCWarning(lcRemote).noquote() << "catalog from the shop server refused:" << catalog.error().message;
                status = makeError(QStringLiteral("invalid_catalog"),
                    tr("The shop server's catalog cannot be read: %1").arg(catalog.error().message));
            } else {
                m_catalog = std::move(catalog).value();
                m_stream->start();
            }
            if (guard)
                done(status);
        },
        m_connection.options().maxCatalogBytes);
}

Result<QByteArray> RemoteTillService::checkoutBody(const CheckoutRequest &request, const Catalog &catalog)
{
    if (request.lines.isEmpty())
        return makeError(QStringLiteral("empty_basket"), tr("The basket is empty."));
    nlohmann::json items = nlohmann::json::array();
    for (const CheckoutLine &line : request.lines) {
        const Product *product = catalog.byId(line.productId);
        if (!product || !product->active)
            return makeError(QStringLiteral("unknown_product"),
                tr("A product in the basket is no longer on sale. Remove it and try again."));
        if (line.quantity < 1 || line.quantity > 999)
            return makeError(QStringLiteral("quantity_out_of_range"), tr("Quantities must be from 1 to 999."));
        nlohmann::json options = nlohmann::json::array();
        for (const QString &id : line.optionIds)
            options.push_back(id.toStdString());
        nlohmann::json item = { { "sku", product->sku.toStdString() }, { "quantity", line.quantity } };
        if (!options.empty())
            item["options"] = options;
        items.push_back(item);
    }
    nlohmann::json body = { { "items", items } };
    if (!request.customerEmail.trimmed().isEmpty())
        body["customer_email"] = request.customerEmail.trimmed().toStdString();
    if (!request.language.isEmpty())
        body["language"] = request.language.toStdString();
    if (!request.discount.percentOff.isEmpty())
        body["discount"] = { { "percent_off", request.discount.percentOff.toStdString() } };
    else if (request.discount.amountOff)
        body["discount"] = { { "amount_off", *request.discount.amountOff } };
    return JsonText::dump(body);
}

void RemoteTillService::startCheckout(const CheckoutRequest &request, QObject *context, OrderReply done)
{
    auto body = checkoutBody(request, m_catalog);
    if (!body) {
        reply(context, std::move(done), body.error());
        return;
    }
    ++m_startsInFlight;
    const QPointer<QObject> guard(context);
    // One key per tap: a retry of this request (by the network stack or a proxy) makes no second order.
    const QByteArray key = QByteArrayLiteral("till-") + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const auto finish = [this, guard, done](Result<Order> result) {
        --m_startsInFlight;
        const qint64 id = result ? result.value().id : 0;
        if (result && !settled(result.value().status)) {
            m_awaited.insert(id);
            updatePolling();
        }
        reply(guard, done, std::move(result));
        // What was announced while the reply was on its way, now that the screen knows the id.
        if (m_startsInFlight == 0) {
            const QHash<qint64, Order> early = std::exchange(m_early, {});
            for (const Order &order : early)
                announce(order);
        } else if (m_early.contains(id)) {
            announce(m_early.take(id));
        }
    };
    ServerConnection::Headers headers { { "Idempotency-Key", key } };
    if (!request.managerPin.isEmpty()) // a discount above the limit: the manager typed it at the till
        headers.append({ "X-Manager-PIN", request.managerPin.toUtf8() });
    m_connection.post(
        QStringLiteral("/api/checkout"), body.value(), headers, this, [this, finish](Result<QByteArray> created) {
            if (!created) {
                finish(created.error());
                return;
            }
            auto order = OrderJson::parseOrder(created.value());
            if (!order) {
                qCWarning(lcRemote).noquote() << "checkout answer dropped:" << order.error().message;
                finish(order.error());
                return;
            }
            // The checkout answer is short (no lines); the order itself is read at once.
            const Order partial = order.value();
            m_connection.get(orderPath(partial.id), {}, {}, this, [finish, partial](Result<QByteArray> full) {
                if (full) {
                    if (auto parsed = OrderJson::parseOrder(full.value()); parsed && parsed.value().id == partial.id) {
                        finish(std::move(parsed).value());
                        return;
                    }
                }
                finish(partial);
            });
        });
}

bool RemoteTillService::cashEnabled() const
{
    return m_connection.options().cashEnabled;
}

void RemoteTillService::payCash(const CheckoutRequest &request, QObject *context, OrderReply done)
{
    auto body = checkoutBody(request, m_catalog);
    if (!body) {
        reply(context, std::move(done), body.error());
        return;
    }
    nlohmann::json cash = nlohmann::json::parse(body.value().toStdString());
    cash["tender"] = "cash";
    cash["tendered"] = request.cashTendered;
    const QPointer<QObject> guard(context);
    // The request id is the key: a lost answer retried by the screen pays once on the server.
    m_connection.post(QStringLiteral("/api/checkout"), JsonText::dump(cash),
        { { "Idempotency-Key", request.requestId.toUtf8() } }, this,
        [this, guard, done = std::move(done)](Result<QByteArray> paid) {
            if (!paid) {
                reply(guard, done, paid.error());
                return;
            }
            reply(guard, done, OrderJson::parseOrder(paid.value()));
        });
}

void RemoteTillService::cancelCheckout(qint64 orderId, QObject *context, OrderReply done)
{
    m_awaited.insert(orderId);
    updatePolling();
    const QPointer<QObject> guard(context);
    m_connection.post(orderPath(orderId) + QStringLiteral("/cancel"), QByteArrayLiteral("{}"), {}, this,
        [this, guard, done = std::move(done)](Result<QByteArray> body) {
            if (!body) {
                reply(guard, done, body.error());
                return;
            }
            reply(guard, done, OrderJson::parseOrder(body.value()));
        });
}

void RemoteTillService::fetchOrder(qint64 orderId, QObject *context, OrderReply done)
{
    const QPointer<QObject> guard(context);
    m_connection.get(orderPath(orderId), {}, {}, this, [this, guard, done = std::move(done)](Result<QByteArray> body) {
        if (!body) {
            reply(guard, done, body.error());
            return;
        }
        reply(guard, done, OrderJson::parseOrder(body.value()));
    });
}

void RemoteTillService::reply(QObject *context, OrderReply done, Result<Order> result)
{
    if (result) {
        const Order &order = result.value();
        const auto known = m_latest.constFind(order.id);
        if (known != m_latest.cend() && OrderFreshness::compare(*known, order) == OrderFreshness::Verdict::Older)
            result = *known; // never answer with less than the screen was already told
        else
            remember(order);
        if (settled(result.value().status)) {
            m_awaited.remove(result.value().id);
            updatePolling();
        }
    }
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), done = std::move(done), result = std::move(result)]() mutable {
            if (guard && done)
                done(std::move(result));
        },
        Qt::QueuedConnection);
}

void RemoteTillService::remember(const Order &order)
{
    if (m_latest.size() >= kMaxRemembered && !m_latest.contains(order.id)) {
        // Forget settled orders nobody waits on; their stale copies can no longer mislead a screen.
        for (auto it = m_latest.begin(); it != m_latest.end();) {
            if (!m_awaited.contains(it.key()) && settled(it->status))
                it = m_latest.erase(it);
            else
                ++it;
        }
    }
    m_latest.insert(order.id, order);
}

void RemoteTillService::announce(const Order &order)
{
    const auto known = m_latest.constFind(order.id);
    if (known == m_latest.cend() && m_startsInFlight > 0) {
        // Possibly the order a reply on its way creates: hold it until that reply is delivered.
        const auto early = m_early.constFind(order.id);
        if (early == m_early.cend() ? m_early.size() < kMaxEarly
                                    : OrderFreshness::compare(*early, order) != OrderFreshness::Verdict::Older)
            m_early.insert(order.id, order);
        return;
    }
    if (known != m_latest.cend() && OrderFreshness::compare(*known, order) == OrderFreshness::Verdict::Older) {
        qCDebug(lcRemote) << "older snapshot of order" << order.id << "dropped";
        return;
    }
    remember(order);
    if (settled(order.status)) {
        m_awaited.remove(order.id);
        updatePolling();
    }
    QMetaObject::invokeMethod(
        this, [this, order] { Q_EMIT orderChanged(order.id, order); }, Qt::QueuedConnection);
}

void RemoteTillService::catchUp()
{
    for (const qint64 id : std::as_const(m_awaited)) {
        if (m_polling.contains(id))
            continue;
        m_polling.insert(id);
        m_connection.get(orderPath(id), {}, {}, this, [this, id](Result<QByteArray> body) {
            m_polling.remove(id);
            if (!body) {
                if (body.error().code == QLatin1String("not_found"))
                    m_awaited.remove(id); // not ours, or gone: nothing to wait for
                return;
            }
            auto order = OrderJson::parseOrder(body.value());
            if (!order || order.value().id != id) {
                qCWarning(lcRemote).noquote() << "order" << id << "answer dropped";
                return;
            }
            announce(order.value());
        });
    }
}

void RemoteTillService::updatePolling()
{
    const bool wanted = !m_stream->isOpen() && !m_awaited.isEmpty();
    if (wanted && !m_poll->isActive())
        m_poll->start();
    else if (!wanted)
        m_poll->stop();
}

} // namespace Kiosk
