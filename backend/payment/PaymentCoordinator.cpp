// SPDX-License-Identifier: MIT
#include "PaymentCoordinator.h"

#include "BasketPricing.h"
#include "Cart.h"
#include "CashTender.h"
#include "Catalog.h"
#include "CheckoutLocale.h"
#include "Clock.h"
#include "DiscountPolicy.h"
#include "Log.h"
#include "PinVault.h"
#include "RefundCoordinator.h"
#include "Sql.h"
#include "StripeClient.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

const QString kCursorKey = QStringLiteral("stripe.events.cursor");
// Stripe's `created` has one-second resolution and events of the same second may be listed
// after we read the page, so each sweep looks back a little; event ids de-duplicate the overlap.
constexpr qint64 kCursorOverlapSecs = 60;

const QString kCompleted = QStringLiteral("checkout.session.completed");
const QString kAsyncSucceeded = QStringLiteral("checkout.session.async_payment_succeeded");
const QString kAsyncFailed = QStringLiteral("checkout.session.async_payment_failed");
const QString kExpired = QStringLiteral("checkout.session.expired");
const QString kPaymentFailed = QStringLiteral("payment_intent.payment_failed");

QStringList sweptEventTypes()
{
    return QStringList { kCompleted, kAsyncSucceeded, kAsyncFailed, kExpired, kPaymentFailed }
    + RefundCoordinator::eventTypes();
}

bool isRetryable(const StripeError &e)
{
    return e.connectionError || e.httpStatus == 409 || e.httpStatus == 429 || e.httpStatus >= 500;
}

Error toError(const StripeError &e)
{
    const QString code = e.code.isEmpty()
        ? (e.connectionError ? QStringLiteral("connection_error") : QStringLiteral("stripe_error"))
        : e.code;
    return makeError(code, e.message.isEmpty() ? e.toString() : e.message);
}

