// SPDX-License-Identifier: MIT
// The Stripe request rate limit: requests scheduled by the token bucket never exceed 25 in any
// second of the injected clock, whatever arrives; requests under the rate are never delayed.
#include "RequestRateLimiter.h"
#include "StripeConfig.h"

#include <QList>
#include <QTest>

#include <algorithm>

using Kiosk::RequestRateLimiter;
using Kiosk::StripeConfig;

namespace {

/** The largest number of send times within any window [t, t + 1000 ms). */
int busiestSecond(QList<qint64> sends)
{
    std::sort(sends.begin(), sends.end());
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < sends.size(); ++last) {
        while (sends.at(last) - sends.at(first) >= 1000)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

} // namespace

class TestRateLimit final : public QObject
{
    Q_OBJECT

private slots:
    void staysUnderStripesLimit_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("everyMs"); // arrival spacing on the injected clock
        QTest::addColumn<int>("pauseAfter"); // after this many, the clock jumps 10 s (0: never)
        QTest::addColumn<bool>("delayed"); // whether any request had to wait
        QTest::addRow("500 at once") << 500 << 0 << 0 << true;
        QTest::addRow("100 per second for 10 s") << 1000 << 10 << 0 << true;
        QTest::addRow("26 per second") << 260 << 38 << 0 << true;
        QTest::addRow("bursts after idle") << 300 << 0 << 30 << true;
        QTest::addRow("10 per second, never delayed") << 100 << 100 << 0 << false;
        QTest::addRow("a burst of 5 passes at once") << 5 << 0 << 0 << false;
    }

    void staysUnderStripesLimit()
    {
        QFETCH(int, requests);
        QFETCH(int, everyMs);
        QFETCH(int, pauseAfter);
        QFETCH(bool, delayed);
        RequestRateLimiter limiter; // 20/s with a burst of 5
        qint64 now = 1700000000000; // the injected clock, in ms
        QList<qint64> sends;
        bool anyWaited = false;
        for (int i = 0; i < requests; ++i) {
            if (pauseAfter > 0 && i > 0 && i % pauseAfter == 0)
                now += 10000;
            const qint64 wait = limiter.reserve(now);
            QVERIFY(wait >= 0);
            anyWaited = anyWaited || wait > 0;
            sends.append(now + wait);
            now += everyMs;
        }
        QCOMPARE(sends.size(), requests); // every request is sent, none refused
        QVERIFY2(busiestSecond(sends) <= 25, qPrintable(QString::number(busiestSecond(sends))));
        QCOMPARE(anyWaited, delayed);
    }

    void limitFollowsWhereRequestsGo_data()
    {
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("limit"); // busiest second of 1,000 requests at once; 0: no limiter
        QTest::addRow("Stripe, test key")
            << QStringLiteral("https://api.stripe.com") << QStringLiteral("sk_test_x") << 25;
        QTest::addRow("Stripe, restricted test key")
            << QStringLiteral("https://api.stripe.com") << QStringLiteral("rk_test_x") << 25;
        QTest::addRow("Stripe, live key")
            << QStringLiteral("https://api.stripe.com") << QStringLiteral("sk_live_x") << 100;
        QTest::addRow("Stripe, restricted live key")
            << QStringLiteral("https://API.Stripe.com/") << QStringLiteral("rk_live_x") << 100;
        QTest::addRow("stripe-sim") << QStringLiteral("http://127.0.0.1:12111") << QStringLiteral("sk_test_x") << 0;
        QTest::addRow("a look-alike host")
            << QStringLiteral("https://api.stripe.com.example") << QStringLiteral("sk_live_x") << 0;
    }

    void limitFollowsWhereRequestsGo()
    {
        QFETCH(QString, apiBase);
        QFETCH(QString, key);
        QFETCH(int, limit);
        StripeConfig config;
        config.apiBase = QUrl(apiBase);
        config.secretKey = key;
        std::optional<RequestRateLimiter> limiter = RequestRateLimiter::forStripe(config);
        QCOMPARE(limiter.has_value(), limit > 0);
        if (!limiter)
            return;
        QList<qint64> sends;
        for (int i = 0; i < 1000; ++i)
            sends.append(1000 + limiter->reserve(1000));
        QVERIFY2(busiestSecond(sends) <= limit, qPrintable(QString::number(busiestSecond(sends))));
        QVERIFY2(busiestSecond(sends) >= limit - 1, qPrintable(QString::number(busiestSecond(sends))));
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
