// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace Kiosk::Ui {

class KioskApp;

/**
 * --benchmark-checkout N: N sales in a row on the real window and embedded browser, each timed
 * from the tap on Pay to the hosted page painted (its load finished and a frame produced after
 * it: a requestAnimationFrame callback reported back), then cancelled and back to the till.
 * Each basket gets its first item kCashierGapMs before the tap, the least a cashier needs to
 * ring up a basket. Prints the memory of the whole process tree (PSS, RSS) on the idle till
 * before any basket, just before the first tap, and during each sale. finished(0) on success,
 * finished(1) after printing why not.
 */
class CheckoutBenchmark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutBenchmark)

public:
    static constexpr int kCashierGapMs = 2000;

    CheckoutBenchmark(KioskApp &app, int sales, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void ringUpBasket();
    void tapPay();
    void onPageLoaded(bool ok);
    void onPainted();
    void fail(const QString &message);

    KioskApp &m_app;
    int m_sales;
    int m_sale = 0;
    bool m_inSale = false;
    bool m_done = false;
    QElapsedTimer m_sinceTap;
    qint64 m_loadedMs = -1;
    QList<qint64> m_paintedMs;
    QMetaObject::Connection m_titleWatch;
};

} // namespace Kiosk::Ui
