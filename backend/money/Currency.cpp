// SPDX-License-Identifier: MIT
#include "Currency.h"

#include <iterator>

namespace Kiosk {

namespace {

struct CurrencyRow
{
    const char16_t *code;
    int exponent;
    qint64 step;
    qint64 minimum; // minor units; 0 where Stripe publishes no fixed minimum for the currency
    const char16_t *symbol;
};

// Stripe's rules (docs "Supported currencies" and "Minimum and maximum charge amounts").
// Currencies that Stripe lists without a fixed minimum (the minimum is the equivalent of
// USD 0.50 in the settlement currency, which depends on the account) carry 0 here: any
// positive amount that respects the step is accepted locally and Stripe has the last word.
// clang-format off
constexpr CurrencyRow kTable[] = {
    // Two-decimal currencies.
    {u"USD", 2, 1, 50, u"$"},
    {u"EUR", 2, 1, 50, u"\u20AC"},
    {u"GBP", 2, 1, 30, u"\u00A3"},
    {u"CAD", 2, 1, 50, u"CA$"},
    {u"AUD", 2, 1, 50, u"A$"},
    {u"CHF", 2, 1, 50, u"CHF"},
    {u"DKK", 2, 1, 250, u"DKK"},
    {u"HKD", 2, 1, 400, u"HK$"},
    {u"NOK", 2, 1, 300, u"NOK"},
    {u"SEK", 2, 1, 300, u"SEK"},
    {u"MXN", 2, 1, 1000, u"MX$"},
    {u"NZD", 2, 1, 50, u"NZ$"},
    {u"SGD", 2, 1, 50, u"SGD"},
    {u"PLN", 2, 1, 200, u"PLN"},
    {u"CZK", 2, 1, 1500, u"CZK"},
    {u"INR", 2, 1, 50, u"\u20B9"},
    {u"BRL", 2, 1, 50, u"R$"},
    {u"AED", 2, 1, 200, u"AED"},
    {u"BGN", 2, 1, 100, u"BGN"},
    {u"HUF", 2, 1, 17500, u"HUF"},
    {u"MYR", 2, 1, 200, u"MYR"},
    {u"RON", 2, 1, 200, u"RON"},
    {u"THB", 2, 1, 1000, u"THB"},
    {u"ZAR", 2, 1, 0, u"ZAR"},
    {u"ILS", 2, 1, 0, u"\u20AA"},
    {u"TRY", 2, 1, 0, u"TRY"},
    {u"PHP", 2, 1, 0, u"\u20B1"},
    {u"TWD", 2, 1, 0, u"NT$"},
    {u"CNY", 2, 1, 0, u"CN\u00A5"},
    {u"IDR", 2, 1, 0, u"IDR"},
    {u"SAR", 2, 1, 0, u"SAR"},
    {u"QAR", 2, 1, 0, u"QAR"},
    {u"EGP", 2, 1, 0, u"EGP"},
    {u"MAD", 2, 1, 0, u"MAD"},
    // ISK: two decimals in the API, but amounts must be whole krónur (divisible by 100).
    {u"ISK", 2, 100, 0, u"ISK"},
    // Zero-decimal currencies: the amount is in major units (JPY 500 is 500).
    {u"BIF", 0, 1, 0, u"BIF"},
    {u"CLP", 0, 1, 0, u"CLP"},
    {u"DJF", 0, 1, 0, u"DJF"},
    {u"GNF", 0, 1, 0, u"GNF"},
    {u"JPY", 0, 1, 50, u"\u00A5"},
    {u"KMF", 0, 1, 0, u"KMF"},
    {u"KRW", 0, 1, 0, u"\u20A9"},
    {u"MGA", 0, 1, 0, u"MGA"},
    {u"PYG", 0, 1, 0, u"PYG"},
    {u"RWF", 0, 1, 0, u"RWF"},
    {u"UGX", 0, 1, 0, u"UGX"},
    {u"VND", 0, 1, 0, u"\u20AB"},
    {u"VUV", 0, 1, 0, u"VUV"},
    {u"XAF", 0, 1, 0, u"FCFA"},
    {u"XOF", 0, 1, 0, u"F\u202FCFA"},
    {u"XPF", 0, 1, 0, u"CFPF"},
    // Three-decimal currencies: Stripe wants the last digit 0 (multiples of 10 thousandths).
    {u"BHD", 3, 10, 0, u"BHD"},
    {u"JOD", 3, 10, 0, u"JOD"},
    {u"KWD", 3, 10, 0, u"KWD"},
    {u"OMR", 3, 10, 0, u"OMR"},
    {u"TND", 3, 10, 0, u"TND"},
};
// clang-format on

QList<Currency> buildTable()
{
    QList<Currency> list;
    list.reserve(qsizetype(std::size(kTable)));
    auto add = [&list](const CurrencyRow &row) {
        Currency c;
        c.code = QString::fromUtf16(row.code);
        c.exponent = row.exponent;
        c.amountStep = row.step;
        c.minimumCharge = row.minimum;
        c.symbol = QString::fromUtf16(row.symbol);
        list.append(c);
    };
    for (const CurrencyRow &row : kTable)
        add(row);
    return list;
}

} // namespace

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < exponent; ++i)
        factor *= 10;
    return factor;
}

const QList<Currency> &Currency::all()
{
    static const QList<Currency> table = buildTable();
    return table;
}

Result<Currency> Currency::fromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const Currency &c : all()) {
        if (trimmed.compare(c.code, Qt::CaseInsensitive) == 0)
            return c;
    }
    if (trimmed.isEmpty())
        return makeError(QStringLiteral("unknown_currency"), QStringLiteral("No currency given"));
    return makeError(QStringLiteral("unknown_currency"),
        QStringLiteral("Unknown or unsupported currency \"%1\"").arg(trimmed.left(16).toString()));
}

} // namespace Kiosk
