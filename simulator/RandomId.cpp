// SPDX-License-Identifier: MIT
#include "RandomId.h"

#include <QRandomGenerator>

namespace Kiosk::Sim {

std::string RandomId::token(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string out;
    out.reserve(size_t(length));
    for (int i = 0; i < length; ++i)
        out.push_back(alphabet[QRandomGenerator::global()->bounded(62)]);
    return out;
}

} // namespace Kiosk::Sim
