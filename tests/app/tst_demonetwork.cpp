// SPDX-License-Identifier: MIT
// Where the demo simulator listens for --demo-network: an address a phone on the same network
// can open, never one that only this machine (or nobody) can reach.
#include "DemoNetwork.h"

#include <QTest>

using Kiosk::Ui::DemoNetwork;

class TestDemoNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksAnAddressAPhoneCanReach_data();
    void picksAnAddressAPhoneCanReach();
};

namespace {

DemoNetwork::Candidate up(const char *ip)
{
    return { QHostAddress(QString::fromLatin1(ip)), true, false };
}

} // namespace

void TestDemoNetwork::picksAnAddressAPhoneCanReach_data()
{
    QTest::addColumn<QList<DemoNetwork::Candidate>>("candidates");
    QTest::addColumn<QString>("expected"); // empty: none

    const DemoNetwork::Candidate loopback { QHostAddress(QStringLiteral("127.0.0.1")), true, true };
    const DemoNetwork::Candidate down { QHostAddress(QStringLiteral("192.168.1.20")), false, false };
    QTest::newRow("nothing") << QList<DemoNetwork::Candidate> {} << QString();
    QTest::newRow("loopback only") << QList { loopback } << QString();
    QTest::newRow("wifi") << QList { loopback, up("192.168.1.20") } << QStringLiteral("192.168.1.20");
    QTest::newRow("interface down") << QList { loopback, down } << QString();
    QTest::newRow("link-local is unreachable") << QList { up("169.254.3.4") } << QString();
    QTest::newRow("ipv6 skipped") << QList { up("fe80::1"), up("2001:db8::5"), up("10.0.0.7") }
                                  << QStringLiteral("10.0.0.7");
    QTest::newRow("private before public")
        << QList { up("203.0.113.9"), up("172.20.0.3") } << QStringLiteral("172.20.0.3");
    QTest::newRow("172.32 is not private")
        << QList { up("172.32.0.1"), up("172.31.255.1") } << QStringLiteral("172.31.255.1");
    QTest::newRow("public when that is all") << QList { up("203.0.113.9") } << QStringLiteral("203.0.113.9");
    QTest::newRow("loopback address on another interface")
        << QList { up("127.0.1.1"), up("192.168.0.2") } << QStringLiteral("192.168.0.2");
}

void TestDemoNetwork::picksAnAddressAPhoneCanReach()
{
    QFETCH(QList<DemoNetwork::Candidate>, candidates);
    QFETCH(QString, expected);
    const QHostAddress picked = DemoNetwork::pick(candidates);
    QCOMPARE(picked.isNull() ? QString() : picked.toString(), expected);
}

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "tst_demonetwork.moc"
