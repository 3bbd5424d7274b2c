// SPDX-License-Identifier: MIT
#include "CheckoutBenchmark.h"

#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "CheckoutScreen.h"
#include "KioskApp.h"
#include "KioskWindow.h"
#include "ProcessStats.h"
#include "ResultScreen.h"

#include <QPushButton>
#include <QTimer>
#include <QWebEnginePage>
#include <QWindow>

#include <algorithm>
#include <cstdio>

namespace Kiosk::Ui {

namespace {

QByteArray memoryFields(const ProcessStats::Memory &tree)
{
    return QStringLiteral("pss_kb=%1 rss_kb=%2 procs=%3 self_pss_kb=%4")
        .arg(tree.pssKb)
        .arg(tree.rssKb)
        .arg(tree.processes)
        .arg(ProcessStats::self().pssKb)
        .toLatin1();
}

QString paintedMarker(int sale)
{
    return QStringLiteral("kiosk-painted-%1").arg(sale);
}

} // namespace

CheckoutBenchmark::CheckoutBenchmark(KioskApp &app, int sales, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_sales(sales)
{ }

void CheckoutBenchmark::start()
{
    KioskWindow *window = m_app.window();
    connect(window->checkout(), &CheckoutScreen::pageLoaded, this, &CheckoutBenchmark::onPageLoaded);
    connect(window, &KioskWindow::saleFinished, this, [this, window] {
        // Straight back to the till, as a cashier tapping "New sale" does.
        if (auto *newSale = window->result()->findChild<QPushButton *>(QStringLiteral("newSaleButton")))
            newSale->click();
        if (m_sale < m_sales)
            ringUpBasket();
    });
    QTimer::singleShot(30000 + m_sales * 20000, this,
        [this] { fail(QStringLiteral("sale %1 did not finish in time").arg(qMax(1, m_sale))); });

    auto *shown = new QTimer(this);
    shown->setInterval(20);
    connect(shown, &QTimer::timeout, this, [this, shown, window] {
        if (!window->windowHandle() || !window->windowHandle()->isExposed())
            return;
        shown->stop();
        shown->deleteLater();
        QTimer::singleShot(kCashierGapMs, this, [this] {
            std::printf("kiosk-idle %s\n", memoryFields(ProcessStats::tree()).constData());
            std::fflush(stdout);
            ringUpBasket();
        });
    });
    shown->start();
}

void CheckoutBenchmark::ringUpBasket()
{
    KioskWindow *window = m_app.window();
    if (window->cart()->isEmpty()) {
        const QList<Kiosk::Product> products = window->cart()->catalog()->activeProducts();
        for (const Kiosk::Product &p : products) {
            if (window->cart()->addProduct(p.id) && window->cashier()->basket()->canPay())
                break;
        }
    }
    QTimer::singleShot(kCashierGapMs, this, [this] {
        if (m_sale == 0) {
            std::printf("kiosk-basket %s\n", memoryFields(ProcessStats::tree()).constData());
            std::fflush(stdout);
        }
        tapPay();
    });
}

void CheckoutBenchmark::tapPay()
{
    if (m_done)
        return;
    KioskWindow *window = m_app.window();
    QPushButton *pay = window->cashier()->basket()->payButton();
    if (!pay->isEnabled())
        return fail(QStringLiteral("Pay is disabled: ") + window->cashier()->basket()->payHint());
    ++m_sale;
    m_inSale = true;
    m_loadedMs = -1;
    m_sinceTap.start();
    pay->click();
}

void CheckoutBenchmark::onPageLoaded(bool ok)
{
    if (!m_inSale || m_done)
        return;
    if (!ok)
        return fail(QStringLiteral("the hosted page of sale %1 did not load").arg(m_sale));
    m_loadedMs = m_sinceTap.elapsed();
    CheckoutWebPage *page = m_app.window()->checkout()->page();
    const QString marker = paintedMarker(m_sale);
    m_titleWatch = connect(page, &QWebEnginePage::titleChanged, this, [this, marker](const QString &title) {
        if (title.contains(marker))
            onPainted();
    });
    // The callback of a frame's requestAnimationFrame runs just before that frame is produced; a
    // task posted from it runs once the frame is out.
    page->runJavaScript(QStringLiteral("requestAnimationFrame(function () { setTimeout(function () {"
                                       " document.title += ' %1'; }, 0); });")
                            .arg(marker));
}

void CheckoutBenchmark::onPainted()
{
    const qint64 painted = m_sinceTap.elapsed();
    disconnect(m_titleWatch);
    m_inSale = false;
    m_paintedMs.append(painted);
    std::printf("kiosk-sale n=%d tap_to_loaded_ms=%lld tap_to_painted_ms=%lld %s\n", m_sale, m_loadedMs, painted,
        memoryFields(ProcessStats::tree()).constData());
    std::fflush(stdout);
    if (m_sale < m_sales) {
        m_app.window()->cancelPayment();
        return;
    }
    QList<qint64> sorted = m_paintedMs;
    std::sort(sorted.begin(), sorted.end());
    std::printf("kiosk-checkout sales=%lld first_ms=%lld p50_ms=%lld max_ms=%lld\n", qint64(sorted.size()),
        m_paintedMs.first(), sorted.at(sorted.size() / 2), sorted.last());
    std::fflush(stdout);
    m_done = true;
    Q_EMIT finished(0);
}

void CheckoutBenchmark::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "benchmark-checkout: %s\n", qPrintable(message));
    Q_EMIT finished(1);
}

} // namespace Kiosk::Ui
