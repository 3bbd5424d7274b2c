// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QObject>

#include <functional>

namespace Kiosk::Ui {

class KioskApp;

/**
 * --demo-tour DIR: one complete demo sale through the real screens and the real embedded browser
 * — tiles tapped, a barcode scanned, an email typed, Pay, the hosted page filled with the 4242
 * test card, Paid from the backend, the receipt, the manager history behind the demo PIN — with a
 * screenshot of the window at each step (01-cashier.png …). finished(0) on success; on any
 * failure or timeout finished(1) after printing what went wrong.
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
    void fail(const QString &message);
    void tapTile(int row);
    void scan(const QString &digits);

    void buildBasket();
    void pay();
    void fillCard();
    void showPaid();
    void openHistory();

    KioskApp &m_app;
    QDir m_dir;
    bool m_failed = false;
    bool m_pageLoaded = false;
    bool m_paid = false;
    QString m_outcome;
};

} // namespace Kiosk::Ui
