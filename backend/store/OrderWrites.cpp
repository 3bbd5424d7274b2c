// SPDX-License-Identifier: MIT
#include "OrderWrites.h"

#include "Database.h"
#include "HistoryIndex.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace Kiosk {

namespace {

const QString kManagerSource = QStringLiteral("manager");

} // namespace

const QString &OrderWrites::defaultKioskId()
{
    static const QString id = QStringLiteral("K1");
    return id;
}

bool OrderWrites::validCurrency(const QString &c)
{
    if (c.size() != 3)
        return false;
    for (const QChar ch : c) {
        if (ch < QLatin1Char('A') || ch > QLatin1Char('Z'))
            return false;
    }
    return true;
}

Result<qint64> OrderWrites::checkLines(QList<OrderLine> &lines)
{
    if (lines.isEmpty())
        return makeError(QStringLiteral("empty_order"), QStringLiteral("An order needs at least one line."));
    qint64 subtotal = 0;
    for (OrderLine &line : lines) {
        if (line.name.trimmed().isEmpty())
            return makeError(QStringLiteral("invalid_line"), QStringLiteral("Every order line needs a product name."));
        if (line.quantity <= 0)
            return makeError(QStringLiteral("invalid_line"),
                QStringLiteral("The quantity of \"%1\" must be at least 1.").arg(line.name));
        if (line.unitAmount < 0)
            return makeError(QStringLiteral("invalid_line"),
                QStringLiteral("The price of \"%1\" cannot be negative.").arg(line.name));
        qint64 lineTotal = 0;
        if (__builtin_mul_overflow(line.unitAmount, static_cast<qint64>(line.quantity), &lineTotal)
            || __builtin_add_overflow(subtotal, lineTotal, &subtotal))
            return makeError(QStringLiteral("amount_too_large"), QStringLiteral("The order total is too large."));
        if (line.lineTotal != 0 && line.lineTotal != lineTotal)
            return makeError(QStringLiteral("line_total_mismatch"),
                QStringLiteral("The line total of \"%1\" is %2 but quantity × price is %3.")
                    .arg(line.name)
                    .arg(line.lineTotal)
                    .arg(lineTotal));
        line.lineTotal = lineTotal;
        if (line.amountDiscount < 0 || line.amountDiscount > lineTotal)
            return makeError(QStringLiteral("invalid_line"),
                QStringLiteral("The discount of \"%1\" (%2) is more than the line's %3.")
                    .arg(line.name)
                    .arg(line.amountDiscount)
                    .arg(lineTotal));
        if (line.amountTax < 0 || (line.taxRate.isEmpty() && line.amountTax != 0)
            || (line.taxInclusive && line.amountTax > lineTotal - line.amountDiscount))
            return makeError(QStringLiteral("invalid_line"),
                QStringLiteral("The tax of \"%1\" (%2) does not fit its price and rate.")
                    .arg(line.name)
                    .arg(line.amountTax));
    }
    return subtotal;
}

Result<OrderWrites::Totals> OrderWrites::totals(QList<OrderLine> &lines)
{
    auto subtotal = checkLines(lines);
    if (!subtotal)
        return subtotal.error();
    Totals t { subtotal.value(), subtotal.value(), 0 };
    for (const OrderLine &line : lines) {
        if (__builtin_add_overflow(t.tax, line.amountTax, &t.tax)
            || (!line.taxInclusive && __builtin_add_overflow(t.total, line.amountTax, &t.total))
            || __builtin_add_overflow(t.discount, line.amountDiscount, &t.discount))
            return makeError(QStringLiteral("amount_too_large"), QStringLiteral("The order total is too large."));
        t.total -= line.amountDiscount; // at most the line's own amount, so never below 0 in sum
    }
    return t;
}

