// SPDX-License-Identifier: MIT
#pragma once

#include "Product.h"

#include <QStringList>

namespace Kiosk {

/**
 * The options chosen for one basket line, checked against its product. Built only by choose(),
 * so a selection always satisfies every group's minimum and maximum; its choices are in the
 * catalog's order whatever order they were given in, so two equal choices compare equal and
 * merge into one basket line. A plain value; the unit price is the product's price plus the
 * chosen options' price deltas.
 */
class OptionSelection final
{
public:
    struct Choice
    {
        QString groupId;
        QString groupName;
        QString optionId;
        QString optionName;
        Money priceDelta;
    };

    /** Nothing chosen, for a product without option groups. */
    OptionSelection() = default;

    /** Checks the option ids against the product's groups. Errors (code "invalid_options", the
     *  message names the product and the group): an id the product does not offer, an id given
     *  twice, a group with fewer choices than its minimum or more than its maximum; and
     *  "amount_too_large" when the unit price would exceed what Stripe can charge. */
    static Result<OptionSelection> choose(const Product &product, const QStringList &optionIds);

    [[nodiscard]] const QList<Choice> &choices() const { return m_choices; }
    [[nodiscard]] bool isEmpty() const { return m_choices.isEmpty(); }
    /** The chosen option ids in catalog order. */
    [[nodiscard]] QStringList optionIds() const;
    /** The product's price plus every chosen option's delta. */
    [[nodiscard]] const Money &unitPrice() const { return m_unitPrice; }
    /** The sum of the chosen options' deltas (zero when nothing is chosen). */
    [[nodiscard]] Money deltaTotal() const;
    /** "Large, Oat milk": the chosen option names in catalog order; empty when none. */
    [[nodiscard]] QString summary() const;
    /** "Caffe Latte (Large, Oat milk)", or just the product name when nothing is chosen: the
     *  name the order line, the receipt and Stripe's line item carry. */
    [[nodiscard]] QString lineName(const QString &productName) const;
    /** [{"group":"size","option":"large","name":"Large","price_delta":40}, …] in catalog order,
     *  deltas in minor units; empty when nothing is chosen. What the order line keeps. */
    [[nodiscard]] QString toJson() const;

    friend bool operator==(const OptionSelection &a, const OptionSelection &b)
    {
        return a.optionIds() == b.optionIds();
    }

private:
    QList<Choice> m_choices;
    Money m_unitPrice;
};

} // namespace Kiosk
