// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"

#include <QColor>

namespace Kiosk::Ui {

/** How an order status looks in lists: a text color readable on a light background. */
class OrderStatusStyle final
{
public:
    static QColor color(Kiosk::OrderStatus status);
};

} // namespace Kiosk::Ui