Result<Order> OrderWrites::newDraft(const OrderStore::NewOrder &newOrder, const QString &installationId) const
{
    Order order;
    order.currency = newOrder.currency.trimmed().toUpper();
    if (!validCurrency(order.currency))
        return makeError(QStringLiteral("invalid_currency"),
            QStringLiteral("\"%1\" is not a three-letter currency code.").arg(newOrder.currency));
    order.lines = newOrder.lines;
    auto sums = totals(order.lines);
    if (!sums)
        return sums.error();
    order.amountSubtotal = sums->subtotal;
    order.amountTotal = sums->total; // the subtotal plus exclusive tax, less the discount
    order.amountTax = sums->tax;
    order.amountDiscount = sums->discount;
    order.discountKind = newOrder.discountKind;
    order.discountValue = newOrder.discountValue;
    const bool discountValid = order.discountKind.isEmpty()
        ? order.discountValue.isEmpty() && order.amountDiscount == 0
        : (order.discountKind == Order::kDiscountPercentOff || order.discountKind == Order::kDiscountAmountOff)
            && !order.discountValue.isEmpty();
    if (!discountValid)
        return makeError(QStringLiteral("invalid_discount"),
            QStringLiteral("A discount needs its kind (percent_off or amount_off) and value, and only then lines "
                           "with a share of it."));
    order.customerEmail = newOrder.customerEmail.trimmed();
    order.kioskId = newOrder.kioskId.trimmed().isEmpty() ? defaultKioskId() : newOrder.kioskId.trimmed();
    order.cashier = newOrder.cashier;
    order.status = OrderStatus::Draft;
    order.attempt = 1;
    order.installationId = installationId;
    order.createdAt = QDateTime::fromMSecsSinceEpoch(m_database.nowMs(), Qt::UTC);
    order.updatedAt = order.createdAt;
    return order;
}

Result<Order> OrderWrites::createOrder(const OrderStore::NewOrder &newOrder, const QString &installationId)
{
    m_index.beginWrite();
    Result<Order> made = newDraft(newOrder, installationId);
    if (!made)
        return made;
    const Order draft = std::move(made).value();
    return Sql::retried([&]() -> Result<Order> {
        Order attempt = draft;
        WriteTransaction tx(m_database.connection(), m_database.dialect());
        if (auto st = tx.begin(); !st)
            return st.error();
        if (auto st = insertDraft(attempt); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        return attempt;
    });
}

Status OrderWrites::insertDraft(Order &order)
{
    auto number = nextNumber(order.kioskId);
    if (!number)
        return number.error();
    order.number = number.value();
    return insertOrder(order);
}

Result<qint64> OrderWrites::createCashSale(const OrderStore::NewOrder &newOrder, const OrderStore::CashSale &cash,
    const QString &installationId, bool &created)
{
    created = false;
    const QString requestId = cash.requestId.trimmed();
    if (requestId.isEmpty() || requestId.size() > 255)
        return makeError(QStringLiteral("invalid_request_id"),
            QStringLiteral("A cash payment needs a request id of 1 to 255 characters."));
    if (cash.tendered < 0 || cash.change < 0)
        return makeError(QStringLiteral("invalid_amount"), QStringLiteral("Cash amounts cannot be negative."));
    m_index.beginWrite();
    Result<Order> draft = newDraft(newOrder, installationId);
    if (!draft)
        return draft.error();
    Order order = std::move(draft).value();
    if (cash.tendered - cash.change != order.amountTotal + cash.rounding)
        return makeError(QStringLiteral("invalid_amount"),
            QStringLiteral("Tendered less change (%1) is not what is due in cash (%2).")
                .arg(cash.tendered - cash.change)
                .arg(order.amountTotal + cash.rounding));

    WriteTransaction tx(m_database.connection(), m_database.dialect());
    if (auto st = tx.begin(); !st)
        return st.error();
    // Inside the write lock: a second submit waits for the first and then finds its order.
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(
            q, QStringLiteral("SELECT id, amount_total FROM orders WHERE cash_request_id = ?"), { requestId }))
        return Sql::error(q, QStringLiteral("Could not read the order"));
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toLongLong() != order.amountTotal)
            return makeError(QStringLiteral("request_reused"),
                QStringLiteral("This cash request was already used for another basket."));
        return id;
    }
    q.finish();
    if (auto st = insertDraft(order); !st)
        return st.error();
    if (!Sql::execBound(q,
            QStringLiteral("UPDATE orders SET tender = 'cash', cash_tendered = ?, cash_change = ?, cash_rounding = ?, "
                           "cash_request_id = ? WHERE id = ?"),
            { cash.tendered, cash.change, cash.rounding, requestId, order.id }))
        return Sql::error(q, QStringLiteral("Could not save the cash payment"));
    TransitionDetails details;
    details.source = QStringLiteral("cash");
    for (const OrderStatus to : { OrderStatus::AwaitingPayment, OrderStatus::Paid }) {
        if (auto moved = applyTransition(order.id, to, details); !moved)
            return moved.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    created = true;
    return order.id;
}