bool isPublicHttpsUrl(const QString &image)
{
    const QUrl url(image, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

QString withoutTrailingSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

/** The order's idempotency key for `operation`: scoped to its installation, so another till on
 *  the same Stripe account with the same order number never collides with it. */
QString keyFor(const Order &order, const QString &operation)
{
    return StripeClient::idempotencyKey(order.number, order.attempt, operation, order.installationId);
}

const QString kInstallationKey = QStringLiteral("installation_id");

/** Checkouts written in one transaction at most (like the webhook endpoint's batches). */
constexpr qsizetype kMaxCheckoutBatch = 256;

/** Where an order's checkout request parameters are kept (OrderStore::value()). */
QString requestParamsKey(const Order &order)
{
    return QStringLiteral("checkout.request.%1.%2").arg(order.id).arg(order.attempt);
}

bool isFinished(OrderStatus s)
{
    return OrderStateMachine::isTerminal(s) || OrderStateMachine::needsHuman(s);
}

/** Fields an outcome carries into the order along with its status. */
TransitionDetails detailsFor(
    const CheckoutSession &session, OrderStatus to, const QString &source, const QString &reason)
{
    TransitionDetails d;
    d.source = source;
    d.reason = reason;
    if (to == OrderStatus::Paid)
        d.paidAt = Clock::system().now();
    if (!session.paymentIntent.isEmpty())
        d.paymentIntent = session.paymentIntent;
    if (session.customerDetails && !session.customerDetails->email.isEmpty())
        d.customerEmail = session.customerDetails->email;
    return d;
}

/** The decline message and order id of a payment_intent.payment_failed data.object. */
struct PaymentFailure
{
    qint64 orderId = 0;
    QString orderNumber;
    QString paymentIntent;
    QString installationId;
    QString message;
};

PaymentFailure parsePaymentFailure(const QByteArray &dataObject)
{
    PaymentFailure f;
    const auto j = nlohmann::json::parse(dataObject.constBegin(), dataObject.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return f;
    if (j.contains("id") && j["id"].is_string())
        f.paymentIntent = QString::fromStdString(j["id"].get<std::string>());
    if (j.contains("metadata") && j["metadata"].is_object()) {
        const auto &m = j["metadata"];
        if (m.contains("order_id") && m["order_id"].is_string())
            f.orderId = QString::fromStdString(m["order_id"].get<std::string>()).toLongLong();
        if (m.contains("order_number") && m["order_number"].is_string())
            f.orderNumber = QString::fromStdString(m["order_number"].get<std::string>());
        if (m.contains("installation_id") && m["installation_id"].is_string())
            f.installationId = QString::fromStdString(m["installation_id"].get<std::string>());
    }
    if (j.contains("last_payment_error") && j["last_payment_error"].is_object()) {
        const auto &e = j["last_payment_error"];
        if (e.contains("message") && e["message"].is_string())
            f.message = QString::fromStdString(e["message"].get<std::string>());
    }
    if (f.message.isEmpty())
        f.message = QStringLiteral("The card was declined.");
    return f;
}

/**
 * `done` bound to `context`: the returned callable calls it only while `context` lives (while
 * `fallback`, the coordinator, lives when there is no context). The one place callbacks of the
 * coordinator's callers are guarded; Stripe replies themselves are bound to the coordinator.
 */
template <typename T> std::function<void(T)> boundTo(QObject *context, QObject *fallback, std::function<void(T)> done)
{
    return [guard = QPointer<QObject>(context ? context : fallback), done = std::move(done)](T value) {
        if (guard && done)
            done(std::move(value));
    };
}

} // namespace

struct PaymentCoordinator::Watch
{
    QTimer timer;
    int failures = 0;
    bool inFlight = false;
};

PaymentCoordinator::PaymentCoordinator(
    OrderStore *store, StripeClient *client, const Catalog *catalog, PaymentSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_catalog(catalog)
    , m_settings(std::move(settings))
{
    for (QTimer *flush : { &m_draftFlush, &m_sessionFlush }) {
        flush->setSingleShot(true);
        flush->setInterval(0); // once the event loop has handled every request ready now
    }
    connect(&m_draftFlush, &QTimer::timeout, this, &PaymentCoordinator::flushDrafts);
    connect(&m_sessionFlush, &QTimer::timeout, this, &PaymentCoordinator::flushSessions);
}

PaymentCoordinator::~PaymentCoordinator()
{
    qDeleteAll(m_watches);
}

void PaymentCoordinator::setReturnBaseUrl(const QUrl &base)
{
    m_returnBase = base;
}

PaymentCoordinator::Decision PaymentCoordinator::decide(
    const Order &order, const CheckoutSession &session, const QString &eventType)
{
    Decision decision = decideStatus(order, session, eventType);
    if (decision.to == order.status)
        decision.to.reset();
    return decision;
}

PaymentCoordinator::Decision PaymentCoordinator::decideStatus(
    const Order &order, const CheckoutSession &session, const QString &eventType)
{
    if (isFinished(order.status))
        return {};
    if (!eventType.isEmpty() && eventType != kCompleted && eventType != kAsyncSucceeded && eventType != kAsyncFailed
        && eventType != kExpired)
        return {}; // a session event we do not act on
    // Only the session this order stored, created by this installation: another till on the
    // same Stripe account (even with the same kiosk id and order number) changes nothing here.
    if (session.id.isEmpty() || session.id != order.sessionId
        || session.metadata.value(kInstallationKey) != order.installationId)
        return { std::nullopt, QStringLiteral("The Checkout Session does not belong to this order.") };
    if (eventType == kAsyncFailed)
        return { OrderStatus::Failed, QStringLiteral("The bank declined the delayed payment.") };
    if (session.isExpired()) {
        if (order.cancelRequestedAt.isValid())
            return { OrderStatus::Cancelled, QString() };
        return { OrderStatus::Expired, QStringLiteral("The Checkout Session expired before payment.") };
    }
    if (!session.isComplete())
        return {};
    const QString currency = session.currency.toUpper();
    if (!session.amountTotal || *session.amountTotal != order.amountTotal || currency != order.currency) {
        const QString stripeAmount
            = session.amountTotal ? QString::number(*session.amountTotal) : QStringLiteral("none");
        return { OrderStatus::NeedsReview,
            QStringLiteral("Stripe reports %1 %2 but the order is %3 %4; check the payment before handing over goods.")
                .arg(stripeAmount, currency, QString::number(order.amountTotal), order.currency) };
    }
    // The same total can hide another discount: the receipt would state one Stripe did not give.
    if (session.totalAmountDiscount.value_or(0) != order.amountDiscount)
        return { OrderStatus::NeedsReview,
            QStringLiteral("Stripe reports a discount of %1 %2 but the order has %3 %2; check the payment.")
                .arg(QString::number(session.totalAmountDiscount.value_or(0)), currency,
                    QString::number(order.amountDiscount)) };
    // The same total can hide different tax (another rate, another rounding): the receipt
    // would then state tax Stripe did not charge. No total_details reads as no tax.
    if (session.totalAmountTax.value_or(0) != order.amountTax)
        return { OrderStatus::NeedsReview,
            QStringLiteral("Stripe reports tax of %1 %2 but the order has %3 %2; check the payment and the tax rates.")
                .arg(QString::number(session.totalAmountTax.value_or(0)), currency, QString::number(order.amountTax)) };
    if (session.isPaid())
        return { OrderStatus::Paid, QString() };
    if (session.paymentStatus == QLatin1String("unpaid"))
        return { OrderStatus::Processing, QStringLiteral("The payment is being processed by the bank.") };
    return { OrderStatus::NeedsReview,
        QStringLiteral("Stripe reports payment status \"%1\" for a completed session.").arg(session.paymentStatus) };
}

// ---- checkout -------------------------------------------------------------------------------

void PaymentCoordinator::startCheckout(
    const Cart &cart, const QString &customerEmail, QObject *context, std::function<void(Result<Order>)> done)
{
    if (const Status valid = cart.validateForCheckout(); !valid) {
        done(valid.error());
        return;
    }
    CheckoutRequest request;
    for (const Cart::Line &line : cart.lines())
        request.lines.append({ line.product.id, line.quantity, line.options.optionIds() });
    request.customerEmail = customerEmail;
    if (cart.discount().kind == BasketDiscount::Kind::PercentOff)
        request.discount.percentOff = cart.discount().percentOff.toString();
    else if (cart.discount().kind == BasketDiscount::Kind::AmountOff)
        request.discount.amountOff = cart.discount().amountOff;
    startCheckoutRequest(m_settings.kioskId, request, context, std::move(done));
}

void PaymentCoordinator::startCheckoutLines(const QList<CheckoutLine> &checkoutLines, const QString &customerEmail,
    const QString &language, QObject *context, std::function<void(Result<Order>)> done)
{
    startCheckoutForKiosk(m_settings.kioskId, checkoutLines, customerEmail, language, context, std::move(done));
}

void PaymentCoordinator::startCheckoutForKiosk(const QString &kioskId, const QList<CheckoutLine> &checkoutLines,
    const QString &customerEmail, const QString &language, QObject *context, std::function<void(Result<Order>)> done)
{
    CheckoutRequest request;
    request.lines = checkoutLines;
    request.customerEmail = customerEmail;
    request.language = language;
    startCheckoutRequest(kioskId, request, context, std::move(done));
}

Result<PaymentCoordinator::PricedCheckout> PaymentCoordinator::priceCheckout(const CheckoutRequest &request) const
{
    const QList<CheckoutLine> &checkoutLines = request.lines;
    if (checkoutLines.isEmpty())
        return makeError(QStringLiteral("empty_cart"), QStringLiteral("The basket is empty."));
    if (checkoutLines.size() > Cart::MaxLines)
        return makeError(QStringLiteral("too_many_lines"),
            QStringLiteral("At most %1 different products per order.").arg(Cart::MaxLines));
    const QString email = request.customerEmail.trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email))
        return makeError(
            QStringLiteral("invalid_email"), QStringLiteral("\"%1\" is not an e-mail address.").arg(email));
    // Prices come from the catalog, re-read by product id; the caller only chooses what and how many.
    const Currency currency = m_catalog->currency();
    QList<OrderLine> lines;
    QList<BasketPricing::Line> pricing;
    QStringList keys;
    for (const CheckoutLine &requested : checkoutLines) {
        const QString &productId = requested.productId;
        const int quantity = requested.quantity;
        const Product *product = m_catalog->byId(productId);
        if (!product || !product->active)
            return makeError(
                QStringLiteral("unknown_product"), QStringLiteral("No product \"%1\" is on sale.").arg(productId));
        if (quantity < 1 || quantity > Cart::MaxQuantity)
            return makeError(QStringLiteral("quantity_out_of_range"),
                QStringLiteral("Quantity of %1 must be between 1 and %2.").arg(product->sku).arg(Cart::MaxQuantity));
        if (product->price.currency() != currency)
            return makeError(QStringLiteral("currency_mismatch"),
                QStringLiteral("%1 is priced in %2, the shop in %3.")
                    .arg(product->sku, product->price.currency().code, currency.code));
        const Result<OptionSelection> options = OptionSelection::choose(*product, requested.optionIds);
        if (!options)
            return options.error();
        const Result<Money> lineTotal = options->unitPrice().times(quantity);
        if (!lineTotal)
            return lineTotal.error();
        const QString key = Cart::lineKey(product->id, options->optionIds());
        if (keys.contains(key))
            return makeError(QStringLiteral("duplicate_line"),
                QStringLiteral("%1 is listed twice with the same options; give one line with the total quantity.")
                    .arg(product->sku));
        keys.append(key);
        lines.append(OrderLine { product->id, product->sku, options->lineName(product->name), quantity,
            options->unitPrice().minorUnits(), lineTotal->minorUnits(), options->toJson() });
        pricing.append({ product, options->unitPrice().minorUnits(), quantity });
    }
    // Tax by the same rule (and the same code) as the till's screen, so the order records what
    // the cashier showed; Stripe computes it again from the rates and the amount check compares.
    const Result<PricedBasket> undiscounted = BasketPricing::price(*m_catalog, pricing);
    if (!undiscounted)
        return undiscounted.error();
    // The discount is decided before anything is recorded or sent: refused, nothing exists.
    const Result<DiscountPolicy::Checked> discount = DiscountPolicy::check(request.discount, currency,
        undiscounted->amountSubtotal, { m_settings.discountEnabled, m_settings.discountMaxWithoutPin });
    if (!discount)
        return discount.error();
    DiscountPolicy::Pin pin = DiscountPolicy::Pin::NotGiven;
    // The PIN is only looked at when the discount needs it: a wrong one counts towards the lockout.
    if (discount->needsManager && !request.managerPin.isEmpty() && m_pins) {
        switch (m_pins->verify(request.managerPin.left(PinVault::kMaxLength + 1))) {
        case PinVault::Verdict::Ok:
            pin = DiscountPolicy::Pin::Ok;
            break;
        case PinVault::Verdict::Wrong:
            pin = DiscountPolicy::Pin::Wrong;
            break;
        case PinVault::Verdict::LockedOut:
            pin = DiscountPolicy::Pin::LockedOut;
            break;
        }
    }
    if (const Status allowed = DiscountPolicy::authorise(discount.value(), pin); !allowed)
        return allowed.error();
    const Result<PricedBasket> priced = discount->discount.kind == BasketDiscount::Kind::None
        ? undiscounted
        : BasketPricing::price(*m_catalog, pricing, discount->discount);
    if (!priced)
        return priced.error();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PricedLine &line = priced->lines.at(i);
        lines[i].amountTax = line.amountTax;
        lines[i].amountDiscount = line.amountDiscount;
        if (!line.taxes.isEmpty()) {
            lines[i].taxRate = line.taxes.first().rate;
            lines[i].taxPercentage = line.taxes.first().percentage;
            lines[i].taxInclusive = line.taxes.first().inclusive;
        }
    }
    if (const Status chargeable = Money(priced->amountTotal, currency).validateCharge(); !chargeable)
        return chargeable.error();
    return PricedCheckout { std::move(lines), priced->amountTotal, email, discount->discount };
}

