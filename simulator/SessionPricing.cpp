// SPDX-License-Identifier: MIT
#include "SessionPricing.h"
#include "TaxRates.h"

#include <map>

using nlohmann::json;

namespace Kiosk::Sim {

Result<std::vector<PricingRule::Rate>, ApiError> SessionPricing::resolveRates(
    const json &item, const std::string &param, const TaxRates &taxRates)
{
    std::vector<PricingRule::Rate> rates;
    const auto it = item.find("tax_rates");
    if (it == item.end() || !it->is_array())
        return rates;
    if (it->size() > 5)
        return ApiError::invalid("You may only specify up to 5 tax rates per line item.", param + "[tax_rates]");
    for (size_t k = 0; k < it->size(); ++k) {
        const std::string where = param + "[tax_rates][" + std::to_string(k) + "]";
        const json &id = (*it)[k];
        if (!id.is_string() || id.get_ref<const std::string &>().empty())
            continue;
        const json *record = taxRates.find(id.get<std::string>());
        if (!record)
            return ApiError::noSuch("tax_rate", id.get<std::string>(), where, 400);
        const json &rate = (*record)["tax_rate"];
        if (!rate["active"].get<bool>())
            return ApiError::invalid("Tax rate " + id.get<std::string>()
                    + " is inactive. Inactive tax rates cannot be used with new Checkout Sessions.",
                where);
        for (const PricingRule::Rate &other : rates) {
            if (other.id == id.get<std::string>())
                return ApiError::invalid("Tax rate " + other.id + " is given twice on this line item.", where);
        }
        rates.push_back({ id.get<std::string>(), (*record)["percent"].get<qint64>(), rate["inclusive"].get<bool>() });
        if (rates.front().inclusive != rates.back().inclusive)
            return ApiError::invalid(
                "A line item cannot have both inclusive and exclusive tax rates (the simulator's pricing rule).",
                where);
    }
    return rates;
}

json SessionPricing::apply(const PricingRule::Totals &totals, const TaxRates &taxRates, const json &discount,
    qint64 shipping, json &session, json &items)
{
    // Per rate, in the order the rates first appear.
    std::vector<std::string> order;
    std::map<std::string, std::pair<qint64, qint64>> perRate; // amount, taxable amount
    for (size_t n = 0; n < totals.lines.size(); ++n) {
        const PricingRule::PricedLine &line = totals.lines[n];
        json &item = items[n];
        item["amount_subtotal"] = line.subtotal;
        item["amount_discount"] = line.discount;
        item["amount_tax"] = line.tax;
        item["amount_total"] = line.total;
        for (const PricingRule::LineTax &tax : line.taxes) {
            if (!perRate.count(tax.rateId))
                order.push_back(tax.rateId);
            auto &sum = perRate[tax.rateId];
            sum.first += tax.amount;
            sum.second += tax.taxableAmount;
        }
    }
    session["amount_subtotal"] = totals.subtotal;
    session["amount_total"] = totals.total + shipping;
    session["total_details"]["amount_discount"] = totals.discount;
    session["total_details"]["amount_tax"] = totals.tax;
    session["total_details"]["amount_shipping"] = shipping;

    json breakdown = { { "discounts", json::array() }, { "taxes", json::array() } };
    if (!discount.is_null())
        breakdown["discounts"].push_back(json { { "amount", totals.discount }, { "discount", discount } });
    for (const std::string &id : order) {
        breakdown["taxes"].push_back(
            json { { "amount", perRate[id].first }, { "rate", (*taxRates.find(id))["tax_rate"] },
                { "taxability_reason", nullptr }, { "taxable_amount", perRate[id].second } });
    }
    return breakdown;
}

} // namespace Kiosk::Sim
