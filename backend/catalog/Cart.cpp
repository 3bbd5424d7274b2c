// SPDX-License-Identifier: MIT
#include "Cart.h"

#include "BasketPricing.h"

#include <limits>

namespace Kiosk {

namespace {

Error quantityOutOfRange(int quantity)
{
    return makeError(QStringLiteral("quantity_out_of_range"),
        QStringLiteral("Quantity must be between 1 and %1 (got %2); use remove to take a product out")
            .arg(Cart::MaxQuantity)
            .arg(quantity));
}

Error notInCart(const QString &lineKey)
{
    // The key's separators are control characters; show only the product id.
    return makeError(QStringLiteral("not_in_cart"),
        QStringLiteral("Product \"%1\" is not in the basket").arg(lineKey.section(QChar(0x1f), 0, 0)));
}

} // namespace

Cart::Cart(const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{ }

QString Cart::lineKey(const QString &productId, const QStringList &optionIds)
{
    if (optionIds.isEmpty())
        return productId;
    return productId + QChar(0x1f) + optionIds.join(QChar(0x1f));
}

Status Cart::addProduct(const QString &productId, int quantity, const QStringList &optionIds)
{
    if (quantity < 1 || quantity > MaxQuantity)
        return quantityOutOfRange(quantity);
    const Product *product = m_catalog ? m_catalog->byId(productId) : nullptr;
    if (!product)
        return makeError(QStringLiteral("unknown_product"),
            QStringLiteral("There is no product \"%1\" in the catalog").arg(productId));
    if (!product->active)
        return makeError(
            QStringLiteral("inactive"), QStringLiteral("\"%1\" is not on sale at the moment").arg(product->name));
    Result<OptionSelection> options = OptionSelection::choose(*product, optionIds);
    if (!options)
        return options.error();
    const QString key = lineKey(productId, options->optionIds());

    qsizetype index = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).key == key) {
            index = i;
            break;
        }
    }
    const int existing = index >= 0 ? m_lines.at(index).quantity : 0;
    if (index < 0 && m_lines.size() >= MaxLines)
        return makeError(QStringLiteral("too_many_lines"),
            QStringLiteral("A basket holds at most %1 different products; pay for this one first").arg(MaxLines));
    const int newQuantity = existing + quantity;
    const QString name = options->lineName(product->name);
    if (newQuantity > MaxQuantity)
        return makeError(QStringLiteral("quantity_out_of_range"),
            QStringLiteral("At most %1 of \"%2\" fit in one basket (it already holds %3)")
                .arg(MaxQuantity)
                .arg(name)
                .arg(existing));
    Result<Money> lineTotal = options->unitPrice().times(newQuantity);
    if (!lineTotal)
        return makeError(QStringLiteral("amount_too_large"), QStringLiteral("The basket total is too large"));

    if (index >= 0) {
        Line &line = m_lines[index];
        line.quantity = newQuantity;
        line.lineTotal = lineTotal.value();
    } else {
        const Money unitPrice = options->unitPrice();
        m_lines.append(Line { *product, std::move(options).value(), newQuantity, unitPrice, lineTotal.value(), key });
    }
    Q_EMIT changed();
    return {};
}

Status Cart::addByBarcode(const QString &barcode)
{
    const Product *product = m_catalog ? m_catalog->byBarcode(barcode) : nullptr;
    if (!product)
        return makeError(
            QStringLiteral("unknown_product"), QStringLiteral("No product has the barcode %1").arg(barcode.trimmed()));
    return addProduct(product->id, 1);
}

Status Cart::setQuantity(const QString &lineKey, int quantity)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).key == lineKey) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return notInCart(lineKey);
    if (quantity < 1 || quantity > MaxQuantity)
        return quantityOutOfRange(quantity);
    Line &line = m_lines[index];
    if (line.quantity == quantity)
        return {}; // nothing changed, so no changed() either
    Result<Money> lineTotal = line.unitPrice.times(quantity);
    if (!lineTotal)
        return makeError(QStringLiteral("amount_too_large"), QStringLiteral("The basket total is too large"));
    line.quantity = quantity;
    line.lineTotal = lineTotal.value();
    Q_EMIT changed();
    return {};
}

Status Cart::remove(const QString &lineKey)
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).key == lineKey) {
            m_lines.removeAt(i);
            Q_EMIT changed();
            return {};
        }
    }
    return notInCart(lineKey);
}

void Cart::clear()
{
    if (m_lines.isEmpty() && m_discount.kind == BasketDiscount::Kind::None)
        return;
    m_lines.clear();
    m_discount = BasketDiscount::none();
    Q_EMIT changed();
}

void Cart::setDiscount(const BasketDiscount &discount)
{
    if (discount.kind == m_discount.kind && discount.percentOff == m_discount.percentOff
        && discount.amountOff == m_discount.amountOff)
        return;
    m_discount = discount;
    Q_EMIT changed();
}

int Cart::itemCount() const
{
    int count = 0;
    for (const Line &line : m_lines)
        count += line.quantity; // at most 100 × 999, far from overflowing
    return count;
}

Result<PricedBasket> Cart::priced() const
{
    if (!m_catalog)
        return makeError(QStringLiteral("empty_cart"), QStringLiteral("The basket is empty; add a product first"));
    QList<BasketPricing::Line> lines;
    lines.reserve(m_lines.size());
    for (const Line &line : m_lines)
        lines.append({ &line.product, line.unitPrice.minorUnits(), line.quantity });
    return BasketPricing::price(*m_catalog, lines, m_discount);
}

Money Cart::total() const
{
    if (m_lines.isEmpty())
        return Money(0, currency());
    // 100 lines × 999 × the largest price fits easily in qint64 even with tax added, and every
    // line total was computed with overflow checks; an error still shows as "too large".
    const Result<PricedBasket> basket = priced();
    if (!basket)
        return Money(std::numeric_limits<qint64>::max(), currency());
    return Money(basket->amountTotal, currency());
}

const Currency &Cart::currency() const
{
    static const Currency none;
    return m_catalog ? m_catalog->currency() : none;
}

Status Cart::validateForCheckout() const
{
    if (m_lines.isEmpty())
        return makeError(QStringLiteral("empty_cart"), QStringLiteral("The basket is empty; add a product first"));
    return total().validateCharge();
}

} // namespace Kiosk