Result<QString> OrderWrites::nextNumber(const QString &kioskId)
{
    // A per-kiosk counter, so numbers stay short and unique even when kiosks share a database.
    const QString key = QStringLiteral("store.order_seq.") + kioskId;
    QSqlQuery &bump
        = m_database.cached(QStringLiteral("INSERT INTO kv (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE "
                                           "SET value = CAST(CAST(kv.value AS INTEGER) + 1 AS TEXT)"));
    if (!Sql::execPrepared(bump, { key }))
        return Sql::error(bump, QStringLiteral("Could not number the order"));
    QSqlQuery &read = m_database.cached(QStringLiteral("SELECT value FROM kv WHERE key = ?"));
    if (!Sql::execPrepared(read, { key }) || !read.next())
        return Sql::error(read, QStringLiteral("Could not number the order"));
    qint64 seq = read.value(0).toLongLong();
    read.finish();
    const QString prefix = kioskId + QLatin1Char('-');
    const auto format
        = [&prefix](qint64 n) -> QString { return prefix + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0')); };
    QSqlQuery &taken = m_database.cached(QStringLiteral("SELECT 1 FROM orders WHERE number = ?"));
    if (!Sql::execPrepared(taken, { QVariant(format(seq)) }))
        return Sql::error(taken, QStringLiteral("Could not number the order"));
    const bool isTaken = taken.next();
    taken.finish();
    if (isTaken) {
        // Imported or generated history holds numbers the counter never gave out: continue
        // above the highest one of this kiosk id (read once; the counter remembers it).
        QSqlQuery numbers(m_database.connection());
        numbers.setForwardOnly(true);
        if (!Sql::execBound(numbers, QStringLiteral("SELECT number FROM orders WHERE number >= ? AND number < ?"),
                { prefix, Sql::prefixEnd(prefix) }))
            return Sql::error(numbers, QStringLiteral("Could not number the order"));
        while (numbers.next()) {
            bool ok = false;
            const qint64 n = QStringView(numbers.value(0).toString()).mid(prefix.size()).toLongLong(&ok);
            if (ok && n >= seq)
                seq = n + 1;
        }
        QSqlQuery &store = m_database.cached(QStringLiteral("UPDATE kv SET value = ? WHERE key = ?"));
        if (!Sql::execPrepared(store, { QString::number(seq), key }))
            return Sql::error(store, QStringLiteral("Could not number the order"));
    }
    return format(seq);
}

Status OrderWrites::insertOrder(Order &order)
{
    QSqlQuery &q = m_database.cached(QStringLiteral(
        "INSERT INTO orders (number, created_at, updated_at, status, currency, amount_subtotal, "
        "amount_total, session_id, session_url, expires_at, customer_email, paid_at, payment_intent, "
        "kiosk_id, cashier, status_reason, attempt, installation_id, cancel_requested_at, amount_tax, discount_kind, "
        "discount_value, amount_discount, stripe_coupon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?)"));
    const bool ok = Sql::execPrepared(q,
        { order.number, order.createdAt.toMSecsSinceEpoch(), order.updatedAt.toMSecsSinceEpoch(),
            toString(order.status), order.currency, order.amountSubtotal, order.amountTotal,
            Sql::textOrNull(order.sessionId), Sql::textOrNull(order.sessionUrl), Sql::msOrNull(order.expiresAt),
            Sql::textOrNull(order.customerEmail), Sql::msOrNull(order.paidAt), Sql::textOrNull(order.paymentIntent),
            order.kioskId, Sql::textOrNull(order.cashier), Sql::textOrNull(order.statusReason), order.attempt,
            Sql::textOrNull(order.installationId), Sql::msOrNull(order.cancelRequestedAt), order.amountTax,
            Sql::textOrNull(order.discountKind), Sql::textOrNull(order.discountValue), order.amountDiscount,
            Sql::textOrNull(order.stripeCoupon) });
    if (!ok)
        return Sql::error(q, QStringLiteral("Could not save the order"));
    order.id = q.lastInsertId().toLongLong();
    QSqlQuery &lineQuery = m_database.cached(
        QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, sku, name, "
                       "name_id, quantity, unit_amount, line_total, options, amount_tax, tax_rate, "
                       "tax_percentage, tax_inclusive, stripe_tax_rate, amount_discount) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> names;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        auto id = m_index.nameId(line.name);
        if (!id)
            return id.error();
        if (!names.contains(id.value()))
            names.append(id.value());
        if (!Sql::execPrepared(lineQuery,
                { order.id, static_cast<int>(i), line.productId, Sql::textOrNull(line.sku), line.name, id.value(),
                    line.quantity, line.unitAmount, line.lineTotal, Sql::textOrNull(line.options), line.amountTax,
                    Sql::textOrNull(line.taxRate),
                    line.taxRate.isEmpty() ? QVariant() : QVariant(line.taxPercentage.scaled()),
                    line.taxInclusive ? 1 : 0, Sql::textOrNull(line.stripeTaxRate), line.amountDiscount }))
            return Sql::error(lineQuery, QStringLiteral("Could not save the order lines"));
    }
    return m_index.addOrder(order.id, order.createdAt.toMSecsSinceEpoch(), toString(order.status), order.currency,
        order.amountTotal, names, order.number, order.customerEmail);
}

Result<OrderWrites::Applied> OrderWrites::applyTransition(
    qint64 orderId, OrderStatus to, const TransitionDetails &details)
{
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT status, created_at, currency, amount_total, number, customer_email FROM "
                           "orders WHERE id = ?%1")
                .arg(m_database.dialect().lockRows()),
            { orderId }))
        return Sql::error(q, QStringLiteral("Could not read the order"));
    if (!q.next())
        return Sql::notFound(orderId);
    const auto from = orderStatusFromString(q.value(0).toString()).value_or(OrderStatus::NeedsReview);
    const qint64 createdAt = q.value(1).toLongLong();
    const QString currency = q.value(2).toString();
    const qint64 amount = q.value(3).toLongLong();
    const QString number = q.value(4).toString();
    const QString oldEmail = q.value(5).toString();
    q.finish();

    if (from == to)
        return Applied::Unchanged;
    if (auto st = OrderStateMachine::check(from, to); !st)
        return st.error();
    if (OrderStateMachine::needsHuman(from) && details.source != kManagerSource)
        return makeError(QStringLiteral("illegal_transition"),
            QStringLiteral("An order in %1 can only be moved to %2 by a manager.").arg(toString(from), toString(to)));

    const qint64 now = m_database.nowMs();
    QStringList sets { QStringLiteral("status = ?"), QStringLiteral("updated_at = ?") };
    QVariantList binds { toString(to), now };
    if (!details.reason.isEmpty()) {
        sets << QStringLiteral("status_reason = ?");
        binds << details.reason;
    }
    if (to == OrderStatus::Paid) {
        sets << QStringLiteral("paid_at = ?");
        binds << (details.paidAt && details.paidAt->isValid() ? details.paidAt->toMSecsSinceEpoch() : now);
    }
    if (details.paymentIntent) {
        sets << QStringLiteral("payment_intent = ?");
        binds << Sql::textOrNull(*details.paymentIntent);
    }
    const bool emailChanged = details.customerEmail && *details.customerEmail != oldEmail;
    if (emailChanged) {
        sets << QStringLiteral("customer_email = ?");
        binds << Sql::textOrNull(*details.customerEmail);
    }
    binds << orderId;
    if (!Sql::execBound(
            q, QStringLiteral("UPDATE orders SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), binds))
        return Sql::error(q, QStringLiteral("Could not update the order"));
    const SqlDialect &dialect = m_database.dialect();
    if (const QString lock = dialect.lockChangeSequence(); !lock.isEmpty() && !q.exec(lock))
        return Sql::error(q, QStringLiteral("Could not record the status change"));
    if (!Sql::execBound(q,
            QStringLiteral("INSERT INTO status_history (order_id, from_status, to_status, at, source, reason) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { orderId, toString(from), toString(to), now, Sql::textNotNull(details.source),
                Sql::textOrNull(details.reason) }))
        return Sql::error(q, QStringLiteral("Could not record the status change"));
    if (const QString notify = dialect.notifyChange(); !notify.isEmpty() && !q.exec(notify))
        return Sql::error(q, QStringLiteral("Could not announce the status change"));
    if (auto st = m_index.moveStatus(orderId, createdAt, toString(from), toString(to), currency, amount); !st)
        return st.error();
    if (emailChanged) {
        if (auto st = m_index.reindex(orderId, number, *details.customerEmail); !st)
            return st.error();
    }
    return Applied::Changed;
}

Status OrderWrites::setSession(qint64 orderId, const QString &sessionId, const QString &url, const QDateTime &expiresAt)
{
    if (sessionId.isEmpty())
        return makeError(QStringLiteral("invalid_session"), QStringLiteral("The checkout session id is empty."));
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            QStringLiteral("UPDATE orders SET session_id = ?, session_url = ?, expires_at = ?, updated_at = ? "
                           "WHERE id = ?"),
            { sessionId, Sql::textOrNull(url), Sql::msOrNull(expiresAt), m_database.nowMs(), orderId })) {
        QSqlQuery other(m_database.connection());
        if (Sql::execBound(other, QStringLiteral("SELECT number FROM orders WHERE session_id = ? AND id <> ?"),
                { sessionId, orderId })
            && other.next())
            return makeError(QStringLiteral("duplicate_session"),
                QStringLiteral("Checkout session %1 already belongs to order %2.")
                    .arg(sessionId, other.value(0).toString()));
        return Sql::error(q, QStringLiteral("Could not save the checkout session"));
    }
    if (q.numRowsAffected() == 0)
        return Sql::notFound(orderId);
    return {};
}

