// SPDX-License-Identifier: MIT
#include "OrderChangeListener.h"

#include "Database.h"
#include "Log.h"
#include "SqlDialect.h"

#include <QSqlDriver>

namespace Kiosk {

OrderChangeListener::OrderChangeListener(QObject *parent)
    : QObject(parent)
{ }

OrderChangeListener::~OrderChangeListener()
{
    if (m_connection && !m_channel.isEmpty())
        m_connection->connection().driver()->unsubscribeFromNotification(m_channel);
}

Result<std::unique_ptr<OrderChangeListener>> OrderChangeListener::listen(const Database &database, QObject *parent)
{
    std::unique_ptr<OrderChangeListener> listener(new OrderChangeListener(parent));
    const QString channel = database.dialect().changeChannel();
    if (channel.isEmpty())
        return listener;
    auto connection = Database::open(database.reopenLocation());
    if (!connection)
        return connection.error();
    listener->m_connection = std::move(connection).value();
    QSqlDriver *driver = listener->m_connection->connection().driver();
    OrderChangeListener *self = listener.get();
    connect(driver, &QSqlDriver::notification, self,
        [self, channel](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name != channel)
                return;
            bool ok = false;
            const qint64 cursor = payload.toString().toLongLong(&ok);
            Q_EMIT self->changed(ok ? cursor : 0);
        });
    if (!driver->subscribeToNotification(channel))
        return makeError(QStringLiteral("cannot_listen"),
            QStringLiteral("Could not listen for order changes of the other servers on %1.").arg(database.location()));
    listener->m_channel = channel;
    qCDebug(lcStore) << "listening for order changes on" << channel;
    return listener;
}

bool OrderChangeListener::isListening() const
{
    return !m_channel.isEmpty();
}

} // namespace Kiosk
