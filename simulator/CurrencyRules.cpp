// SPDX-License-Identifier: MIT
#include "CurrencyRules.h"

#include <cstring>

namespace Kiosk::Sim {

namespace {

using Rule = CurrencyRules::Rule;

constexpr Rule kRules[] = {
    // Minimums named by the reference.
    { "usd", 2, 1, 50, "$" },
    { "eur", 2, 1, 50, "\u20AC" },
    { "cad", 2, 1, 50, "CA$" },
    { "aud", 2, 1, 50, "A$" },
    { "chf", 2, 1, 50, "" },
    { "gbp", 2, 1, 30, "\u00A3" },
    { "jpy", 0, 1, 50, "\u00A5" },
    { "dkk", 2, 1, 250, "" },
    { "hkd", 2, 1, 400, "HK$" },
    { "nok", 2, 1, 300, "" },
    { "sek", 2, 1, 300, "" },
    { "mxn", 2, 1, 1000, "MX$" },
    // Stripe's minimum-charge table for the other currencies it lists.
    { "nzd", 2, 1, 50, "NZ$" },
    { "sgd", 2, 1, 50, "" },
    { "inr", 2, 1, 50, "\u20B9" },
    { "brl", 2, 1, 50, "R$" },
    { "pln", 2, 1, 200, "" },
    { "czk", 2, 1, 1500, "" },
    { "aed", 2, 1, 200, "" },
    { "bgn", 2, 1, 100, "" },
    { "huf", 2, 1, 17500, "" },
    { "myr", 2, 1, 200, "" },
    { "ron", 2, 1, 200, "" },
    { "thb", 2, 1, 1000, "" },
    // Two-decimal, no minimum documented.
    { "zar", 2, 1, 0, "" },
    { "ils", 2, 1, 0, "\u20AA" },
    { "try", 2, 1, 0, "" },
    { "php", 2, 1, 0, "\u20B1" },
    { "twd", 2, 1, 0, "NT$" },
    { "cny", 2, 1, 0, "CN\u00A5" },
    { "idr", 2, 1, 0, "" },
    { "sar", 2, 1, 0, "" },
    { "qar", 2, 1, 0, "" },
    { "egp", 2, 1, 0, "" },
    { "mad", 2, 1, 0, "" },
    // Two-decimal in the API, whole krónur only.
    { "isk", 2, 100, 0, "" },
    // Zero-decimal.
    { "bif", 0, 1, 0, "" },
    { "clp", 0, 1, 0, "" },
    { "djf", 0, 1, 0, "" },
    { "gnf", 0, 1, 0, "" },
    { "kmf", 0, 1, 0, "" },
    { "krw", 0, 1, 0, "\u20A9" },
    { "mga", 0, 1, 0, "" },
    { "pyg", 0, 1, 0, "" },
    { "rwf", 0, 1, 0, "" },
    { "ugx", 0, 1, 0, "" },
    { "vnd", 0, 1, 0, "\u20AB" },
    { "vuv", 0, 1, 0, "" },
    { "xaf", 0, 1, 0, "" },
    { "xof", 0, 1, 0, "" },
    { "xpf", 0, 1, 0, "" },
    // Three-decimal, last digit 0.
    { "bhd", 3, 10, 0, "" },
    { "jod", 3, 10, 0, "" },
    { "kwd", 3, 10, 0, "" },
    { "omr", 3, 10, 0, "" },
    { "tnd", 3, 10, 0, "" },
};

qint64 perMajor(const Rule &rule)
{
    qint64 n = 1;
    for (int i = 0; i < rule.exponent; ++i)
        n *= 10;
    return n;
}

/** "28.00" in `locale`'s digits, from integers only. */
QString number(qint64 amount, const Rule &rule, const QLocale &locale)
{
    const quint64 magnitude = amount < 0 ? quint64(0) - quint64(amount) : quint64(amount);
    const quint64 unit = quint64(perMajor(rule));
    QString text = locale.toString(magnitude / unit);
    if (rule.exponent > 0) {
        QString fraction = QString::number(magnitude % unit).rightJustified(rule.exponent, QLatin1Char('0'));
        for (QChar &c : fraction)
            c = locale.toString(c.digitValue()).at(0);
        text += locale.decimalPoint() + fraction;
    }
    return text;
}

} // namespace

const Rule *CurrencyRules::find(const std::string &code)
{
    for (const Rule &rule : kRules) {
        if (code == rule.code)
            return &rule;
    }
    return nullptr;
}

std::vector<std::string> CurrencyRules::codes()
{
    std::vector<std::string> all;
    for (const Rule &rule : kRules)
        all.emplace_back(rule.code);
    return all;
}

std::optional<ApiError> CurrencyRules::checkCharge(qint64 amount, const Rule &rule, const std::string &param)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const qint64 least = std::max({ rule.minimum, rule.step, qint64(1) });
    if (amount < least)
        return ApiError::invalid(
            "Amount must be at least " + format(least, rule, english).toStdString() + " " + rule.code, param,
            "amount_too_small");
    if (amount > kMaximumCharge)
        return ApiError::invalid(
            "Amount must be no more than " + format(kMaximumCharge, rule, english).toStdString() + " " + rule.code,
            param, "amount_too_large");
    if (amount % rule.step != 0) {
        const QLocale plain = QLocale::c();
        return ApiError::invalid(number(amount, rule, plain).toStdString() + " is not a valid "
                + QString::fromLatin1(rule.code).toUpper().toStdString() + " amount: it must be a multiple of "
                + number(rule.step, rule, plain).toStdString(),
            param, "invalid_amount");
    }
    return std::nullopt;
}

QString CurrencyRules::format(qint64 amount, const Rule &rule, const QLocale &locale)
{
    const QString code = QString::fromLatin1(rule.code).toUpper();
    QString symbol = std::strlen(rule.symbol) > 0 ? QString::fromUtf8(rule.symbol) : code;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    // The locale's own pattern (where the symbol goes, spacing), filled with integer-built digits.
    const QString marker = locale.toString(qlonglong(7));
    QString pattern = locale.toCurrencyString(qlonglong(amount < 0 ? -7 : 7), symbol);
    const qsizetype at = pattern.lastIndexOf(marker);
    if (at < 0)
        return symbol + QChar(0x00A0) + number(amount, rule, locale);
    pattern.replace(at, marker.size(), number(amount, rule, locale));
    // A word-like symbol reads better apart from the digits ("CHF 5.00", not "CHF5.00").
    if (at > 0 && pattern.at(at - 1).isLetter())
        pattern.insert(at, QChar(0x00A0));
    return pattern;
}

} // namespace Kiosk::Sim