void PaymentCoordinator::describeDiscount(const BasketDiscount &discount, OrderStore::NewOrder &order)
{
    if (discount.kind == BasketDiscount::Kind::PercentOff) {
        order.discountKind = Order::kDiscountPercentOff;
        order.discountValue = discount.percentOff.toString();
    } else if (discount.kind == BasketDiscount::Kind::AmountOff) {
        order.discountKind = Order::kDiscountAmountOff;
        order.discountValue = QString::number(discount.amountOff);
    }
}

void PaymentCoordinator::payCashForKiosk(
    const QString &kioskId, const CheckoutRequest &request, std::function<void(Result<Order>)> done)
{
    if (!m_settings.cashEnabled) {
        done(makeError(QStringLiteral("cash_disabled"), QStringLiteral("This till does not take cash.")));
        return;
    }
    const QString requestId = request.requestId.trimmed();
    if (requestId.isEmpty() || requestId.size() > 255) {
        done(makeError(QStringLiteral("invalid_request_id"),
            QStringLiteral("A cash payment needs a request id of 1 to 255 characters.")));
        return;
    }
    Result<PricedCheckout> checkout = priceCheckout(request);
    if (!checkout) {
        done(checkout.error());
        return;
    }
    const Result<CashPayment> cash = CashTender::settle(
        m_catalog->currency(), checkout->amountTotal, request.cashTendered, m_settings.cashRounding);
    if (!cash) {
        done(cash.error());
        return;
    }
    OrderStore::NewOrder sale;
    sale.currency = m_catalog->currency().code;
    sale.lines = std::move(checkout->lines);
    sale.customerEmail = checkout->email;
    sale.kioskId = kioskId;
    sale.cashier = m_settings.cashier;
    describeDiscount(checkout->discount, sale);
    bool created = false;
    Result<Order> order = m_store->recordCashSale(
        sale, { cash->tendered, cash->change, cash->roundingAdjustment, requestId }, &created);
    if (order && created)
        emit orderUpdated(order.value());
    done(std::move(order));
}

void PaymentCoordinator::startCheckoutRequest(
    const QString &kioskId, const CheckoutRequest &request, QObject *context, std::function<void(Result<Order>)> done)
{
    Result<PricedCheckout> checkout = priceCheckout(request);
    if (!checkout) {
        done(checkout.error());
        return;
    }
    if (!m_returnBase.isValid() || m_returnBase.isEmpty()) {
        done(makeError(QStringLiteral("not_configured"), QStringLiteral("The return page server is not running.")));
        return;
    }
    const Currency currency = m_catalog->currency();
    const QString language = request.language;

    // The Stripe TaxRates exist before the order does: a failure to make one records nothing.
    ensureTaxRates(std::move(checkout->lines),
        [this, currency, email = checkout->email, language, kioskId, expected = checkout->amountTotal,
            basketDiscount = checkout->discount,
            done = boundTo(context, this, std::move(done))](Result<QList<OrderLine>> taxed) {
            if (!taxed) {
                done(taxed.error());
                return;
            }
            QueuedDraft draft;
            draft.order.currency = currency.code;
            draft.order.lines = std::move(taxed).value();
            draft.order.customerEmail = email;
            draft.order.kioskId = kioskId;
            draft.order.cashier = m_settings.cashier;
            describeDiscount(basketDiscount, draft.order);
            // Fixed now and stored with the order in its one commit, so a crash before the
            // session is stored leaves a draft that recovery replays byte for byte.
            draft.params = newRequestParams(email, language);
            draft.language = language;
            draft.expectedTotal = expected;
            draft.done = done; // bound to the caller's context
            queueDraft(std::move(draft));
        });
}

void PaymentCoordinator::queueDraft(QueuedDraft draft)
{
    m_drafts.append(std::move(draft));
    if (m_drafts.size() >= kMaxCheckoutBatch)
        flushDrafts();
    else if (!m_draftFlush.isActive())
        m_draftFlush.start();
}

