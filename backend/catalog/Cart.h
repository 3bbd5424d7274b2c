// SPDX-License-Identifier: MIT
#pragma once

#include "BasketDiscount.h"
#include "Catalog.h"
#include "PricedBasket.h"

#include <QObject>

namespace Kiosk {

/**
 * The basket being built at the counter. Lines refer to catalog products and their chosen options
 * (prices always from the catalog); quantity 1–999 per line; at most 100 lines (Stripe's limit); one currency. Totals
 * are integer arithmetic with overflow checks. Emits changed() after every mutation so a view can follow. Lives in one
 * thread; the catalog must outlive the cart.
 */
class Cart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cart)

public:
    static constexpr int MaxLines = 100;
    static constexpr int MaxQuantity = 999;

    struct Line
    {
        Product product;
        OptionSelection options; ///< what was chosen; part of what makes the line
        int quantity = 0;
        Money unitPrice; ///< the product's price plus the chosen options' deltas
        Money lineTotal;
        QString key; ///< lineKey(): what setQuantity() and remove() take

        /** "Caffe Latte (Large, Oat milk)". */
        [[nodiscard]] QString name() const { return options.lineName(product.name); }
    };

    /** Names a line: the product id alone when no option is chosen, otherwise the id and the
     *  option ids in catalog order (ids cannot hold the separator, a control character). Two
     *  lattes with different milk are two lines; with the same options, one. */
    static QString lineKey(const QString &productId, const QStringList &optionIds);

    explicit Cart(const Catalog *catalog, QObject *parent = nullptr);

    /** Adds quantity of a product with the chosen options (merging into the line with the same
     *  product and options). Errors: unknown_product, inactive, invalid_options (see
     *  OptionSelection::choose(); a product with a required group cannot be added without it),
     *  too_many_lines, quantity_out_of_range, amount_too_large. A failed call changes nothing
     *  and emits nothing; every other mutator below behaves the same way. */
    Status addProduct(const QString &productId, int quantity = 1, const QStringList &optionIds = {});
    Status addByBarcode(const QString &barcode);
    /** 1–999; 0 is quantity_out_of_range (use remove). Errors: not_in_cart,
     *  quantity_out_of_range. Setting the current quantity succeeds without changed(). */
    Status setQuantity(const QString &lineKey, int quantity);
    /** Error: not_in_cart. */
    Status remove(const QString &lineKey);
    /** Empties the basket and drops its discount; emits changed() only if it held something. */
    void clear();
    /** The basket's one discount (percent or amount, BasketDiscount::none() to remove it),
     *  priced by priced() and total(). The backend decides whether it may be given
     *  (DiscountPolicy); the cart only shows it. Emits changed() when it differs. */
    void setDiscount(const BasketDiscount &discount);
    [[nodiscard]] const BasketDiscount &discount() const { return m_discount; }

    [[nodiscard]] const QList<Line> &lines() const { return m_lines; }
    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty(); }
    [[nodiscard]] int itemCount() const;
    /** What the customer pays: the lines with the shop's tax (BasketPricing), tax added on
     *  top when prices exclude it. */
    [[nodiscard]] Money total() const;
    /** The basket as the pricing rule prices it, with its discount: net, tax per rate and gross
     *  ("empty_basket" when empty). */
    [[nodiscard]] Result<PricedBasket> priced() const;
    [[nodiscard]] const Currency &currency() const;
    /** Whether the basket can be paid: not empty ("empty_cart") and the total passes
     *  Money::validateCharge() ("amount_too_small", "amount_too_large"). */
    [[nodiscard]] Status validateForCheckout() const;
    [[nodiscard]] const Catalog *catalog() const { return m_catalog; }

Q_SIGNALS:
    void changed();

private:
    const Catalog *m_catalog;
    QList<Line> m_lines;
    BasketDiscount m_discount;
};

} // namespace Kiosk
