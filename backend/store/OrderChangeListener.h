// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QObject>

#include <memory>

namespace Kiosk {

class Database;

/**
 * Hears the order changes other processes commit to the same PostgreSQL (several
 * checkout-kiosk-server replicas): a connection of its own LISTENs on the dialect's change
 * channel, and every notification (sent by the writer's transaction at its commit, see
 * SqlDialect::notifyChange()) becomes changed(cursor). On SQLite (one process) it does nothing.
 * Notifications are a wake-up, not the record: a reader catches up from its own cursor
 * (OrderChangeLog), so a lost one only delays a change until the next. Same thread as its
 * creator, which needs an event loop.
 */
class OrderChangeListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderChangeListener)

public:
    /** Opens the listening connection to database's location (nothing for SQLite). */
    static Result<std::unique_ptr<OrderChangeListener>> listen(const Database &database, QObject *parent = nullptr);
    ~OrderChangeListener() override;

    /** Whether a connection listens (false on SQLite). */
    [[nodiscard]] bool isListening() const;

Q_SIGNALS:
    /** Another connection committed the status change with this cursor (0 if it said none). */
    void changed(qint64 cursor);

private:
    explicit OrderChangeListener(QObject *parent);
    std::shared_ptr<Database> m_connection;
    QString m_channel;
};

} // namespace Kiosk
