// SPDX-License-Identifier: MIT
#include "DemoNetwork.h"

#include <QNetworkInterface>

namespace Kiosk::Ui {

namespace {

bool isPrivate(quint32 ip)
{
    return (ip >> 24) == 10 || (ip >> 20) == ((172u << 4) | 1u) || (ip >> 16) == ((192u << 8) | 168u);
}

} // namespace

QHostAddress DemoNetwork::pick(const QList<Candidate> &candidates)
{
    QHostAddress fallback;
    for (const Candidate &c : candidates) {
        if (!c.interfaceUp || c.loopbackInterface || c.address.protocol() != QHostAddress::IPv4Protocol)
            continue;
        if (c.address.isLoopback() || c.address.isLinkLocal() || c.address.isMulticast() || c.address.isBroadcast()
            || c.address == QHostAddress::AnyIPv4)
            continue;
        if (isPrivate(c.address.toIPv4Address()))
            return c.address;
        if (fallback.isNull())
            fallback = c.address;
    }
    return fallback;
}

QList<DemoNetwork::Candidate> DemoNetwork::candidates()
{
    QList<Candidate> out;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const QNetworkInterface::InterfaceFlags flags = interface.flags();
        const bool up = flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning);
        const bool loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries)
            out.append({ entry.ip(), up, loopback });
    }
    return out;
}

} // namespace Kiosk::Ui