void PaymentCoordinator::flushDrafts()
{
    m_draftFlush.stop();
    const QList<QueuedDraft> batch = std::exchange(m_drafts, {});
    if (batch.isEmpty())
        return;
    QList<OrderStore::DraftWrite> writes;
    writes.reserve(batch.size());
    for (const QueuedDraft &draft : batch) {
        writes.append({ draft.order, [params = draft.params](const Order &order) {
                           return QList<std::pair<QString, QString>> { { requestParamsKey(order), params } };
                       } });
    }
    // One transaction, one fsync, for every checkout of this turn: order, lines and the
    // session request's parameters are durable before Stripe hears of them.
    const QList<Result<Order>> created = m_store->createOrders(writes);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QueuedDraft &draft = batch.at(i);
        const Result<Order> &order = created.at(i);
        if (!order && Sql::isConflict(order.error()) && draft.attempts < Sql::kMaxAttempts) {
            // Another server's transaction deadlocked with this one and won: nothing of this
            // draft was kept, so it goes into the next batch, a new transaction.
            QueuedDraft again = draft;
            ++again.attempts;
            queueDraft(std::move(again));
            continue;
        }
        if (!order) {
            draft.done(order.error());
            continue;
        }
        if (order->amountTotal != draft.expectedTotal)
            qCWarning(lcPayment) << "order" << order->number << "totals" << order->amountTotal << "but was priced"
                                 << draft.expectedTotal;
        emit orderUpdated(order.value());
        createSession(order.value(), this, draft.done, draft.language);
    }
}

QString PaymentCoordinator::newRequestParams(const QString &customerEmail, const QString &language) const
{
    // As lines: expiry, success URL, cancel URL, locale, and "receipt" when Stripe e-mails its
    // receipt to the customer's address (the customer gave one: that is where they want it).
    const QString locale = language.isEmpty() ? m_settings.locale : checkoutLocaleFor(language);
    const QString base = withoutTrailingSlash(m_returnBase.toString(QUrl::FullyEncoded));
    const qint64 expiresAt = Clock::system().nowSecs() + m_settings.sessionLifetimeSecs;
    return QString::number(expiresAt) + QLatin1Char('\n') + base
        + QStringLiteral("/checkout/success?session_id={CHECKOUT_SESSION_ID}\n") + base
        + QStringLiteral("/checkout/cancel?session_id={CHECKOUT_SESSION_ID}\n") + locale
        + (customerEmail.isEmpty() ? QString() : QStringLiteral("\nreceipt"));
}

QString PaymentCoordinator::taxRateStoreKey(const QString &definition) const
{
    // Remembered per Stripe account (a demo run's simulator is a new one each time): the account
    // is told apart by a keyed hash of its API base under the secret key, which reveals nothing
    // of the key.
    const QByteArray account = QMessageAuthenticationCode::hash(m_client->config().apiBase.toString().toUtf8(),
        m_client->config().secretKey.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16);
    const QByteArray rate = QCryptographicHash::hash(definition.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("stripe.tax_rate.") + QString::fromLatin1(account) + QLatin1Char('.')
        + QString::fromLatin1(rate);
}

void PaymentCoordinator::ensureTaxRates(QList<OrderLine> lines, std::function<void(Result<QList<OrderLine>>)> done)
{
    const QString displayName = m_catalog->taxPolicy().displayName;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine line = lines.at(i); // a copy: the loop below writes into `lines`
        if (line.taxRate.isEmpty() || !line.stripeTaxRate.isEmpty())
            continue;
        // What makes a TaxRate: a changed percentage, behaviour or name is a new one; orders
        // already made keep the id they were sold with.
        const QString definition = line.taxRate + QLatin1Char('|') + displayName;
        const QString storeKey = taxRateStoreKey(definition);
        if (const Result<QString> known = m_store->value(storeKey); known && !known->isEmpty()) {
            for (OrderLine &same : lines) {
                if (same.taxRate == line.taxRate)
                    same.stripeTaxRate = known.value();
            }
            continue;
        }
        TaxRateRequest request;
        request.displayName = displayName;
        request.inclusive = line.taxInclusive;
        request.percentage = line.taxPercentage;
        request.description = line.taxRate;
        request.metadata = { { QStringLiteral("kiosk_rate"), line.taxRate } };
        if (!m_store->installationId().isEmpty())
            request.metadata.append({ kInstallationKey, m_store->installationId() });
        m_client->createTaxRate(request, StripeClient::taxRateIdempotencyKey(definition, m_store->installationId()),
            this,
            [this, lines, storeKey, request, done = std::move(done)](Result<StripeTaxRate, StripeError> made) mutable {
                if (!made) {
                    qCWarning(lcPayment) << "creating the tax rate" << request.description
                                         << "failed:" << made.error().toString();
                    done(toError(made.error()));
                    return;
                }
                if (made->percentage != request.percentage || made->inclusive != request.inclusive) {
                    done(makeError(QStringLiteral("tax_rate_mismatch"),
                        QStringLiteral("Stripe answered tax rate %1 with %2% %3 for %4; nothing was charged.")
                            .arg(made->id, made->percentage.toString(),
                                made->inclusive ? QStringLiteral("inclusive") : QStringLiteral("exclusive"),
                                request.description)));
                    return;
                }
                if (const Status kept = m_store->setValue(storeKey, made->id); !kept) {
                    done(kept.error());
                    return;
                }
                ensureTaxRates(std::move(lines), std::move(done)); // the next rate, or done
            });
        return;
    }
    done(std::move(lines));
}

Result<CouponRequest> PaymentCoordinator::couponFor(const Order &order)
{
    CouponRequest coupon;
    if (order.discountKind == Order::kDiscountPercentOff) {
        const Result<Percentage> percent = Percentage::parse(order.discountValue, Percentage::Use::PercentOff);
        if (!percent)
            return percent.error();
        coupon.percentOff = percent.value();
    } else {
        coupon.amountOff = order.discountValue.toLongLong();
        coupon.currency = order.currency.toLower();
    }
    // One order, one redemption: the coupon cannot discount anything else.
    coupon.maxRedemptions = 1;
    coupon.name = QStringLiteral("Discount %1").arg(order.number).left(40);
    coupon.metadata = { { QStringLiteral("order_id"), QString::number(order.id) },
        { QStringLiteral("order_number"), order.number } };
    if (!order.installationId.isEmpty())
        coupon.metadata.append({ kInstallationKey, order.installationId });
    return coupon;
}

QString PaymentCoordinator::couponIdempotencyKey(const Order &order)
{
    return keyFor(order, QStringLiteral("create_coupon"));
}

