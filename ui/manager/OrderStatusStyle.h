// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"

#include <QColor>

class QLabel;

namespace Kiosk::Ui {

/** How an order status looks in lists: a text color readable on a light background. */
class OrderStatusStyle final
{
public:
    static QColor color(Kiosk::OrderStatus status);
    /** Shows a message in a label, as an error (kind="error", red) or as information. */
    static void showMessage(QLabel *label, const QString &text, bool error);
};

} // namespace Kiosk::Ui
