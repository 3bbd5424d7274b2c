// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QObject>

#include <functional>

class QListView;
class QPoint;
class QWidget;

namespace Kiosk::Ui {

class KioskApp;

/**
 * --demo-tour DIR: one complete demo sale through the real screens and the real embedded browser
 * — tiles tapped, a barcode scanned, an email typed, Pay, the hosted page filled with the 4242
 * test card, Paid from the backend, the receipt, the manager history behind the demo PIN — with a
 * screenshot of the window at each step (01-cashier.png …). finished(0) on success; on any
 * failure or timeout finished(1) after printing what went wrong.
 *
 * With --self-service it tours the customer's screens instead (self-01-attract.png …): attract,
 * a product's options, ordering, review, the on-screen keyboard over the e-mail field, "Pay on your phone", the
 * hosted page with the keyboard over a focused card field, "Are you still there?", Paid with the
 * pickup number, and back to the attract screen. The keyboard is a window of its own, so those
 * shots are of the whole screen (run it on a display, e.g. xvfb-run, not offscreen). --lang de
 * tours it in German; on a portrait screen (xvfb-run -s "-screen 0 1080x1920x24") in portrait.
 */
class DemoTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTour)

public:
    DemoTour(KioskApp &app, const QString &directory, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void waitFor(const QString &what, std::function<bool()> ready, std::function<void()> then, int timeoutMs = 30000);
    void after(int ms, std::function<void()> then);
    bool shot(const QString &name);
    /** The whole screen, on-screen keyboard included. */
    bool screenShot(const QString &name);
    void fail(const QString &message);
    void tapTile(QListView *grid, int row);
    void tapAt(QWidget *widget, const QPoint &at);
    void scan(const QString &digits);

    void buildBasket();
    void pay();
    void fillCard();
    void showPaid();
    void openHistory();

    void selfAttract();
    void selfOrder();
    void selfOptions();
    void selfReview();
    void selfPayOnPhone();
    void selfPayHere();
    void selfStillThere();
    void selfPaid();

    KioskApp &m_app;
    QDir m_dir;
    bool m_failed = false;
    bool m_pageLoaded = false;
    bool m_paid = false;
    QString m_outcome;
};

} // namespace Kiosk::Ui