void PaymentCoordinator::ensureCoupon(const Order &order, std::function<void(Result<Order>)> done)
{
    const Result<CouponRequest> request = couponFor(order);
    if (!request) {
        done(request.error());
        return;
    }
    const CouponRequest &coupon = request.value();
    m_client->createCoupon(coupon, couponIdempotencyKey(order), this,
        [this, order, coupon, done = std::move(done)](Result<StripeCoupon, StripeError> made) {
            if (!made) {
                const StripeError &e = made.error();
                qCWarning(lcPayment) << "creating the coupon of" << order.number << "failed:" << e.toString();
                if (!isRetryable(e)) {
                    const auto failed = m_store->transition(
                        order.id, OrderStatus::Failed, { QStringLiteral("checkout"), e.message, {}, {}, {} });
                    emitIfChanged(order, failed);
                }
                done(toError(e)); // a retryable failure leaves the draft for recovery (same key)
                return;
            }
            if (made->percentOff != coupon.percentOff || made->amountOff != coupon.amountOff) {
                const QString reason
                    = QStringLiteral("Stripe answered coupon %1 with another discount than the order's %2; nothing "
                                     "was charged.")
                          .arg(made->id, order.discountValue);
                const auto failed = m_store->transition(
                    order.id, OrderStatus::Failed, { QStringLiteral("checkout"), reason, {}, {}, {} });
                emitIfChanged(order, failed);
                done(makeError(QStringLiteral("coupon_mismatch"), reason));
                return;
            }
            if (const Status stored = m_store->setCoupon(order.id, made->id); !stored) {
                done(stored.error());
                return;
            }
            done(m_store->order(order.id));
        });
}

void PaymentCoordinator::createSession(
    const Order &order, QObject *context, std::function<void(Result<Order>)> done, const QString &language)
{
    if ((order.discountKind == Order::kDiscountPercentOff || order.discountKind == Order::kDiscountAmountOff)
        && order.stripeCoupon.isEmpty()) {
        // The coupon first, under the order's own key: a replay (recovery, a cancel) finds it.
        ensureCoupon(order, [this, language, done = boundTo(context, this, std::move(done))](Result<Order> withCoupon) {
            if (!withCoupon) {
                done(withCoupon.error());
                return;
            }
            createSession(withCoupon.value(), this, done, language); // `done` is bound already
        });
        return;
    }
    CheckoutSessionRequest request;
    request.coupon = order.stripeCoupon;
    request.currency = order.currency.toLower();
    for (const OrderLine &line : order.lines) {
        CheckoutSessionRequest::Line l;
        l.name = line.name;
        l.unitAmount = line.unitAmount;
        l.quantity = line.quantity;
        if (!line.stripeTaxRate.isEmpty())
            l.taxRates.append(line.stripeTaxRate);
        if (const Product *product = m_catalog->byId(line.productId)) {
            l.description = product->description;
            // Only images Stripe can fetch; a local file path would leak the kiosk's layout.
            if (isPublicHttpsUrl(product->image))
                l.images.append(product->image);
        }
        request.lines.append(l);
    }
    // The parameters that vary with time or with our port are fixed once per order and kept in
    // the store, so a retry after a crash sends exactly the same request under the same
    // idempotency key and Stripe replays the session it made instead of refusing the key.
    // Written with the order (newRequestParams()); an order of an older version that has none
    // yet gets them here. Requests stored before the locale was kept have fewer lines and are
    // replayed as they were sent: no receipt, the kiosk's locale.
    const QString paramsKey = requestParamsKey(order);
    const Result<QString> saved = m_store->value(paramsKey);
    if (!saved) {
        done(saved.error());
        return;
    }
    QStringList parts = saved->split(QLatin1Char('\n'));
    if (parts.size() < 3 || parts.size() > 5) {
        const QString fresh = newRequestParams(order.customerEmail, language);
        if (const Status kept = m_store->setValue(paramsKey, fresh); !kept) {
            done(kept.error());
            return;
        }
        parts = fresh.split(QLatin1Char('\n'));
    }
    const qint64 expiresAt = parts.at(0).toLongLong();
    const QString &successUrl = parts.at(1);
    const QString &cancelUrl = parts.at(2);
    // what requests stored before the locale was kept sent
    const QString locale = parts.size() >= 4 ? parts.at(3) : m_settings.locale;
    const bool emailReceipt = parts.size() == 5 && parts.at(4) == QLatin1String("receipt");
    request.successUrl = successUrl;
    request.cancelUrl = cancelUrl;
    request.customerEmail = order.customerEmail;
    if (emailReceipt)
        request.receiptEmail = order.customerEmail;
    request.clientReferenceId = order.number;
    request.locale = locale;
    request.metadata = { { QStringLiteral("order_id"), QString::number(order.id) },
        { QStringLiteral("order_number"), order.number }, { QStringLiteral("kiosk_id"), order.kioskId } };
    // Real Stripe puts only these on the PaymentIntent: without them a declined card's
    // payment_intent.payment_failed could not be tied back to the order on screen.
    request.paymentIntentMetadata = { { QStringLiteral("order_id"), QString::number(order.id) },
        { QStringLiteral("order_number"), order.number } };
    if (!order.installationId.isEmpty()) {
        request.metadata.append({ kInstallationKey, order.installationId });
        request.paymentIntentMetadata.append({ kInstallationKey, order.installationId });
    }
    request.expiresAt = expiresAt;
    if (const auto valid = request.validate(); !valid) {
        const auto failed = m_store->transition(
            order.id, OrderStatus::Failed, { QStringLiteral("checkout"), valid.error().message, {}, {}, {} });
        emitIfChanged(order, failed);
        done(valid.error());
        return;
    }

    if (const auto creating = m_creating.find(order.id); creating != m_creating.end()) {
        // Already being created (a cancel's replay and recovery's): one request, both answered.
        creating->append(boundTo(context, this, std::move(done)));
        return;
    }
    const QString key = keyFor(order, QStringLiteral("create_session"));
    m_creating.insert(order.id, {});
    m_client->createCheckoutSession(request, key, this,
        [this, order, done = boundTo(context, this, std::move(done))](Result<CheckoutSession, StripeError> result) {
            if (!result) {
                // The caller and every cancel that arrived while Stripe was creating the session.
                const QList<std::function<void(Result<Order>)>> cancels = m_creating.take(order.id);
                const StripeError &e = result.error();
                qCWarning(lcPayment) << "creating the session of" << order.number << "failed:" << e.toString();
                if (!isRetryable(e)) {
                    const auto failed = m_store->transition(
                        order.id, OrderStatus::Failed, { QStringLiteral("checkout"), e.message, {}, {}, {} });
                    emitIfChanged(order, failed);
                }
                // A retryable failure leaves the draft for recovery, which replays the same key.
                done(toError(e));
                for (const auto &cancelled : cancels)
                    cancelled(toError(e));
                return;
            }
            // Still "creating" (cancels keep waiting) until the session is stored with the
            // others of this turn.
            queueSession({ order, result.value(), done });
        });
}

