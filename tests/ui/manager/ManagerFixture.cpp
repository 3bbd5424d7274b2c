// SPDX-License-Identifier: MIT
#include "ManagerFixture.h"

#include <QtDebug>

namespace Kiosk::Test {

ManagerFixture::ManagerFixture()
{
    if (!m_dir.isValid())
        return;
    auto opened = Kiosk::OrderStore::openSqlite(m_dir.filePath(QStringLiteral("orders.sqlite")));
    if (opened.ok()) {
        m_store = std::move(opened).value();
        m_settings = std::make_unique<Kiosk::SettingsStore>(m_store->database());
    } else {
        qWarning() << "cannot open store:" << opened.error().toString();
    }
}

Kiosk::OrderStatus ManagerFixture::statusFor(int i)
{
    static const Kiosk::OrderStatus cycle[] = { Kiosk::OrderStatus::Paid, Kiosk::OrderStatus::Cancelled,
        Kiosk::OrderStatus::Expired, Kiosk::OrderStatus::Paid, Kiosk::OrderStatus::Failed };
    return cycle[i % 5];
}

QString ManagerFixture::currencyFor(int i)
{
    static const char *const codes[] = { "USD", "EUR", "JPY" };
    return QString::fromLatin1(codes[i % 3]);
}

qint64 ManagerFixture::amountFor(int i)
{
    return 1000 + i;
}

QString ManagerFixture::productFor(int i)
{
    static const char *const names[]
        = { "Espresso", "Bagel", "Croissant", "Green tea", "Muffin", "Oat latte", "Brownie" };
    return QString::fromLatin1(names[i % 7]);
}

QString ManagerFixture::numberFor(int i)
{
    return QStringLiteral("H1-%1").arg(i, 6, 10, QLatin1Char('0'));
}

bool ManagerFixture::importHistory(int count)
{
    QList<Kiosk::Order> orders;
    orders.reserve(count);
    for (int i = 0; i < count; ++i) {
        Kiosk::Order o;
        o.number = numberFor(i);
        o.createdAt = start().addSecs(60LL * i);
        o.status = statusFor(i);
        o.currency = currencyFor(i);
        Kiosk::OrderLine line;
        line.productId = QStringLiteral("p%1").arg(i % 7);
        line.sku = QStringLiteral("SKU-%1").arg(i % 7);
        line.name = productFor(i);
        line.quantity = 1;
        line.unitAmount = amountFor(i);
        line.lineTotal = amountFor(i);
        o.lines = { line };
        o.amountSubtotal = amountFor(i);
        o.amountTotal = amountFor(i);
        o.customerEmail = QStringLiteral("customer%1@example.com").arg(i);
        o.kioskId = QStringLiteral("H1");
        if (o.status == Kiosk::OrderStatus::Paid)
            o.paidAt = o.createdAt.addSecs(30);
        orders.append(o);
    }
    const auto imported = m_store->importOrders(orders);
    if (!imported.ok())
        qWarning() << "import failed:" << imported.error().toString();
    return imported.ok();
}

} // namespace Kiosk::Test
