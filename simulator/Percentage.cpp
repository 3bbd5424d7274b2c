// SPDX-License-Identifier: MIT
#include "Percentage.h"

namespace Kiosk::Sim {

std::optional<qint64> Percentage::parse(const std::string &text)
{
    // Digits, an optional point and at most four decimals; the integer part at most three digits
    // (the value is capped at 100 below), so the scaled value cannot overflow.
    const size_t point = text.find('.');
    const std::string whole = text.substr(0, point);
    const std::string fraction = point == std::string::npos ? std::string() : text.substr(point + 1);
    const auto digits = [](const std::string &s) { return s.find_first_not_of("0123456789") == std::string::npos; };
    if (whole.empty() || whole.size() > 3 || !digits(whole) || !digits(fraction) || fraction.size() > 4
        || (point != std::string::npos && fraction.empty()))
        return std::nullopt;
    qint64 value = std::stoll(whole) * kScale;
    qint64 unit = kScale / 10;
    for (const char c : fraction) {
        value += (c - '0') * unit;
        unit /= 10;
    }
    if (value > kHundred)
        return std::nullopt;
    return value;
}

std::string Percentage::text(qint64 scaled)
{
    std::string out = std::to_string(scaled / kScale);
    qint64 rest = scaled % kScale;
    if (rest == 0)
        return out;
    std::string fraction = std::to_string(kScale + rest).substr(1); // four digits, leading zeros kept
    fraction.erase(fraction.find_last_not_of('0') + 1);
    return out + "." + fraction;
}

nlohmann::json Percentage::toJson(qint64 scaled)
{
    if (scaled % kScale == 0)
        return scaled / kScale;
    // JSON has only one number type; the decimal text is handed to the JSON writer as it is
    // (it prints the shortest form that reads back the same, i.e. this text).
    return nlohmann::json::parse(text(scaled));
}

} // namespace Kiosk::Sim
