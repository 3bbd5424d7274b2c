// SPDX-License-Identifier: MIT
#include "OrderStatusStyle.h"

#include "Theme.h"

#include <QApplication>
#include <QLabel>

namespace Kiosk::Ui {

QString OrderStatusStyle::displayName(Kiosk::OrderStatus status)
{
    switch (status) {
    case Kiosk::OrderStatus::Draft:
        return tr("Draft", "order status");
    case Kiosk::OrderStatus::AwaitingPayment:
        return tr("Awaiting payment", "order status");
    case Kiosk::OrderStatus::Processing:
        return tr("Processing", "order status");
    case Kiosk::OrderStatus::Paid:
        return tr("Paid", "order status");
    case Kiosk::OrderStatus::Cancelled:
        return tr("Cancelled", "order status");
    case Kiosk::OrderStatus::Expired:
        return tr("Expired", "order status");
    case Kiosk::OrderStatus::Failed:
        return tr("Failed", "order status");
    case Kiosk::OrderStatus::NeedsReview:
        return tr("Needs review", "order status");
    case Kiosk::OrderStatus::PartiallyRefunded:
        return tr("Partially refunded", "order status");
    case Kiosk::OrderStatus::Refunded:
        return tr("Refunded", "order status");
    }
    return Kiosk::displayName(status);
}

QColor OrderStatusStyle::color(Kiosk::OrderStatus status)
{
    // Darker shades so every color keeps at least 4.5:1 contrast on white (WCAG AA).
    switch (status) {
    case Kiosk::OrderStatus::Paid:
        return QColor(0x1b, 0x6e, 0x2e);
    case Kiosk::OrderStatus::Failed:
    case Kiosk::OrderStatus::NeedsReview:
        return QColor(0xb0, 0x1c, 0x1c);
    case Kiosk::OrderStatus::AwaitingPayment:
    case Kiosk::OrderStatus::Processing:
        return QColor(0x8a, 0x55, 0x00);
    case Kiosk::OrderStatus::Cancelled:
    case Kiosk::OrderStatus::Expired:
    case Kiosk::OrderStatus::Draft:
    case Kiosk::OrderStatus::PartiallyRefunded:
    case Kiosk::OrderStatus::Refunded:
        return QColor(0x55, 0x5b, 0x66);
    }
    return QColor(0x20, 0x20, 0x20);
}

void OrderStatusStyle::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    // kind="error" is what the kiosk style sheet colors; the palette is the fallback without it.
    label->setProperty("kind", error ? QStringLiteral("error") : QStringLiteral("info"));
    QPalette pal = label->palette();
    const QPalette normal = label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette(label);
    pal.setColor(QPalette::WindowText, error ? color(Kiosk::OrderStatus::Failed) : normal.color(QPalette::WindowText));
    label->setPalette(pal);
    Theme::repolish(label);
}

} // namespace Kiosk::Ui
