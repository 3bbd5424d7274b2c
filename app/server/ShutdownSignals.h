// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Kiosk {

/**
 * Delivers SIGINT/SIGTERM to the event loop as a Qt signal, so the server shuts down through its
 * normal destructors (the store closes its database, the simulator saves its state). The POSIX
 * handler only writes one byte into a socket pair; everything else happens on the main thread.
 * Create at most one per process.
 */
class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void requested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Kiosk
