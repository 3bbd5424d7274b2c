// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QList>

namespace Kiosk::Ui {

/**
 * Where the demo simulator listens when the demo should reach phones (--demo-network): an
 * address of this machine that other devices on the network can open, so the QR code on the
 * payment screen works from a phone. Without it the simulator stays on 127.0.0.1 and the screen
 * says the QR code works on this machine only.
 */
class DemoNetwork final
{
public:
    struct Candidate
    {
        QHostAddress address;
        bool interfaceUp = false; ///< up and running
        bool loopbackInterface = false;
    };

    /** The first private IPv4 address (10/8, 172.16/12, 192.168/16) of an interface that is up,
     *  else the first other routable IPv4 one; never loopback or link-local (169.254/16), which
     *  a phone cannot reach. Null when there is none. */
    static QHostAddress pick(const QList<Candidate> &candidates);

    /** The machine's interfaces as candidates (QNetworkInterface). */
    static QList<Candidate> candidates();
};

} // namespace Kiosk::Ui
