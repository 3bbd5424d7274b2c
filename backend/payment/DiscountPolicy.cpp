// SPDX-License-Identifier: MIT
#include "DiscountPolicy.h"

#include "MinorUnitMath.h"
#include "Money.h"

namespace Kiosk {

namespace {

Error invalid(const QString &message)
{
    return makeError(QStringLiteral("invalid_discount"), message);
}

} // namespace

Result<DiscountPolicy::Checked> DiscountPolicy::check(
    const CheckoutDiscount &requested, const Currency &currency, qint64 subtotal, const Policy &policy)
{
    if (requested.isEmpty())
        return Checked {};
    if (!policy.enabled)
        return makeError(QStringLiteral("discount_disabled"), QStringLiteral("Discounts are turned off at this shop."));
    if (!requested.percentOff.isEmpty() && requested.amountOff)
        return invalid(QStringLiteral("Give a discount as a percentage or as an amount, not both."));
    Checked out;
    if (!requested.percentOff.isEmpty()) {
        const Result<Percentage> percent = Percentage::parse(requested.percentOff, Percentage::Use::PercentOff);
        if (!percent)
            return invalid(percent.error().message);
        out.discount = BasketDiscount::percent(percent.value());
        out.needsManager = percent->scaled() > policy.maxWithoutPin;
        return out;
    }
    const qint64 amount = *requested.amountOff;
    if (amount <= 0)
        return invalid(QStringLiteral("A discount amount must be more than 0 (got %1).").arg(amount));
    if (amount > subtotal)
        return invalid(QStringLiteral("The discount of %1 %3 is more than the basket's %2 %3.")
                           .arg(Money(amount, currency).toDecimalString(), Money(subtotal, currency).toDecimalString(),
                               currency.code));
    if (amount % currency.amountStep != 0)
        return invalid(QStringLiteral("A discount in %1 must be a multiple of %2 minor units (got %3).")
                           .arg(currency.code)
                           .arg(currency.amountStep)
                           .arg(amount));
    out.discount = BasketDiscount::amount(amount);
    // amount / subtotal > max / (100 * 10^4), compared without division (128-bit: no overflow).
    using MinorUnitMath::Wide;
    out.needsManager = Wide(amount) * Percentage::kHundred > Wide(policy.maxWithoutPin) * subtotal;
    return out;
}

Status DiscountPolicy::authorise(const Checked &checked, Pin pin)
{
    if (!checked.needsManager)
        return {};
    switch (pin) {
    case Pin::Ok:
        return {};
    case Pin::NotGiven:
        return makeError(
            QStringLiteral("discount_needs_manager"), QStringLiteral("A discount this large needs the manager's PIN."));
    case Pin::Wrong:
        return makeError(QStringLiteral("wrong_pin"), QStringLiteral("Wrong manager PIN; the discount was not given."));
    case Pin::LockedOut:
        break;
    }
    return makeError(QStringLiteral("pin_locked"),
        QStringLiteral("Too many wrong PINs: the manager PIN is locked; the discount was not given."));
}

} // namespace Kiosk