void PaymentCoordinator::queueSession(QueuedSession stored)
{
    m_sessions.append(std::move(stored));
    if (m_sessions.size() >= kMaxCheckoutBatch)
        flushSessions();
    else if (!m_sessionFlush.isActive())
        m_sessionFlush.start();
}

void PaymentCoordinator::flushSessions()
{
    m_sessionFlush.stop();
    const QList<QueuedSession> batch = std::exchange(m_sessions, {});
    if (batch.isEmpty())
        return;
    QList<OrderStore::SessionWrite> writes;
    writes.reserve(batch.size());
    for (const QueuedSession &q : batch) {
        OrderStore::SessionWrite write;
        write.orderId = q.order.id;
        write.sessionId = q.session.id;
        write.url = q.session.url;
        write.expiresAt = QDateTime::fromSecsSinceEpoch(q.session.expiresAt, Qt::UTC);
        write.details.source = QStringLiteral("checkout");
        writes.append(write);
    }
    // One transaction, one fsync, for every session Stripe answered in this turn.
    const QList<OrderStore::SessionWriteResult> stored = m_store->storeSessions(writes);
    for (qsizetype i = 0; i < batch.size(); ++i)
        sessionStored(batch.at(i).order, stored.at(i), batch.at(i).done);
}

void PaymentCoordinator::sessionStored(
    const Order &draft, const OrderStore::SessionWriteResult &stored, const std::function<void(Result<Order>)> &done)
{
    // The caller and every cancel that arrived while Stripe was creating the session.
    const QList<std::function<void(Result<Order>)>> cancels = m_creating.take(draft.id);
    auto finish = [done, cancels](const Result<Order> &r) {
        done(r);
        for (const auto &cancelled : cancels)
            cancelled(r);
    };
    const Result<Order> &current = stored.order;
    if (!current) {
        finish(current);
        return;
    }
    if (stored.movedToAwaiting)
        emit orderUpdated(current.value()); // else a webhook or recovery got there first
    // Watched until it is final, whoever asked for it (the till, the JSON API, recovery).
    if (!isFinished(current->status))
        watch(draft.id);
    if (current->cancelRequestedAt.isValid() && !isFinished(current->status)) {
        // Cancelled while Stripe was creating it: the session is closed at once, before
        // anyone sees its page (or, if the buyer won anyway, the order ends paid).
        expireAndSettle(current.value(), finish);
        return;
    }
    finish(current);
}

void PaymentCoordinator::cancelCheckout(qint64 orderId, QObject *context, std::function<void(Result<Order>)> done)
{
    auto finish = boundTo(context, this, std::move(done));
    const Result<Order> order = m_store->order(orderId);
    if (!order) {
        finish(order.error());
        return;
    }
    if (isFinished(order->status)) {
        finish(order); // already decided; cancelling again changes nothing
        return;
    }
    // Stored before anything else: whatever happens next (a session still being created, a
    // crash), the order is one we consider cancelled and its session is closed once we know it.
    const Result<Order> requested = m_store->requestCancel(orderId);
    if (!requested) {
        finish(requested.error());
        return;
    }
    if (const auto creating = m_creating.find(orderId); creating != m_creating.end()) {
        // Stripe is creating its session right now: answered once that session is closed.
        creating->append(std::move(finish));
        return;
    }
    if (requested->sessionId.isEmpty()) {
        if (isStaleDraft(requested.value())) {
            // Any session Stripe made for it has expired unseen: nothing is left to close.
            const Result<Order> cancelled
                = m_store->transition(orderId, OrderStatus::Cancelled, { QStringLiteral("cancel"), {}, {}, {}, {} });
            emitIfChanged(requested.value(), cancelled);
            finish(cancelled);
            return;
        }
        // A draft whose session creation failed or was interrupted: Stripe may have made the
        // session anyway. Replaying the request (same key) returns it, and it is expired at once.
        createSession(requested.value(), this, std::move(finish));
        return;
    }
    expireAndSettle(requested.value(), std::move(finish));
}

void PaymentCoordinator::expireAndSettle(const Order &order, std::function<void(Result<Order>)> done)
{
    const QString key = keyFor(order, QStringLiteral("expire_session"));
    m_client->expireCheckoutSession(order.sessionId, key, this,
        [this, sessionId = order.sessionId, done = std::move(done)](Result<CheckoutSession, StripeError> result) {
            if (result) {
                // Expired, and the order asked to be cancelled: the one decision says cancelled.
                done(commitSession(result.value(), QStringLiteral("cancel")));
                return;
            }
            // Expiring failed: most often the buyer paid first. Ask Stripe what happened and let
            // the one decision settle it; an order still open afterwards reports the failure.
            const StripeError error = result.error();
            fulfil(sessionId, QStringLiteral("cancel"), this, [error, done](Result<Order> settled) {
                if (settled && settled->status != OrderStatus::AwaitingPayment) {
                    done(settled);
                    return;
                }
                done(toError(error));
            });
        });
}

// ---- the one decision -----------------------------------------------------------------------

void PaymentCoordinator::fulfil(
    const QString &sessionId, const QString &source, QObject *context, std::function<void(Result<Order>)> done)
{
    auto finish = boundTo(context, this, std::move(done));
    if (sessionId.isEmpty()) {
        finish(makeError(QStringLiteral("invalid_session"), QStringLiteral("No Checkout Session id given.")));
        return;
    }
    m_client->retrieveCheckoutSession(
        sessionId, false, this, [this, source, finish](Result<CheckoutSession, StripeError> result) {
            if (!result) {
                finish(toError(result.error()));
                return;
            }
            finish(commitSession(result.value(), source));
        });
}

Result<Order> PaymentCoordinator::commitSession(const CheckoutSession &session, const QString &source)
{
    Result<Order> found = m_store->orderBySession(session.id);
    if (!found)
        return found;
    // Read, decide and write with no event-loop turn in between, so two callers racing with the
    // same news cannot both see "awaiting" and both announce the payment.
    const Order before = found.value();
    const Decision decision = decide(before, session);
    if (!decision.to)
        return before;
    const Result<Order> after
        = m_store->transition(before.id, *decision.to, detailsFor(session, *decision.to, source, decision.reason));
    emitIfChanged(before, after);
    return after;
}

