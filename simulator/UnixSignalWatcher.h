// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Kiosk::Sim {

/**
 * Turns SIGINT and SIGTERM into a Qt signal (self-pipe pattern: the handler only writes a byte to a
 * socket pair, a QSocketNotifier reads it on the event loop). One instance per process.
 */
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    /** False when the socket pair or the handlers could not be installed. */
    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handleSignal(int signalNumber);
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Kiosk::Sim
