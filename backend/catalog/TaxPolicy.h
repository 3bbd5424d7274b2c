// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"
#include "TaxRate.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * The shop's tax: one rate per tax category ("standard" 19 %, "reduced" 7 %) and whether shelf
 * prices include it (EU) or tax is added at the till (US). Products name their category
 * (Product::taxCategory, default kDefaultCategory). Without rates the shop charges no tax. Comes
 * from the catalog's "tax" object or from the settings (`tax/…`, KioskBackend applies them over
 * the catalog's). Value type.
 */
struct TaxPolicy
{
    static constexpr int kMaxRates = 20;
    static constexpr int kMaxCategoryLength = 40;
    static constexpr int kMaxDisplayNameLength = 50; ///< Stripe's limit for display_name
    /** The category of a product that names none. */
    static QString defaultCategory() { return QStringLiteral("standard"); }

    bool pricesIncludeTax = true;
    /** What the buyer reads beside the percentage ("VAT", "MwSt."): Stripe's display_name. */
    QString displayName = QStringLiteral("VAT");
    QMap<QString, Percentage> rates; ///< by category

    [[nodiscard]] bool isEmpty() const { return rates.isEmpty(); }
    /** The rate of a category as the pricing rule takes it; nullopt when the shop charges no tax
     *  or the category has no rate (Catalog refuses such a product when there are rates). Its id
     *  is rateId(): changing a rate gives a new id. */
    [[nodiscard]] std::optional<TaxRate> rateFor(const QString &category) const;
    /** "standard 19% inclusive": what identifies a rate for the breakdowns, the order lines and
     *  the Stripe TaxRate made for it. */
    static QString rateId(const QString &category, Percentage percentage, bool inclusive);
    /** Letters, digits, '-', '_', at most kMaxCategoryLength. */
    static bool isValidCategory(const QString &category);
    /** Checks a policy built by hand or from settings: categories, the display name (1 to 50
     *  characters), at most kMaxRates. "invalid_tax" naming the problem. */
    [[nodiscard]] Status validate() const;
    /** "standard=19, reduced=7": the rates as an operator types them on a command line (the
     *  server's --tax-rates). Percentages as text (Percentage::parse), never through a double.
     *  "invalid_tax" naming the bad pair: no '=', a bad category or percentage, a category twice,
     *  none at all, more than kMaxRates, or longer than kMaxRatesTextLength. */
    static Result<QMap<QString, Percentage>> parseRates(const QString &text);
    static constexpr int kMaxRatesTextLength = 2000;
};

} // namespace Kiosk