struct PaymentCoordinator::PreparedEvent
{
    OrderStore::EventWrite write;
    std::optional<PaymentFailure> failure; ///< payment_intent.payment_failed: announce once recorded
    std::shared_ptr<bool> refundResync; ///< charge.refunded disagreed: list the payment's refunds
};

QList<Result<OrderStore::EventOutcome>> PaymentCoordinator::applyWebhookEvents(const QList<VerifiedEvent> &events)
{
    QList<PreparedEvent> prepared;
    prepared.reserve(events.size());
    for (const VerifiedEvent &e : events)
        prepared.append(prepareEvent(e.event, e.rawBody, QStringLiteral("webhook")));
    return commitEvents(prepared);
}

Result<OrderStore::EventOutcome> PaymentCoordinator::applyEvent(
    const StripeEvent &event, const QByteArray &rawBody, const QString &source)
{
    return commitEvents({ prepareEvent(event, rawBody, source) }).constFirst();
}

PaymentCoordinator::PreparedEvent PaymentCoordinator::prepareEvent(
    const StripeEvent &event, const QByteArray &rawBody, const QString &source)
{
    PreparedEvent prepared;
    PaymentEvent &record = prepared.write.event;
    record.eventId = event.id;
    record.type = event.type;
    record.receivedAt = Clock::system().now();
    record.payload = rawBody.isEmpty() ? event.raw : rawBody;

    if (event.session) {
        const CheckoutSession &session = *event.session;
        // The store finds the order by session inside the batch's transaction. Only a session
        // whose metadata names an order is looked up now: the process may have died between
        // Stripe creating the session and us storing it, so adopt the order if it has no
        // session yet.
        const qint64 named = session.metadata.value(QStringLiteral("order_id")).toLongLong();
        const QString installation = session.metadata.value(kInstallationKey);
        prepared.write.sessionId = session.id;
        // Only a session this installation created: metadata carries our installation id.
        if (named > 0 && !installation.isEmpty() && installation == m_store->installationId()) {
            const Result<qint64> found = m_store->orderIdForSession(session.id);
            if (found && found.value() == 0) {
                const Result<Order> byId = m_store->order(named);
                if (byId && byId->sessionId.isEmpty() && byId->installationId == installation
                    && byId->number == session.clientReferenceId) {
                    const QDateTime expires = QDateTime::fromSecsSinceEpoch(session.expiresAt, Qt::UTC);
                    if (m_store->setSession(named, session.id, session.url, expires)) {
                        const auto moved = m_store->transition(
                            named, OrderStatus::AwaitingPayment, { QStringLiteral("recovery"), {}, {}, {}, {} });
                        emitIfChanged(byId.value(), moved);
                    }
                }
            }
        }
        const QString type = event.type;
        // Decided inside the store's transaction against the order as it is then (earlier
        // events of the same batch included), by the same decision as fulfil().
        prepared.write.decide
            = [type, session, source](const Order &current) -> Result<std::optional<OrderStore::EventDecision>> {
            const Decision decision = decide(current, session, type);
            if (!decision.to)
                return std::optional<OrderStore::EventDecision>();
            return std::optional<OrderStore::EventDecision>(
                OrderStore::EventDecision { *decision.to, detailsFor(session, *decision.to, source, decision.reason) });
        };
    }

    if (m_refunds) {
        prepared.refundResync = std::make_shared<bool>(false);
        m_refunds->prepareEvent(event, source, prepared.write, prepared.refundResync);
    }

    if (event.type == kPaymentFailed) {
        PaymentFailure f = parsePaymentFailure(event.dataObject);
        Result<Order> order = makeError(QStringLiteral("not_found"), QString());
        if (f.orderId > 0)
            order = m_store->order(f.orderId);
        else if (!f.orderNumber.isEmpty())
            order = m_store->orderByNumber(f.orderNumber);
        // Another installation's payment intent names its own order ids and numbers.
        if (order && order->installationId == f.installationId) {
            f.orderId = order->id;
            record.orderId = order->id;
        } else {
            f.orderId = 0;
        }
        prepared.failure = f;
    }
    return prepared;
}

QList<Result<OrderStore::EventOutcome>> PaymentCoordinator::commitEvents(const QList<PreparedEvent> &prepared)
{
    QList<OrderStore::EventWrite> writes;
    writes.reserve(prepared.size());
    for (const PreparedEvent &p : prepared)
        writes.append(p.write);
    const QList<OrderStore::EventWriteResult> results = m_store->recordEvents(writes);
    QList<Result<OrderStore::EventOutcome>> outcomes;
    outcomes.reserve(results.size());
    // Announce only what is committed, in the order it happened.
    for (qsizetype i = 0; i < results.size(); ++i) {
        const OrderStore::EventWriteResult &r = results.at(i);
        outcomes.append(r.outcome);
        if (!r.outcome || r.outcome.value() != OrderStore::EventOutcome::Applied)
            continue;
        if (r.changed)
            emit orderUpdated(*r.changed);
        const std::optional<PaymentFailure> &failure = prepared.at(i).failure;
        if (failure && failure->orderId > 0)
            emit paymentAttemptFailed(failure->orderId, failure->message);
        if (m_refunds && prepared.at(i).refundResync && *prepared.at(i).refundResync)
            m_refunds->resync(prepared.at(i).write.event.orderId);
    }
    return outcomes;
}

void PaymentCoordinator::emitIfChanged(const Order &before, const Result<Order> &after)
{
    if (after && after->status != before.status)
        emit orderUpdated(after.value());
}

// ---- polling --------------------------------------------------------------------------------

void PaymentCoordinator::watch(qint64 orderId)
{
    if (m_watches.contains(orderId))
        return;
    auto *w = new Watch;
    w->timer.setSingleShot(true);
    connect(&w->timer, &QTimer::timeout, this, [this, orderId] { pollOnce(orderId); });
    m_watches.insert(orderId, w);
    schedulePoll(orderId, m_settings.pollIntervalMs);
}

void PaymentCoordinator::unwatch(qint64 orderId)
{
    delete m_watches.take(orderId);
}

void PaymentCoordinator::schedulePoll(qint64 orderId, int delayMs)
{
    if (Watch *w = m_watches.value(orderId))
        w->timer.start(delayMs);
}