Status OrderWrites::setCoupon(qint64 orderId, const QString &couponId)
{
    if (couponId.isEmpty())
        return makeError(QStringLiteral("invalid_coupon"), QStringLiteral("The coupon id is empty."));
    QSqlQuery q(m_database.connection());
    // Only an order with a discount and no coupon yet: a replay finds the one it was sent with.
    if (!Sql::execBound(q,
            QStringLiteral("UPDATE orders SET stripe_coupon = ?, updated_at = ? WHERE id = ? AND discount_kind IS NOT "
                           "NULL AND (stripe_coupon IS NULL OR stripe_coupon = ?)"),
            { couponId, m_database.nowMs(), orderId, couponId }))
        return Sql::error(q, QStringLiteral("Could not save the coupon"));
    if (q.numRowsAffected() == 0)
        return makeError(QStringLiteral("coupon_mismatch"),
            QStringLiteral("Order %1 has no discount or was sent with another coupon than %2.")
                .arg(orderId)
                .arg(couponId));
    return {};
}

Status OrderWrites::requestCancel(qint64 orderId)
{
    const qint64 now = m_database.nowMs();
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            QStringLiteral("UPDATE orders SET cancel_requested_at = ?, updated_at = ? WHERE id = ? AND "
                           "cancel_requested_at IS NULL"),
            { now, now, orderId }))
        return Sql::error(q, QStringLiteral("Could not record the cancel request"));
    return {};
}

} // namespace Kiosk
