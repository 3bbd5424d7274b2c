// SPDX-License-Identifier: MIT
#pragma once

#include "TillService.h"

namespace Kiosk {

class KioskBackend;

/**
 * The till service over a KioskBackend in this process: checkouts and cancels go to its
 * PaymentCoordinator, order reads to its store, and the coordinator's announcements are passed
 * on. Replies and announcements are posted to the event loop in the order they happen, so a
 * reply never overtakes an announcement made before it (and vice versa), just as a remote
 * implementation delivers them. The backend must outlive the service; same thread.
 */
class EmbeddedTillService final : public TillService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedTillService)

public:
    explicit EmbeddedTillService(KioskBackend &backend, QObject *parent = nullptr);
    ~EmbeddedTillService() override;

    [[nodiscard]] Catalog catalog() const override;
    void startCheckout(const CheckoutRequest &request, QObject *context, OrderReply done) override;
    void cancelCheckout(qint64 orderId, QObject *context, OrderReply done) override;
    void fetchOrder(qint64 orderId, QObject *context, OrderReply done) override;
    void payCash(const CheckoutRequest &request, QObject *context, OrderReply done) override;
    [[nodiscard]] bool cashEnabled() const override;
    [[nodiscard]] qint64 cashRounding() const override;

private:
    /** `done` wrapped so that it runs from the event loop, after what was announced before. */
    static OrderReply later(QObject *context, OrderReply done);

    KioskBackend &m_backend;
};

} // namespace Kiosk