void PaymentCoordinator::pollOnce(qint64 orderId)
{
    Watch *w = m_watches.value(orderId);
    if (!w || w->inFlight)
        return;
    const Result<Order> order = m_store->order(orderId);
    if (!order || isFinished(order->status)) {
        unwatch(orderId);
        return;
    }
    if (order->sessionId.isEmpty()) {
        schedulePoll(orderId, m_settings.pollIntervalMs);
        return;
    }
    w->inFlight = true;
    m_client->retrieveCheckoutSession(
        order->sessionId, false, this, [this, orderId](Result<CheckoutSession, StripeError> result) {
            Watch *watch = m_watches.value(orderId);
            if (watch)
                watch->inFlight = false;
            if (!result) {
                qCInfo(lcPayment) << "polling order" << orderId << "failed:" << result.error().toString();
                if (watch) {
                    ++watch->failures;
                    qint64 delay = m_settings.pollIntervalMs;
                    for (int i = 0; i < watch->failures && delay < m_settings.pollMaxBackoffMs; ++i)
                        delay *= 2;
                    schedulePoll(orderId, int(qMin<qint64>(delay, m_settings.pollMaxBackoffMs)));
                }
                return;
            }
            if (watch)
                watch->failures = 0;
            const Result<Order> after = commitSession(result.value(), QStringLiteral("poll"));
            if (!after || isFinished(after->status))
                unwatch(orderId);
            else
                schedulePoll(orderId, m_settings.pollIntervalMs);
        });
}

// ---- recovery and the events sweep ----------------------------------------------------------

void PaymentCoordinator::recover(QObject *context, std::function<void(Status)> done)
{
    auto finish = boundTo(context, this, std::move(done));
    const Result<QList<Order>> open
        = m_store->ordersWithStatus({ OrderStatus::Draft, OrderStatus::AwaitingPayment, OrderStatus::Processing });
    if (!open) {
        finish(open.error());
        return;
    }
    recoverNext(std::make_shared<Recovery>(Recovery { open.value(), std::move(finish) }));
}

bool PaymentCoordinator::isStaleDraft(const Order &order) const
{
    return order.status == OrderStatus::Draft && order.sessionId.isEmpty()
        && order.createdAt.addSecs(m_settings.sessionLifetimeSecs) <= Clock::system().now();
}

void PaymentCoordinator::recoverNext(std::shared_ptr<Recovery> run)
{
    // One order at a time; each asynchronous step calls back here with the shared run, which
    // nothing else owns, so the run ends (and is freed) after its last callback returns.
    // Orders settled without Stripe (stale drafts) are done at once, in this loop rather than
    // one stack frame deeper each.
    while (!run->queue.isEmpty()) {
        const Order next = run->queue.takeFirst();
        if (recoverOne(next, [this, run] { recoverNext(run); }))
            return; // continues when Stripe has answered for this order
    }
    run->done({});
}

bool PaymentCoordinator::recoverOne(const Order &order, std::function<void()> next)
{
    const QString source = QStringLiteral("recovery");
    if (order.status == OrderStatus::Draft) {
        if (isStaleDraft(order)) {
            // Older than a session lives: any session Stripe made for it has expired unseen (its
            // page was never shown), and nobody is waiting at the till for a new one.
            const bool cancelled = order.cancelRequestedAt.isValid();
            const auto closed = m_store->transition(order.id, cancelled ? OrderStatus::Cancelled : OrderStatus::Failed,
                { source,
                    cancelled ? QString()
                              : QStringLiteral("The checkout was interrupted before Stripe made its payment page, "
                                               "longer ago than a payment page lives; nothing was charged."),
                    {}, {}, {} });
            if (!closed)
                qCWarning(lcPayment) << "closing the stale draft" << order.number
                                     << "failed:" << closed.error().toString();
            emitIfChanged(order, closed);
            return false;
        }
        if (order.sessionId.isEmpty()) {
            // Same attempt, same idempotency key: Stripe replays the session it may already have
            // created instead of making a second one.
            createSession(order, this, [next](Result<Order>) { next(); });
            return true;
        }
        const auto moved = m_store->transition(order.id, OrderStatus::AwaitingPayment, { source, {}, {}, {}, {} });
        emitIfChanged(order, moved);
    }
    m_client->retrieveCheckoutSession(
        order.sessionId, false, this, [this, order, source, next](Result<CheckoutSession, StripeError> result) {
            if (!result) {
                qCWarning(lcPayment) << "recovering" << order.number << "failed:" << result.error().toString();
                next();
                return;
            }
            const CheckoutSession session = result.value();
            const Result<Order> after = commitSession(session, source);
            if (after && !isFinished(after->status))
                watch(order.id); // until it is final, as if it had just been created
            const bool pastExpiry = session.expiresAt > 0 && session.expiresAt <= Clock::system().nowSecs();
            if (session.isOpen() && after && after->status == OrderStatus::AwaitingPayment
                && after->cancelRequestedAt.isValid()) {
                // A cancel the process did not live to finish.
                expireAndSettle(after.value(), [next](Result<Order>) { next(); });
                return;
            }
            if (session.isOpen() && pastExpiry && after && after->status == OrderStatus::AwaitingPayment) {
                const QString key = keyFor(order, QStringLiteral("expire_session"));
                m_client->expireCheckoutSession(
                    session.id, key, this, [this, source, next](Result<CheckoutSession, StripeError> expired) {
                        if (expired)
                            (void)commitSession(expired.value(), source);
                        next();
                    });
                return;
            }
            next();
        });
    return true;
}

void PaymentCoordinator::sweepEvents(QObject *context, std::function<void(Status)> done)
{
    auto finish = boundTo(context, this, std::move(done));
    if (m_sweeping) {
        finish({}); // the sweep running now covers this request
        return;
    }
    const Result<QString> stored = m_store->value(kCursorKey);
    if (!stored) {
        finish(stored.error());
        return;
    }
    const qint64 cursor = stored->toLongLong();
    EventListParams params;
    params.types = sweptEventTypes();
    params.limit = 100;
    if (cursor > 0)
        params.createdGt = cursor - kCursorOverlapSecs;
    m_sweeping = true;
    m_client->listAllEvents(params, this, [this, cursor, finish](Result<QList<StripeEvent>, StripeError> result) {
        m_sweeping = false;
        if (!result) {
            finish(toError(result.error()));
            return;
        }
        qint64 maxCreated = cursor;
        const QList<StripeEvent> &events = result.value();
        // Stripe lists newest first; apply in the order things happened.
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            const StripeEvent &event = *it;
            if (m_store->hasEvent(event.id)) {
                maxCreated = qMax(maxCreated, event.created);
                continue;
            }
            const auto applied = applyEvent(event, event.raw, QStringLiteral("sweep"));
            if (!applied) {
                // Keep the cursor before this event so the next sweep tries it again.
                (void)m_store->setValue(kCursorKey, QString::number(maxCreated));
                finish(applied.error());
                return;
            }
            maxCreated = qMax(maxCreated, event.created);
        }
        finish(m_store->setValue(kCursorKey, QString::number(maxCreated)));
    });
}

} // namespace Kiosk
